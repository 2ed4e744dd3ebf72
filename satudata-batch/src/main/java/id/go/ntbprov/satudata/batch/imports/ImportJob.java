package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.util.Properties;

/**
 * The bulk import job {@code submission-import} and its parameters. Whoever starts it has already
 * run the core's {@code Collection.prepareUpload} (permission, agreed item, period) and stored the
 * original through the file store.
 */
public final class ImportJob {

  /** The job's name ({@code META-INF/batch-jobs/submission-import.xml}). */
  public static final String NAME = "submission-import";

  /** Parameter: the reserved submission version, e.g. {@code 2026/KES-001/2025/v1}. */
  public static final String SUBMISSION = "submission";

  static final String ACCOUNT = "account";
  static final String FILE = "file";
  static final String DELIMITER = "delimiter";
  static final String CHARSET = "charset";
  static final String NUMBER_STYLE = "numberStyle";
  static final String SHEET = "sheet";
  static final String CHUNK_SIZE = "chunkSize";

  /**
   * Rows per chunk unless configured (see {@code ImportLauncher.chunkSize}): a chunk's rows take
   * some 30 MB of heap while it is written, a crash re-reads at most this many rows, and each chunk
   * costs a few milliseconds of commits and bookkeeping (measured: a million rows import a third
   * faster in chunks of 50,000 than of 10,000).
   */
  static final int DEFAULT_CHUNK_SIZE = 50_000;

  /**
   * Test hook: when the system property {@code satudata.batch.fault-injection} is {@code true}, the
   * writer fails the chunk containing this data row once per job instance (its restart passes).
   */
  static final String FAIL_AT_ROW = "failAtRow";

  private ImportJob() {}

  /** The parameters of one import. Options left null are detected from the file. */
  public static Properties parameters(
      SubmissionId submission,
      String account,
      String fileId,
      String delimiter,
      String charset,
      String numberStyle,
      String sheet) {
    Properties p = new Properties();
    p.setProperty(SUBMISSION, submission.toString());
    p.setProperty(ACCOUNT, account);
    p.setProperty(FILE, fileId);
    put(p, DELIMITER, delimiter);
    put(p, CHARSET, charset);
    put(p, NUMBER_STYLE, numberStyle);
    put(p, SHEET, sheet);
    return p;
  }

  private static void put(Properties p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.setProperty(key, value.strip());
    }
  }
}
