package id.go.ntbprov.satudata.batch.read;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Rows of one worksheet, pulled from its XML with StAX: one row in memory at a time.
 *
 * <p>Why StAX and not POI's {@code XSSFSheetXMLHandler}: that handler pushes rows (SAX), and a
 * pull-style {@link java.util.Iterator} on top of it needs a second thread and a queue. The parts
 * that matter are still POI's: the package (with its zip-bomb limits), the shared strings ({@code
 * ReadOnlySharedStringsTable}), the styles, date-format recognition ({@link DateUtil}) and the
 * hardened XML factory ({@link XMLHelper#newXMLInputFactory()}: no DTD, no external entities). A
 * sheet that declares a DOCTYPE at all is refused.
 *
 * <p>Cell text: shared and inline strings as written; formulas give their cached result (never
 * evaluated; none cached gives an empty cell); booleans {@code TRUE}/{@code FALSE}; errors as shown
 * ({@code #DIV/0!}); numbers in plain form, at most 15 significant digits as Excel shows them, no
 * grouping, no exponent, no trailing {@code .0} ({@code 1234567890123}, {@code 0.1}), with a comma
 * instead of the dot when the comma-decimal style was declared; date-formatted numbers as ISO
 * {@code yyyy-MM-dd}, or ISO date-time ({@code 2021-01-02T13:45}, seconds when not zero) when they
 * have a time.
 */
final class SheetRowCursor implements RowCursor {

  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  /** Excel's last column is XFD. */
  private static final int MAX_COLUMNS = 16_384;

  private final String fileName;
  private final InputStream stream;
  private final CountingInputStream counted;
  private final long size;
  private final XMLStreamReader xml;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final boolean commaDecimal;
  private final List<String> row = new ArrayList<>();
  private byte[] dateStyle = new byte[0]; // 0 unknown, 1 date, 2 not a date

  private long ordinal;
  private String[] cells;

  SheetRowCursor(
      String fileName,
      InputStream stream,
      long size,
      SharedStrings strings,
      StylesTable styles,
      boolean date1904,
      boolean commaDecimal)
      throws XMLStreamException {
    this.fileName = fileName;
    this.counted = new CountingInputStream(stream);
    this.stream = counted;
    this.size = size;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(counted);
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.commaDecimal = commaDecimal;
  }

  @Override
  public boolean advance() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new ReadException(ReadProblem.XLSX_UNSAFE_XML, fileName, 0, null);
        }
        if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
          String r = xml.getAttributeValue(null, "r");
          ordinal = r == null ? ordinal + 1 : Long.parseLong(r);
          readRow();
          return true;
        }
      }
      return false;
    } catch (ReadException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException e) {
      throw XlsxTables.refusal(e, fileName, ordinal);
    }
  }

  private void readRow() throws XMLStreamException {
    row.clear();
    int column = -1;
    int last = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
        String ref = xml.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : columnIndex(ref);
        if (column < 0 || column >= MAX_COLUMNS) {
          throw new IllegalStateException("cell reference out of range: " + ref);
        }
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String value = readCell(type, style);
        if (!value.isEmpty()) {
          while (row.size() <= column) {
            row.add("");
          }
          row.set(column, value);
          last = Math.max(last, column);
        }
      }
    }
    cells = new String[last + 1];
    for (int i = 0; i <= last; i++) {
      cells[i] = row.get(i);
    }
  }

  private String readCell(String type, String style) throws XMLStreamException {
    String value = null;
    String inline = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          value = xml.getElementText();
        } else if ("is".equals(name)) {
          inline = readInline();
        } else {
          skipElement(); // <f> (the formula text: never used), <extLst>
        }
      }
    }
    if (type == null || "n".equals(type)) {
      return value == null || value.isEmpty() ? "" : number(value, style);
    }
    switch (type) {
      case "s":
        return value == null ? "" : strings.getItemAt(Integer.parseInt(value.trim())).getString();
      case "inlineStr":
        return inline != null ? inline : value == null ? "" : value;
      case "b":
        return value == null ? "" : "1".equals(value.trim()) ? "TRUE" : "FALSE";
      case "d":
        return value == null ? "" : value.endsWith("T00:00:00") ? value.substring(0, 10) : value;
      default: // "str" (formula text result), "e" (error shown as #N/A …)
        return value == null ? "" : value;
    }
  }

  /** Text of an inline string: its {@code <t>} runs, without phonetic ({@code <rPh>}) runs. */
  private String readInline() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("t".equals(xml.getLocalName())) {
          text.append(xml.getElementText());
        } else if ("rPh".equals(xml.getLocalName())) {
          skipElement();
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return text.toString();
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String number(String value, String style) {
    if (style != null && isDateStyle(Integer.parseInt(style))) {
      double d = Double.parseDouble(value);
      if (DateUtil.isValidExcelDate(d)) {
        LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
        return t.toLocalTime().toSecondOfDay() == 0
            ? t.toLocalDate().toString()
            : t.withNano(0).toLocalDate() + "T" + t.toLocalTime().withNano(0);
      }
    }
    return plain(value, commaDecimal);
  }

  /** The stored number as Excel shows it at most, in plain notation. */
  static String plain(String value, boolean commaDecimal) {
    if (isPlainInteger(value)) {
      return value;
    }
    BigDecimal n = new BigDecimal(value.trim());
    if (n.precision() > 15) {
      n = n.round(EXCEL_DIGITS);
    }
    n = n.stripTrailingZeros();
    String s = n.signum() == 0 ? "0" : n.toPlainString();
    return commaDecimal ? s.replace('.', ',') : s;
  }

  private static boolean isPlainInteger(String v) {
    int n = v.length();
    if (n == 0 || n > 15) {
      return false;
    }
    int i = v.charAt(0) == '-' ? 1 : 0;
    if (i == n || (v.charAt(i) == '0' && n > i + 1)) {
      return false;
    }
    for (; i < n; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !"-0".equals(v);
  }

  private boolean isDateStyle(int index) {
    if (styles == null) {
      return false;
    }
    if (index >= dateStyle.length) {
      dateStyle = java.util.Arrays.copyOf(dateStyle, Math.max(index + 1, dateStyle.length * 2));
    }
    if (dateStyle[index] == 0) {
      boolean date = false;
      if (index < styles.getNumCellStyles()) {
        XSSFCellStyle s = styles.getStyleAt(index);
        String format = s.getDataFormatString();
        date = format != null && DateUtil.isADateFormat(s.getDataFormat(), format);
      }
      dateStyle[index] = (byte) (date ? 1 : 2);
    }
    return dateStyle[index] == 1;
  }

  /** "AB12" → 27 (from 0). */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }

  @Override
  public double fractionRead() {
    return size <= 0 ? Double.NaN : Math.min(1.0, counted.count() / (double) size);
  }

  @Override
  public long ordinal() {
    return ordinal;
  }

  @Override
  public long number() {
    return ordinal;
  }

  @Override
  public String[] cells() {
    return cells;
  }

  @Override
  public void close() {
    try {
      xml.close();
      stream.close();
    } catch (XMLStreamException | java.io.IOException e) {
      // Reading only: nothing to report on close.
    }
  }
}
