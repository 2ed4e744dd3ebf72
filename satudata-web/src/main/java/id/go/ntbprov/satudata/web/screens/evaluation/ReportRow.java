package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An evaluation report as its list shows it (pages call the accessors: {@code #{r.period()}}).
 *
 * @param id the report's id
 * @param period the evaluated quarter or year ({@code 2026-Q1}, {@code 2026})
 * @param createdAt when it was computed, as the region reads it
 * @param createdBy who ran it
 * @param pdf whether the report document is attached
 * @param xlsx whether the job rendered a figures workbook for it
 * @param expose whether the job rendered a progress exposé for it
 * @param coverage the region's coverage, as a percentage text
 * @param deliveries its deliveries to the regional head, oldest first
 */
public record ReportRow(
    String id,
    String period,
    String createdAt,
    String createdBy,
    boolean pdf,
    boolean xlsx,
    boolean expose,
    String coverage,
    List<Delivery> deliveries)
    implements Serializable {

  /**
   * One delivery as shown.
   *
   * @param at when it was recorded
   * @param recipient to whom
   * @param reference the covering letter's or document's reference
   * @param by who recorded it
   */
  public record Delivery(String at, String recipient, String reference, String by)
      implements Serializable {}

  /** Every report, newest first, as rows. */
  static List<ReportRow> all(ReportFiles files, UnitOfWork unit, CoreAccess core, Locale locale) {
    Map<String, Map<ReportFiles.Kind, String>> rendered = files.renderedByJob();
    return unit.call(() -> core.sop().ports().reports().all()).stream()
        .map(r -> of(r, rendered.get(r.id()), core, locale))
        .toList();
  }

  /** The row of a report; {@code rendered} is what the report job rendered for it, or null. */
  static ReportRow of(
      EvaluationReport r, Map<ReportFiles.Kind, String> rendered, CoreAccess core, Locale locale) {
    return new ReportRow(
        r.id(),
        r.evaluation().period().toString(),
        core.format(r.createdAt(), locale),
        r.createdBy().value(),
        r.document().isPresent(),
        rendered != null && rendered.containsKey(ReportFiles.Kind.XLSX),
        rendered != null && rendered.containsKey(ReportFiles.Kind.EXPOSE),
        Percent.of(r.evaluation().region().coverage(), locale),
        r.deliveries().stream().map(d -> delivery(d, core, locale)).toList());
  }

  private static Delivery delivery(ReportDelivery d, CoreAccess core, Locale locale) {
    return new Delivery(
        core.format(d.deliveredAt(), locale),
        d.recipient(),
        d.documentReference(),
        d.deliveredBy().value());
  }

  /** Whether it was delivered at least once. */
  public boolean delivered() {
    return !deliveries.isEmpty();
  }

  /** The last delivery, for one-line summaries. */
  public Delivery lastDelivery() {
    return deliveries.isEmpty() ? null : deliveries.get(deliveries.size() - 1);
  }
}
