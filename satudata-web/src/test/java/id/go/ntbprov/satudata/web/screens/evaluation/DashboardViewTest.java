package id.go.ntbprov.satudata.web.screens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's view of stored reports: the newest report of the period, tables and charts. */
class DashboardViewTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Instant T = Instant.parse("2026-04-03T02:00:00Z");

  private static Figures figures(int agreed, int published, String coverage, int breaches) {
    return new Figures(
        agreed,
        agreed,
        0,
        0,
        agreed,
        agreed,
        0,
        0,
        published,
        published,
        published,
        new BigDecimal(coverage),
        Optional.of(Duration.ofMinutes(125)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        breaches,
        0,
        published);
  }

  private static EvaluationReport report(Period p, Instant at, Figures region, List<Breach> b) {
    Map<AgencyCode, Figures> agencies =
        Map.of(
            AgencyCode.of("DPMPD"), figures(2, 1, "0.5000", 0),
            AgencyCode.of("DINKES"), figures(2, 2, "1.0000", 1));
    return new EvaluationReport(
        p.toString() + at,
        new Evaluation(p, at, region, agencies, b, 3, 1),
        at,
        AccountId.of("walidata"),
        Optional.empty(),
        List.of(),
        0);
  }

  private static Breach breach(boolean pending) {
    return new Breach(
        SopStep.PUBLISH,
        "submission",
        "x",
        T,
        T.plusSeconds(180),
        pending ? Optional.empty() : Optional.of(T.plusSeconds(600)),
        Duration.ofMinutes(10),
        Duration.ofMinutes(3));
  }

  @Test
  void showsTheNewestReportOfThePeriodWithTablesAndCharts() {
    Period q1 = Period.quarter(2026, 1);
    List<EvaluationReport> newestFirst =
        List.of(
            report(
                q1,
                T.plusSeconds(60),
                figures(4, 3, "0.7500", 2),
                List.of(breach(false), breach(true), breach(true))),
            report(q1, T, figures(4, 1, "0.2500", 0), List.of()));

    DashboardView v =
        DashboardView.of(q1, newestFirst, c -> "Dinas " + c.value(), Instant::toString, ID);

    assertThat(v.found()).isTrue();
    assertThat(v.reportAt()).isEqualTo(T.plusSeconds(60).toString());
    assertThat(v.region()).anySatisfy(r -> assertThat(r.value()).isEqualTo("75,0 %"));
    assertThat(v.region()).anySatisfy(r -> assertThat(r.value()).isEqualTo("0 hari 2 jam 5 menit"));
    assertThat(v.agencies())
        .extracting(DashboardView.AgencyRow::code)
        .containsExactly("DINKES", "DPMPD");
    assertThat(v.compliance())
        .singleElement()
        .satisfies(c -> assertThat(c.late()).isEqualTo(1))
        .satisfies(c -> assertThat(c.pending()).isEqualTo(2));
    assertThat(v.trend())
        .extracting(DashboardView.TrendRow::coverage)
        .containsExactly("75,0 %", "–", "–", "–");

    JsonObject coverage = Json.createReader(new StringReader(v.coverageChart())).readObject();
    assertThat(coverage.getString("type")).isEqualTo("bar");
    assertThat(coverage.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("Dinas DINKES");
    assertThat(
            coverage
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonNumber(1)
                .doubleValue())
        .isEqualTo(50.0);
    JsonObject trend = Json.createReader(new StringReader(v.trendChart())).readObject();
    assertThat(
            trend
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .isNull(1))
        .isTrue();
  }

  @Test
  void aPeriodWithoutReportSaysSoAndKeepsTheYearsTrend() {
    DashboardView v =
        DashboardView.of(
            Period.year(2026),
            List.of(report(Period.quarter(2026, 2), T, figures(1, 1, "1.0000", 0), List.of())),
            c -> c.value(),
            Instant::toString,
            ID);

    assertThat(v.found()).isFalse();
    assertThat(v.region()).isEmpty();
    assertThat(v.trend().get(1).coverage()).isEqualTo("100,0 %");
  }

  @Test
  void chartLabelsCannotCloseTheScriptTheyAreWrittenInto() {
    String json =
        ChartJson.bar(
            List.of("</script><b>x"),
            List.of(new ChartJson.Series("a", List.of(1), "#000")),
            false,
            false,
            null);
    assertThat(json).doesNotContain("<");
    assertThat(
            Json.createReader(new StringReader(json))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("labels")
                .getString(0))
        .isEqualTo("</script><b>x");
  }
}
