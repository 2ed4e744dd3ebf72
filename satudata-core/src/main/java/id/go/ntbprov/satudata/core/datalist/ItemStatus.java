package id.go.ntbprov.satudata.core.datalist;

/**
 * Where an item of the data list stands.
 *
 * <pre>
 * PROPOSED --recommend--> RECOMMENDED --agree (forum)--> AGREED
 *    |  ^                     |
 *    |  +--revise-- SENT_BACK <+ (sendBack, also from RECOMMENDED before the forum)
 *    +--reject--> REJECTED
 * </pre>
 */
public enum ItemStatus {
  /** Proposed by a producer or the custodian, awaiting the Pembina Data. */
  PROPOSED,
  /** Sent back by the Pembina Data with notes, to be revised. */
  SENT_BACK,
  /** Rejected by the Pembina Data with notes; final. */
  REJECTED,
  /** Recommended by the Pembina Data, awaiting the forum. */
  RECOMMENDED,
  /** Agreed by the forum: part of the year's Daftar Data Daerah. */
  AGREED
}
