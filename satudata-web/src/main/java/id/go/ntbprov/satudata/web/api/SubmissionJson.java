package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.submission.Submission;
import java.util.List;
import java.util.Locale;

/** JSON shapes of submissions, their findings and their requests. */
public final class SubmissionJson {

  private SubmissionJson() {}

  /** An upload: the table as JSON. */
  public static class Upload {
    public String period;
    public List<String> header;
    public List<List<String>> rows;
    public String numberStyle;
    public String originalFileId;
  }

  /** Notes for a return, a reason for an override or a withdrawal. */
  public static class Note {
    public String notes;
    public String overrideReason;
    public String reason;
  }

  /** A submission as shown. */
  public record View(
      String id,
      String item,
      String period,
      int number,
      String agency,
      String status,
      long rows,
      long errors,
      long warnings,
      String originalFileId,
      String validationLetter,
      String withdrawalReason,
      List<TransitionView> history,
      long version) {

    /** The view of a core submission. */
    public static View of(Submission s) {
      return new View(
          s.id().toString(),
          s.id().item().toString(),
          s.id().period().toString(),
          s.id().version(),
          s.agency().value(),
          s.status().name(),
          s.check().rows(),
          s.check().errors(),
          s.check().warnings(),
          s.original().map(f -> f.id()).orElse(null),
          s.validationLetter().orElse(null),
          s.withdrawalReason().orElse(null),
          s.history().stream()
              .map(
                  t ->
                      new TransitionView(
                          t.at().toString(),
                          t.by().value(),
                          t.from() == null ? null : t.from().name(),
                          t.to().name(),
                          t.note()))
              .toList(),
          s.version());
    }
  }

  /** One state change. */
  public record TransitionView(String at, String by, String from, String to, String note) {}

  /** One finding, with its message in the asked language. */
  public record FindingView(
      String severity,
      String rule,
      long row,
      int columnIndex,
      String column,
      String value,
      String message) {

    /** The view of a core finding. */
    public static FindingView of(Finding f, Locale locale) {
      return new FindingView(
          f.severity().name(),
          f.rule().name(),
          f.row(),
          f.columnIndex(),
          f.column(),
          f.value(),
          f.message(locale));
    }
  }

  /** A page of findings. */
  public record FindingPage(long total, long offset, List<FindingView> findings) {}

  /** A page of rows. */
  public record RowPage(List<String> header, long total, long offset, List<List<String>> rows) {}
}
