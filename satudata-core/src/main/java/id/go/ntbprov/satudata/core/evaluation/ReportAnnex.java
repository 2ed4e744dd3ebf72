package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.file.FileRef;
import java.util.Objects;

/**
 * A supporting document of an evaluation report besides the report itself: the figures as a
 * workbook, or the progress exposé. A report holds at most one of each kind.
 *
 * @param kind what the document is
 * @param file the stored file
 */
public record ReportAnnex(Kind kind, FileRef file) {

  /** The kinds of supporting document. */
  public enum Kind {
    /** The figures as a workbook (XLSX). */
    FIGURES,
    /** The progress exposé (slides, PDF). */
    EXPOSE
  }

  /** Requires both parts. */
  public ReportAnnex {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
  }
}
