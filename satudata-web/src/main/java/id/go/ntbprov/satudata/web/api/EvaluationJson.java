package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** JSON shapes of evaluation reports; durations in ISO-8601 ({@code PT3M30S}). */
public final class EvaluationJson {

  private EvaluationJson() {}

  /** A report as shown. */
  public record ReportView(
      String id,
      String period,
      String createdAt,
      String createdBy,
      String documentFileId,
      List<DocumentView> documents,
      FiguresView region,
      Map<String, FiguresView> byAgency,
      List<BreachView> breaches,
      int forumMeetings,
      int reportsDelivered,
      List<DeliveryView> deliveries,
      long version) {

    /** The view of a core report. */
    public static ReportView of(EvaluationReport r) {
      Evaluation e = r.evaluation();
      Map<String, FiguresView> agencies = new TreeMap<>();
      e.byAgency().forEach((k, v) -> agencies.put(k.value(), FiguresView.of(v)));
      return new ReportView(
          r.id(),
          e.period().toString(),
          r.createdAt().toString(),
          r.createdBy().value(),
          r.document().map(f -> f.id()).orElse(null),
          DocumentView.of(r),
          FiguresView.of(e.region()),
          agencies,
          e.breaches().stream().map(BreachView::of).toList(),
          e.forumMeetings(),
          e.reportsDelivered(),
          r.deliveries().stream()
              .map(
                  d ->
                      new DeliveryView(
                          d.deliveredAt().toString(),
                          d.recipient(),
                          d.documentReference(),
                          d.document().id(),
                          d.deliveredBy().value()))
              .toList(),
          r.version());
    }
  }

  /**
   * A document of a report, to download at {@code href}: {@code REPORT} (the PDF report, the one
   * delivered), {@code FIGURES} (the workbook), {@code EXPOSE} (the progress exposé).
   */
  public record DocumentView(
      String kind,
      String fileId,
      String name,
      String mediaType,
      long size,
      String sha256,
      String href) {

    static List<DocumentView> of(EvaluationReport r) {
      List<DocumentView> out = new java.util.ArrayList<>();
      r.document().ifPresent(f -> out.add(of("REPORT", f)));
      r.annexes().forEach(a -> out.add(of(a.kind().name(), a.file())));
      return out;
    }

    private static DocumentView of(String kind, FileRef f) {
      return new DocumentView(
          kind, f.id(), f.name(), f.mediaType(), f.size(), f.sha256(), "/api/v1/files/" + f.id());
    }
  }

  /** The figures of the region or an agency. */
  public record FiguresView(
      int itemsAgreed,
      int itemsAvailable,
      int itemsPartlyAvailable,
      int itemsNotAvailable,
      int itemsUploaded,
      int versionsUploaded,
      int conformantAtFirstCheck,
      int returned,
      int validated,
      int published,
      int itemsPublished,
      BigDecimal coverage,
      String medianValidationToPublication,
      String worstValidationToPublication,
      String medianPeriodEndToPublication,
      String worstPeriodEndToPublication,
      int timeStandardBreaches,
      int statementLetters,
      int validationLetters) {
    static FiguresView of(Figures f) {
      return new FiguresView(
          f.itemsAgreed(),
          f.itemsAvailable(),
          f.itemsPartlyAvailable(),
          f.itemsNotAvailable(),
          f.itemsUploaded(),
          f.versionsUploaded(),
          f.conformantAtFirstCheck(),
          f.returned(),
          f.validated(),
          f.published(),
          f.itemsPublished(),
          f.coverage(),
          iso(f.medianValidationToPublication()),
          iso(f.worstValidationToPublication()),
          iso(f.medianPeriodEndToPublication()),
          iso(f.worstPeriodEndToPublication()),
          f.timeStandardBreaches(),
          f.statementLetters(),
          f.validationLetters());
    }
  }

  /** A time-standard breach. */
  public record BreachView(
      String step,
      String objectType,
      String objectId,
      String startedAt,
      String deadline,
      String doneAt,
      String elapsed,
      String allowed,
      boolean pending) {
    static BreachView of(Breach b) {
      return new BreachView(
          b.step().name(),
          b.objectType(),
          b.objectId(),
          b.startedAt().toString(),
          b.deadline().toString(),
          b.doneAt().map(Object::toString).orElse(null),
          b.elapsed().toString(),
          b.allowed().toString(),
          b.pending());
    }
  }

  /** A delivery to the regional head. */
  public record DeliveryView(
      String deliveredAt,
      String recipient,
      String documentReference,
      String documentFileId,
      String deliveredBy) {}

  private static String iso(Optional<Duration> d) {
    return d.map(Duration::toString).orElse(null);
  }
}
