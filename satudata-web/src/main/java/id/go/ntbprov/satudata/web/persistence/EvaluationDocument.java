package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON column {@code evaluation_report.evaluation_json}: a whole {@link Evaluation}. Instants
 * and durations are ISO-8601 strings ({@code 2026-01-02T02:00:00Z}, {@code PT3M}), absent ones
 * null; the coverage ratio is a string so that its scale survives; figures per agency are a list
 * sorted by agency code.
 *
 * @param format the document's format, for later migrations (now 1)
 * @param period the evaluated period, as {@link Period#toString()} writes it
 * @param asOf when it was computed
 * @param region figures of the whole region
 * @param byAgency figures per agency
 * @param breaches time-standard breaches
 * @param forumMeetings forum meetings held
 * @param reportsDelivered reports delivered
 */
public record EvaluationDocument(
    int format,
    String period,
    String asOf,
    FiguresDoc region,
    List<AgencyFigures> byAgency,
    List<BreachDoc> breaches,
    int forumMeetings,
    int reportsDelivered) {

  static final int FORMAT = 1;

  /** {@link Figures} of one agency. */
  public record AgencyFigures(String agency, FiguresDoc figures) {}

  /** {@link Figures}. */
  public record FiguresDoc(
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
      String coverage,
      String medianValidationToPublication,
      String worstValidationToPublication,
      String medianPeriodEndToPublication,
      String worstPeriodEndToPublication,
      int timeStandardBreaches,
      int statementLetters,
      int validationLetters) {}

  /** {@link Breach}; {@code doneAt} is null while pending. */
  public record BreachDoc(
      String step,
      String objectType,
      String objectId,
      String startedAt,
      String deadline,
      String doneAt,
      String elapsed,
      String allowed) {}

  static EvaluationDocument of(Evaluation e) {
    return new EvaluationDocument(
        FORMAT,
        e.period().toString(),
        e.asOf().toString(),
        figures(e.region()),
        e.byAgency().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(a -> new AgencyFigures(a.getKey().value(), figures(a.getValue())))
            .toList(),
        e.breaches().stream()
            .map(
                b ->
                    new BreachDoc(
                        b.step().name(),
                        b.objectType(),
                        b.objectId(),
                        b.startedAt().toString(),
                        b.deadline().toString(),
                        b.doneAt().map(Instant::toString).orElse(null),
                        b.elapsed().toString(),
                        b.allowed().toString()))
            .toList(),
        e.forumMeetings(),
        e.reportsDelivered());
  }

  Evaluation toDomain() {
    Map<AgencyCode, Figures> agencies = new LinkedHashMap<>();
    for (AgencyFigures a : list(byAgency)) {
      agencies.put(AgencyCode.of(a.agency()), figures(a.figures()));
    }
    return new Evaluation(
        Period.parse(period),
        Instant.parse(asOf),
        figures(region),
        agencies,
        list(breaches).stream()
            .map(
                b ->
                    new Breach(
                        SopStep.valueOf(b.step()),
                        b.objectType(),
                        b.objectId(),
                        Instant.parse(b.startedAt()),
                        Instant.parse(b.deadline()),
                        Optional.ofNullable(b.doneAt()).map(Instant::parse),
                        Duration.parse(b.elapsed()),
                        Duration.parse(b.allowed())))
            .toList(),
        forumMeetings,
        reportsDelivered);
  }

  private static FiguresDoc figures(Figures f) {
    return new FiguresDoc(
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
        f.coverage() == null ? null : f.coverage().toString(),
        text(f.medianValidationToPublication()),
        text(f.worstValidationToPublication()),
        text(f.medianPeriodEndToPublication()),
        text(f.worstPeriodEndToPublication()),
        f.timeStandardBreaches(),
        f.statementLetters(),
        f.validationLetters());
  }

  private static Figures figures(FiguresDoc f) {
    return new Figures(
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
        f.coverage() == null ? null : new BigDecimal(f.coverage()),
        duration(f.medianValidationToPublication()),
        duration(f.worstValidationToPublication()),
        duration(f.medianPeriodEndToPublication()),
        duration(f.worstPeriodEndToPublication()),
        f.timeStandardBreaches(),
        f.statementLetters(),
        f.validationLetters());
  }

  private static String text(Optional<Duration> d) {
    return d == null ? null : d.map(Duration::toString).orElse(null);
  }

  private static Optional<Duration> duration(String text) {
    return Optional.ofNullable(text).map(Duration::parse);
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
