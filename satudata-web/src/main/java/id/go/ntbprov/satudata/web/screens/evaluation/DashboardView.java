package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import id.go.ntbprov.satudata.web.screens.Texts;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the evaluation dashboard shows for a period, read from the newest evaluation report of that
 * period (the core's figures, never recomputed here): the region's figures, the figures per agency,
 * and three charts with the same numbers as tables — coverage per agency, time-standard breaches
 * per step (late, still pending), and the quarters of the year (coverage and versions published).
 *
 * @param period the period shown
 * @param reportAt when the report shown was computed, empty when there is none
 * @param region the region's figures as (label, value) rows
 * @param agencies one row per agency, in code order
 * @param compliance breaches per step: (step label, late, pending)
 * @param trend the quarters of the period's year: (quarter, coverage text, published, breaches)
 * @param coverageChart Chart.js configuration of coverage per agency
 * @param complianceChart Chart.js configuration of breaches per step
 * @param trendChart Chart.js configuration of the quarters
 */
public record DashboardView(
    String period,
    String reportAt,
    List<Row> region,
    List<AgencyRow> agencies,
    List<ComplianceRow> compliance,
    List<TrendRow> trend,
    String coverageChart,
    String complianceChart,
    String trendChart)
    implements Serializable {

  /** A labelled figure. */
  public record Row(String label, String value) implements Serializable {}

  /** An agency's figures. */
  public record AgencyRow(
      String code,
      String name,
      int agreed,
      int uploaded,
      int published,
      String coverage,
      int breaches)
      implements Serializable {}

  /** Breaches of one step. */
  public record ComplianceRow(String step, int late, int pending) implements Serializable {}

  /** One quarter of the year. */
  public record TrendRow(String quarter, String coverage, Integer published, Integer breaches)
      implements Serializable {}

  /** Whether a report exists for the period. */
  public boolean found() {
    return !reportAt.isEmpty();
  }

  /** The view of {@code period} from every report (newest first, as the repository gives them). */
  static DashboardView of(
      Period period,
      List<EvaluationReport> newestFirst,
      Function<AgencyCode, String> agencyName,
      Function<java.time.Instant, String> time,
      Locale locale) {
    Optional<EvaluationReport> report = newest(newestFirst, period);
    List<TrendRow> trend = new ArrayList<>();
    List<String> quarters = new ArrayList<>();
    List<BigDecimal> coverage = new ArrayList<>();
    List<Integer> published = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Optional<Figures> f =
          newest(newestFirst, Period.quarter(period.year(), q)).map(r -> r.evaluation().region());
      quarters.add(Period.quarter(period.year(), q).toString());
      coverage.add(f.map(x -> Percent.value(x.coverage())).orElse(null));
      published.add(f.map(Figures::published).orElse(null));
      trend.add(
          new TrendRow(
              quarters.get(q - 1),
              f.map(x -> Percent.of(x.coverage(), locale)).orElse("–"),
              f.map(Figures::published).orElse(null),
              f.map(Figures::timeStandardBreaches).orElse(null)));
    }
    String trendChart =
        ChartJson.line(
            quarters,
            List.of(
                new ChartJson.Series(
                    text(locale, "evaluation.coverage.percent"), coverage, "#0b4f8a"),
                new ChartJson.Series(text(locale, "evaluation.published"), published, "#157f3b")));
    if (report.isEmpty()) {
      return new DashboardView(
          period.toString(), "", List.of(), List.of(), List.of(), trend, "", "", trendChart);
    }
    Evaluation e = report.get().evaluation();
    List<AgencyRow> agencies = new ArrayList<>();
    for (Map.Entry<AgencyCode, Figures> a : new TreeMap<>(e.byAgency()).entrySet()) {
      Figures f = a.getValue();
      agencies.add(
          new AgencyRow(
              a.getKey().value(),
              agencyName.apply(a.getKey()),
              f.itemsAgreed(),
              f.itemsUploaded(),
              f.itemsPublished(),
              Percent.of(f.coverage(), locale),
              f.timeStandardBreaches()));
    }
    Map<SopStep, int[]> perStep = new EnumMap<>(SopStep.class);
    for (Breach b : e.breaches()) {
      perStep.computeIfAbsent(b.step(), s -> new int[2])[b.pending() ? 1 : 0]++;
    }
    List<ComplianceRow> compliance = new ArrayList<>();
    perStep.forEach(
        (s, n) ->
            compliance.add(
                new ComplianceRow(
                    Messages.format(locale, s.messageKey()) + " (" + s.sopRow() + ")",
                    n[0],
                    n[1])));
    return new DashboardView(
        period.toString(),
        time.apply(report.get().createdAt()),
        regionRows(e, locale),
        agencies,
        compliance,
        trend,
        ChartJson.bar(
            agencies.stream().map(AgencyRow::name).toList(),
            List.of(
                new ChartJson.Series(
                    text(locale, "evaluation.coverage.percent"),
                    new TreeMap<>(e.byAgency())
                        .values().stream().map(f -> Percent.value(f.coverage())).toList(),
                    "#0b4f8a")),
            true,
            false,
            100),
        ChartJson.bar(
            compliance.stream().map(ComplianceRow::step).toList(),
            List.of(
                new ChartJson.Series(
                    text(locale, "evaluation.breach.late"),
                    compliance.stream().map(ComplianceRow::late).toList(),
                    "#b42318"),
                new ChartJson.Series(
                    text(locale, "evaluation.breach.pending"),
                    compliance.stream().map(ComplianceRow::pending).toList(),
                    "#e0a100")),
            false,
            true,
            null),
        trendChart);
  }

  private static Optional<EvaluationReport> newest(List<EvaluationReport> newestFirst, Period p) {
    return newestFirst.stream().filter(r -> r.evaluation().period().equals(p)).findFirst();
  }

  private static List<Row> regionRows(Evaluation e, Locale locale) {
    Figures f = e.region();
    List<Row> rows = new ArrayList<>();
    add(rows, locale, "itemsAgreed", f.itemsAgreed());
    add(rows, locale, "itemsAvailable", f.itemsAvailable());
    add(rows, locale, "itemsPartlyAvailable", f.itemsPartlyAvailable());
    add(rows, locale, "itemsNotAvailable", f.itemsNotAvailable());
    add(rows, locale, "itemsUploaded", f.itemsUploaded());
    add(rows, locale, "versionsUploaded", f.versionsUploaded());
    add(rows, locale, "conformantAtFirstCheck", f.conformantAtFirstCheck());
    add(rows, locale, "returned", f.returned());
    add(rows, locale, "validated", f.validated());
    add(rows, locale, "published", f.published());
    add(rows, locale, "itemsPublished", f.itemsPublished());
    add(rows, locale, "coverage", Percent.of(f.coverage(), locale));
    add(
        rows,
        locale,
        "medianValidationToPublication",
        duration(f.medianValidationToPublication(), locale));
    add(
        rows,
        locale,
        "worstValidationToPublication",
        duration(f.worstValidationToPublication(), locale));
    add(
        rows,
        locale,
        "medianPeriodEndToPublication",
        duration(f.medianPeriodEndToPublication(), locale));
    add(rows, locale, "timeStandardBreaches", f.timeStandardBreaches());
    add(rows, locale, "statementLetters", f.statementLetters());
    add(rows, locale, "validationLetters", f.validationLetters());
    add(rows, locale, "forumMeetings", e.forumMeetings());
    add(rows, locale, "reportsDelivered", e.reportsDelivered());
    return rows;
  }

  private static void add(List<Row> rows, Locale locale, String figure, Object value) {
    rows.add(new Row(text(locale, "evaluation.figure." + figure), String.valueOf(value)));
  }

  /** "2 hari 3 jam 5 menit" (under a minute: seconds); "–" when there is none. */
  static String duration(Optional<Duration> d, Locale locale) {
    if (d.isEmpty()) {
      return "–";
    }
    Duration x = d.get();
    if (x.toMinutes() == 0) {
      return text(locale, "evaluation.duration.seconds", x.toSeconds());
    }
    return text(locale, "evaluation.duration", x.toDays(), x.toHoursPart(), x.toMinutesPart());
  }

  private static String text(Locale locale, String key, Object... args) {
    return Texts.format(locale, key, args);
  }
}
