package id.go.ntbprov.satudata.batch.read;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How to read a producer's file. Every choice defaults to detection; what the uploader declares
 * wins over what is detected. Build with {@link #defaults()} and the {@code with…} methods.
 *
 * @param format the format, null to detect it from the file's first bytes (never the extension)
 * @param delimiter the CSV delimiter, {@link Delimiter#AUTO} to detect it
 * @param charset the CSV charset (UTF-8 or windows-1252), null to detect it
 * @param numberStyle how decimals are written, null to detect it (CSV) or take dot-decimal (XLSX)
 * @param sheetName the XLSX sheet by name (case-insensitive), null for {@code sheetIndex}
 * @param sheetIndex the XLSX sheet by position, 0 for the first, used when {@code sheetName} is
 *     null
 * @param maxFileSize the largest file accepted, in bytes; a larger one is refused unread
 * @param maxRows the most data rows accepted, 0 for no limit
 * @param skip data rows already committed by an earlier run: they are read past, not returned, and
 *     numbering stays as if they had been returned
 * @param expectedHeader the column names of the item's table, to find the header row below title
 *     rows and to settle the CSV delimiter; empty when unknown
 * @param fileName the file's name as the user knows it (messages), null for the path's name
 */
public record ReadOptions(
    Format format,
    Delimiter delimiter,
    Charset charset,
    NumberStyle numberStyle,
    String sheetName,
    int sheetIndex,
    long maxFileSize,
    long maxRows,
    long skip,
    List<String> expectedHeader,
    String fileName) {

  /** 100 MiB, the default upload limit. */
  public static final long DEFAULT_MAX_FILE_SIZE = 100L * 1024 * 1024;

  /** Checks the values and replaces nulls by defaults. */
  public ReadOptions {
    delimiter = delimiter == null ? Delimiter.AUTO : delimiter;
    expectedHeader = List.copyOf(expectedHeader == null ? List.of() : expectedHeader);
    if (sheetIndex < 0 || maxFileSize <= 0 || maxRows < 0 || skip < 0) {
      throw new IllegalArgumentException(
          "sheetIndex, maxRows and skip must be >= 0 and maxFileSize > 0");
    }
  }

  /** Everything detected, first sheet, 100 MiB, no row limit, nothing skipped. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        null, Delimiter.AUTO, null, null, null, 0, DEFAULT_MAX_FILE_SIZE, 0, 0, List.of(), null);
  }

  /** The same options with a declared format (null: detect). */
  public ReadOptions withFormat(Format value) {
    return new ReadOptions(
        value,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options with a declared delimiter. */
  public ReadOptions withDelimiter(Delimiter value) {
    return new ReadOptions(
        format,
        value,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options with a declared charset (null: detect). */
  public ReadOptions withCharset(Charset value) {
    return new ReadOptions(
        format,
        delimiter,
        value,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options with a declared number style (null: detect). */
  public ReadOptions withNumberStyle(NumberStyle value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        value,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options reading the sheet of that name. */
  public ReadOptions withSheetName(String value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        value,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options reading the sheet at that position (0 is the first). */
  public ReadOptions withSheetIndex(int value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        null,
        value,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options with another size limit in bytes. */
  public ReadOptions withMaxFileSize(long value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        value,
        maxRows,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options with a limit on data rows (0: none). */
  public ReadOptions withMaxRows(long value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        value,
        skip,
        expectedHeader,
        fileName);
  }

  /** The same options skipping the first {@code value} data rows (restart after a commit). */
  public ReadOptions withSkip(long value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        value,
        expectedHeader,
        fileName);
  }

  /** The same options looking for this header. */
  public ReadOptions withExpectedHeader(List<String> value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        value,
        fileName);
  }

  /** The same options naming the file so in messages. */
  public ReadOptions withFileName(String value) {
    return new ReadOptions(
        format,
        delimiter,
        charset,
        numberStyle,
        sheetName,
        sheetIndex,
        maxFileSize,
        maxRows,
        skip,
        expectedHeader,
        Objects.requireNonNull(value, "fileName"));
  }
}
