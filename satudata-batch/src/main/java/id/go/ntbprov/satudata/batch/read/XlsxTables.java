package id.go.ntbprov.satudata.batch.read;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Opens an XLSX for streaming: the package read-only from the file (random access, POI's {@code
 * ZipSecureFile} with its zip-bomb limits: an entry inflating more than 100× its compressed size,
 * or beyond 4 GB, fails when read), the shared strings (held as a list: they are the workbook's
 * distinct texts, not its rows), the styles (for dates), and the chosen sheet's XML as a stream.
 * POI's limits are JVM-wide statics; they are left at POI's defaults, which are the safe ones.
 */
final class XlsxTables {

  private XlsxTables() {}

  static TableSource open(Path file, ReadOptions options, String fileName) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception | LinkageError e) {
      throw refusal(e, fileName, 0);
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = date1904(reader);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = sharedStrings(pkg, fileName);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      InputStream chosen = null;
      String chosenName = null;
      long chosenSize = -1;
      while (sheets.hasNext() && chosen == null) {
        InputStream sheet = sheets.next();
        String name = sheets.getSheetName();
        boolean wanted =
            options.sheetName() != null
                ? name.equalsIgnoreCase(options.sheetName().strip())
                : names.size() == options.sheetIndex();
        names.add(name);
        if (wanted) {
          chosen = sheet;
          chosenName = name;
          chosenSize = sheets.getSheetPart().getSize();
        } else {
          sheet.close();
        }
      }
      if (chosen == null) {
        while (sheets.hasNext()) {
          sheets.next().close();
          names.add(sheets.getSheetName());
        }
        String asked =
            options.sheetName() != null ? options.sheetName() : "#" + (options.sheetIndex() + 1);
        throw ReadException.ofFile(
            ReadProblem.SHEET_NOT_FOUND, fileName, asked, String.join(", ", names));
      }
      boolean comma = options.numberStyle() == NumberStyle.COMMA_DECIMAL;
      SheetRowCursor cursor =
          new SheetRowCursor(fileName, chosen, chosenSize, strings, styles, date1904, comma);
      RowCursor owning = new PackageClosingCursor(cursor, pkg);
      return new StreamingTableSource(
          owning,
          new StreamingTableSource.Info(Format.XLSX, null, null, chosenName, fileName),
          options,
          true,
          false);
    } catch (ReadException e) {
      pkg.revert();
      throw e;
    } catch (Exception e) {
      pkg.revert();
      throw refusal(e, fileName, 0);
    }
  }

  /**
   * The shared strings, refused past {@link #maxSharedStringsBytes()} of XML: they are held in
   * memory, and the zip-bomb ratio alone still lets a 100 MB upload inflate to 10 GB.
   */
  private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg, String fileName)
      throws Exception {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new ReadOnlySharedStringsTable(pkg, false);
    }
    long limit = maxSharedStringsBytes();
    try (InputStream in = new BoundedInputStream(parts.get(0).getInputStream(), limit)) {
      return new ReadOnlySharedStringsTable(in, false);
    } catch (BoundedInputStream.LimitExceeded e) {
      throw ReadException.ofFile(
          ReadProblem.XLSX_STRINGS_TOO_LARGE, fileName, limit / (1024.0 * 1024.0));
    }
  }

  /** Tests set a small limit here; 0 means the default. */
  static volatile long sharedStringsLimitForTests;

  /** A quarter of the heap, at most 256 MiB of XML: strings take about as much as their XML. */
  static long maxSharedStringsBytes() {
    long forTests = sharedStringsLimitForTests;
    return forTests > 0 ? forTests : Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);
  }

  /** Whether dates count from 1904 (old Mac workbooks): {@code <workbookPr date1904="1">}. */
  private static boolean date1904(XSSFReader reader) throws Exception {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD) {
            throw new IOException("DOCTYPE in workbook.xml");
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("workbookPr".equals(name)) {
              String v = xml.getAttributeValue(null, "date1904");
              return "1".equals(v) || "true".equalsIgnoreCase(v);
            }
            if ("sheets".equals(name)) {
              return false;
            }
          }
        }
        return false;
      } finally {
        xml.close();
      }
    }
  }

  /**
   * Turns what POI or the XML parser threw into the user's refusal: zip bomb, unsafe XML (a DOCTYPE
   * anywhere), else a damaged workbook. Told apart by POI's messages, the only signal it gives; a
   * test pins each.
   */
  static ReadException refusal(Throwable e, String fileName, long row) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReadException r) {
        return r;
      }
      if (t instanceof BoundedInputStream.LimitExceeded) {
        return new ReadException(
            ReadProblem.XLSX_STRINGS_TOO_LARGE,
            fileName,
            0,
            null,
            maxSharedStringsBytes() / (1024.0 * 1024.0));
      }
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("potentially malicious")) {
        return new ReadException(ReadProblem.XLSX_ZIP_BOMB, fileName, 0, null);
      }
      if (m.contains("doctype") || m.contains("entity")) {
        return new ReadException(ReadProblem.XLSX_UNSAFE_XML, fileName, 0, null);
      }
    }
    return new ReadException(ReadProblem.XLSX_INVALID, fileName, row, null);
  }

  /** Closes the package with the sheet; {@code revert} because it was opened read-only. */
  private record PackageClosingCursor(SheetRowCursor sheet, OPCPackage pkg) implements RowCursor {
    @Override
    public boolean advance() {
      return sheet.advance();
    }

    @Override
    public long ordinal() {
      return sheet.ordinal();
    }

    @Override
    public long number() {
      return sheet.number();
    }

    @Override
    public String[] cells() {
      return sheet.cells();
    }

    @Override
    public double fractionRead() {
      return sheet.fractionRead();
    }

    @Override
    public void close() {
      sheet.close();
      pkg.revert();
    }
  }
}
