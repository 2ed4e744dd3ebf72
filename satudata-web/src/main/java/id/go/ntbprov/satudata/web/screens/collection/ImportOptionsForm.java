package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.batch.imports.ImportLauncher;
import java.io.Serializable;

/** What an uploader may declare about a file (empty: detected), as the import API takes it. */
public class ImportOptionsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String delimiter;
  private String charset;
  private String numberStyle;
  private String sheet;

  /** The launcher's options. */
  ImportLauncher.Options toLauncher() {
    return new ImportLauncher.Options(
        blank(delimiter), blank(charset), blank(numberStyle), blank(sheet));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getDelimiter() {
    return delimiter;
  }

  public void setDelimiter(String delimiter) {
    this.delimiter = delimiter;
  }

  public String getCharset() {
    return charset;
  }

  public void setCharset(String charset) {
    this.charset = charset;
  }

  public String getNumberStyle() {
    return numberStyle;
  }

  public void setNumberStyle(String numberStyle) {
    this.numberStyle = numberStyle;
  }

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }
}
