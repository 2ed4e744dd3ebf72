package id.go.ntbprov.satudata.batch.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a producer's upload as a {@link TableSource}.
 *
 * <p><b>Detection</b>, in order, before any parsing:
 *
 * <ol>
 *   <li>Size: above {@link ReadOptions#maxFileSize()} refused unread; zero bytes is an empty file.
 *   <li>Format from the first bytes, never the name: {@code PK\3\4} is XLSX; the OLE2 signature
 *       {@code D0 CF 11 E0} is either an encrypted XLSX (Excel wraps password-protected workbooks
 *       in OLE2, with an {@code EncryptionInfo} stream) or an old {@code .xls}, and both are
 *       refused with what to do; PDF, images and other known binary signatures are refused; HTML or
 *       XML pages (web exports named {@code .xls}) are refused; everything else is tried as CSV
 *       text.
 *   <li>CSV: charset, binary junk and markup by {@link TextSniffer}; delimiter by {@link
 *       DelimiterDetector}; number style from the first data rows by {@link NumberStyleDetector}.
 *   <li>Header: the first row that looks like {@link ReadOptions#expectedHeader()}, searched in the
 *       first 50 non-blank rows; without one, the first row with two or more filled cells (title
 *       rows have one), else the first non-blank row.
 * </ol>
 *
 * <p>Every refusal is a {@link ReadException}; on refusal nothing stays open.
 */
public final class TableReaders {

  private TableReaders() {}

  /**
   * Opens {@code file}, reads its header and the first rows, and skips {@link ReadOptions#skip()}
   * rows.
   *
   * @throws ReadException when the file cannot be read as a table
   */
  public static TableSource open(Path file, ReadOptions options) {
    String fileName =
        options.fileName() != null ? options.fileName() : String.valueOf(file.getFileName());
    try {
      long size = Files.size(file);
      if (size > options.maxFileSize()) {
        throw ReadException.ofFile(
            ReadProblem.FILE_TOO_LARGE,
            fileName,
            megabytes(size),
            megabytes(options.maxFileSize()));
      }
      if (size == 0) {
        throw ReadException.ofFile(ReadProblem.EMPTY_FILE, fileName);
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(8);
      }
      FileMagic magic = head.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(head);
      switch (magic) {
        case OOXML:
          requireDeclared(options, Format.XLSX, fileName);
          return XlsxTables.open(file, options, fileName);
        case OLE2:
          throw ole2Refusal(file, fileName);
        case XML:
        case HTML:
          throw ReadException.ofFile(ReadProblem.MARKUP, fileName);
        case UNKNOWN:
          requireDeclared(options, Format.CSV, fileName);
          return openCsv(file, options, fileName);
        default: // PDF, images, BIFF2-4, …
          throw ReadException.ofFile(ReadProblem.NOT_A_TABLE, fileName);
      }
    } catch (IOException e) {
      throw ReadException.ofFile(ReadProblem.UNREADABLE, fileName);
    }
  }

  private static TableSource openCsv(Path file, ReadOptions options, String fileName)
      throws IOException {
    TextSniffer.Probe probe = TextSniffer.probe(file, options.charset(), fileName);
    if (!probe.truncated() && probe.sample().isBlank()) {
      throw ReadException.ofFile(ReadProblem.EMPTY_FILE, fileName);
    }
    Delimiter delimiter =
        DelimiterDetector.choose(
            probe.sample(),
            probe.truncated(),
            options.delimiter(),
            options.expectedHeader(),
            fileName);
    CsvRowCursor cursor =
        new CsvRowCursor(file, probe.bomLength(), probe.charset(), delimiter, fileName);
    return new StreamingTableSource(
        cursor,
        new StreamingTableSource.Info(Format.CSV, probe.charset(), delimiter, null, fileName),
        options,
        false,
        true);
  }

  private static void requireDeclared(ReadOptions options, Format actual, String fileName) {
    if (options.format() != null && options.format() != actual) {
      throw ReadException.ofFile(
          ReadProblem.FORMAT_MISMATCH, fileName, actual.name(), options.format().name());
    }
  }

  /** An OLE2 container: encrypted OOXML, old Excel, or some other Office file. */
  private static ReadException ole2Refusal(Path file, String fileName) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        return ReadException.ofFile(ReadProblem.PASSWORD_PROTECTED, fileName);
      }
      if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
        return ReadException.ofFile(ReadProblem.OLD_XLS, fileName);
      }
      return ReadException.ofFile(ReadProblem.NOT_A_TABLE, fileName);
    } catch (IOException | RuntimeException e) {
      return ReadException.ofFile(ReadProblem.NOT_A_TABLE, fileName);
    }
  }

  private static double megabytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
