package id.go.ntbprov.satudata.batch.read;

/** The file formats a producer may upload. */
public enum Format {
  /** Comma-, semicolon- or tab-separated text. */
  CSV,
  /** Office Open XML workbook (Excel 2007 and later). */
  XLSX
}
