package id.go.ntbprov.satudata.batch.read;

/**
 * Every reason a producer's file is refused, by name, each with its text in the batch module's
 * bundle ({@code id/go/ntbprov/satudata/batch/messages}). Named like the core's {@code Rule} so an
 * adapter can map them to a protocol or a screen without parsing texts.
 */
public enum ReadProblem {
  /** Zero bytes, or no row holds anything. */
  EMPTY_FILE("read.empty"),
  /** A header row and nothing below it. */
  HEADER_ONLY("read.header-only"),
  /** An expected header was given and no row near the top looks like it. */
  HEADER_NOT_FOUND("read.header-not-found"),
  /** Larger than the configured limit; refused before reading. Args: size MB, limit MB. */
  FILE_TOO_LARGE("read.too-large"),
  /** More data rows than the configured limit. Arg: limit. */
  TOO_MANY_ROWS("read.too-many-rows"),
  /** Binary junk, a PDF, an image: neither CSV nor XLSX. */
  NOT_A_TABLE("read.not-table"),
  /** An HTML or XML page, often saved with an {@code .xls} name by web applications. */
  MARKUP("read.markup"),
  /** The old binary Excel format (BIFF8 in an OLE2 container). */
  OLD_XLS("read.old-xls"),
  /** An encrypted OOXML package (OLE2 container holding {@code EncryptionInfo}). */
  PASSWORD_PROTECTED("read.password"),
  /** The uploader declared one format and the bytes are the other. Args: actual, declared. */
  FORMAT_MISMATCH("read.format-mismatch"),
  /** A ZIP that is no readable workbook. */
  XLSX_INVALID("read.xlsx.invalid"),
  /** An entry inflating far beyond its compressed size. */
  XLSX_ZIP_BOMB("read.xlsx.bomb"),
  /** Shared strings too large to hold in memory. Arg: the limit in MB. */
  XLSX_STRINGS_TOO_LARGE("read.xlsx.strings-too-large"),
  /** XML with a DOCTYPE or entity declaration (XXE): never expanded, refused. */
  XLSX_UNSAFE_XML("read.xlsx.unsafe-xml"),
  /** The chosen sheet does not exist. Args: the sheet asked for, the sheets there are. */
  SHEET_NOT_FOUND("read.sheet-not-found"),
  /** Declared UTF-8, but a byte sequence is not UTF-8. Arg: line. */
  NOT_UTF8("read.charset.not-utf8"),
  /** No delimiter gives more than one column. */
  DELIMITER_UNKNOWN("read.delimiter.unknown"),
  /** Two delimiters fit equally well. Args: the two {@link Delimiter}s. */
  DELIMITER_AMBIGUOUS("read.delimiter.ambiguous"),
  /** The declared delimiter gives one column and another gives a table. Args: declared, found. */
  DELIMITER_MISMATCH("read.delimiter.mismatch"),
  /** A quote that is not closed or is followed by text. */
  CSV_MALFORMED("read.csv.malformed"),
  /** One record longer than the guard, most likely an unclosed quote. Arg: limit in chars. */
  CSV_RECORD_TOO_LONG("read.csv.record-too-long"),
  /** The file could not be read at all (I/O). */
  UNREADABLE("read.io");

  private final String messageKey;

  ReadProblem(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The key of this problem's text in the batch bundle. */
  public String messageKey() {
    return messageKey;
  }
}
