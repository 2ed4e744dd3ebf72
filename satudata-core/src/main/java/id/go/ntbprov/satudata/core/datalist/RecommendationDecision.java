package id.go.ntbprov.satudata.core.datalist;

/** What the Pembina Data decided on a proposed item. */
public enum RecommendationDecision {
  /** Recommend to the forum. */
  RECOMMEND,
  /** Send back to the proposer for revision. */
  SEND_BACK,
  /** Reject for this year. */
  REJECT
}
