package id.go.ntbprov.satudata.core.letter;

/** The two kinds of letters the SOP's register keeps. */
public enum LetterKind {
  /** Surat pernyataan: a producer states the data it hands in is true and complete. */
  STATEMENT,
  /** Surat validasi: the agency head validates conformant data (SOP 3b), required to publish. */
  VALIDATION;

  /** Key of the kind's label in the messages bundle. */
  public String messageKey() {
    return "letterKind." + name();
  }
}
