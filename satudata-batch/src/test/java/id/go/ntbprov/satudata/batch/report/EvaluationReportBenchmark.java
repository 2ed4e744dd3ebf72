package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The yearly evaluation report benchmark of issue 4 (not a test): 500 items, 40 agencies, 10,000
 * versions over a year, built in memory through the core's real use cases ({@link BenchmarkRegion},
 * {@link BenchmarkYear}); then {@code EvaluationAndReporting.evaluate} for the year and the three
 * documents rendered by {@link ReportRenderer}, each several rounds. Prints ms (median and worst)
 * and the evaluation's headline figures. Goal: the whole report in at most 10 s. Run (with {@code
 * -Xmx1g}):
 *
 * <pre>
 * mvn -B -pl satudata-batch test-compile exec:exec@evaluation-benchmark
 * </pre>
 */
public final class EvaluationReportBenchmark {

  private static final int EVALUATE_ROUNDS = 5;
  private static final int RENDER_ROUNDS = 5;

  private EvaluationReportBenchmark() {}

  /** Renderer for one document. */
  private interface Render {
    void to(Evaluation e, ReportContext ctx, ByteArrayOutputStream out) throws IOException;
  }

  /** Builds the region, then measures; no arguments. */
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    long setup = System.nanoTime();
    BenchmarkRegion region = new BenchmarkRegion();
    region.planDataList();
    int versions = new BenchmarkYear(region).run();
    System.out.printf(
        Locale.ROOT,
        "setup: %d agencies, %d items, %,d versions, %,d audit entries in %.1f s%n",
        region.agencies.size(),
        region.items.size(),
        versions,
        region.app.ports().audit().between(java.time.Instant.MIN, java.time.Instant.MAX).size(),
        (System.nanoTime() - setup) / 1e9);

    region.clock.set(LocalDateTime.of(BenchmarkRegion.YEAR + 1, 1, 10, 9, 0));
    Period year = Period.year(BenchmarkRegion.YEAR);
    double[] ms = new double[EVALUATE_ROUNDS];
    EvaluationReport report = null;
    for (int i = 0; i < EVALUATE_ROUNDS; i++) {
      long start = System.nanoTime();
      report = region.app.evaluation().evaluate(region.walidata, year);
      ms[i] = (System.nanoTime() - start) / 1e6;
      region.clock.advance(Duration.ofMinutes(1));
    }
    print("evaluate " + year, ms, -1);
    Evaluation e = report.evaluation();
    headline(e);

    ReportContext ctx =
        new ReportContext(
            region.profile.name(),
            "NTB Satu Data",
            region.agencyNames,
            region.profile.zone(),
            null,
            region.clock.instant(),
            "Walidata");
    ReportRenderer renderer = new ReportRenderer();
    double total = ms[EVALUATE_ROUNDS / 2];
    total += measure("PDF report", renderer::pdf, e, ctx);
    total += measure("XLSX      ", renderer::xlsx, e, ctx);
    total += measure("exposé    ", renderer::expose, e, ctx);
    System.out.printf(
        Locale.ROOT,
        "whole yearly report (medians: evaluate + 3 documents): %.0f ms (goal ≤ 10,000 ms)%n",
        total);
  }

  private static double measure(String name, Render render, Evaluation e, ReportContext ctx)
      throws IOException {
    double[] ms = new double[RENDER_ROUNDS];
    int size = 0;
    for (int i = 0; i < RENDER_ROUNDS; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();
      render.to(e, ctx, out);
      ms[i] = (System.nanoTime() - start) / 1e6;
      size = out.size();
    }
    return print(name, ms, size);
  }

  /** Prints first, median and worst; returns the median. */
  private static double print(String name, double[] ms, int bytes) {
    double first = ms[0];
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-16s first %8.1f ms  median %8.1f ms  worst %8.1f ms  (%d rounds%s)%n",
        name,
        first,
        sorted[sorted.length / 2],
        sorted[sorted.length - 1],
        ms.length,
        bytes < 0 ? "" : String.format(Locale.ROOT, ", %,d bytes", bytes));
    return sorted[sorted.length / 2];
  }

  private static void headline(Evaluation e) {
    Figures f = e.region();
    System.out.printf(
        Locale.ROOT,
        "  items agreed %d (available %d, partly %d), uploaded %d items / %,d versions,"
            + " conformant at first check %,d, returned %,d, validated %,d, published %,d,"
            + " items published %d, coverage %s%n",
        f.itemsAgreed(),
        f.itemsAvailable(),
        f.itemsPartlyAvailable(),
        f.itemsUploaded(),
        f.versionsUploaded(),
        f.conformantAtFirstCheck(),
        f.returned(),
        f.validated(),
        f.published(),
        f.itemsPublished(),
        f.coverage());
    System.out.printf(
        Locale.ROOT,
        "  validation→publication median %s worst %s; period end→publication median %s worst %s%n",
        text(f.medianValidationToPublication()),
        text(f.worstValidationToPublication()),
        text(f.medianPeriodEndToPublication()),
        text(f.worstPeriodEndToPublication()));
    System.out.printf(
        Locale.ROOT,
        "  time-standard breaches %,d (listed %,d), letters: statement %,d, validation %,d;"
            + " %d agencies; forum meetings %d%n",
        f.timeStandardBreaches(),
        e.breaches().size(),
        f.statementLetters(),
        f.validationLetters(),
        e.byAgency().size(),
        e.forumMeetings());
  }

  private static String text(Optional<Duration> d) {
    return d.map(Duration::toString).orElse("-");
  }
}
