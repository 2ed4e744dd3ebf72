package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Rendering benchmark (not a test): a 40-agency, 200-breach yearly evaluation rendered 20 times as
 * the PDF report, the XLSX and the exposé, after a warm-up; prints median and best ms per document.
 * Run:
 *
 * <pre>
 * mvn -B -pl satudata-batch test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=id.go.ntbprov.satudata.batch.report.ReportRenderBenchmark
 * </pre>
 */
public final class ReportRenderBenchmark {

  private static final int RUNS = 20;
  private static final int WARM_UP = 5;

  private ReportRenderBenchmark() {}

  /** Renderer for one document. */
  private interface Render {
    void to(Evaluation e, ReportContext ctx, ByteArrayOutputStream out) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Evaluation e = EvaluationFixtures.large(40, 200);
    ReportContext ctx = EvaluationFixtures.largeContext();
    ReportRenderer r = new ReportRenderer();
    long cold = System.nanoTime();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    r.pdf(e, ctx, first);
    r.xlsx(e, ctx, new ByteArrayOutputStream());
    r.expose(e, ctx, new ByteArrayOutputStream());
    System.out.printf(
        Locale.ROOT,
        "first run, all three (class loading): %.0f ms%n",
        (System.nanoTime() - cold) / 1e6);
    measure("PDF report", r::pdf, e, ctx);
    measure("XLSX      ", r::xlsx, e, ctx);
    measure("exposé    ", r::expose, e, ctx);
  }

  private static void measure(String name, Render render, Evaluation e, ReportContext ctx)
      throws IOException {
    double[] ms = new double[RUNS];
    int size = 0;
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long start = System.nanoTime();
      render.to(e, ctx, out);
      if (i >= WARM_UP) {
        ms[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
      }
      size = out.size();
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "%s  median %6.1f ms  best %6.1f ms  worst %6.1f ms  (%,d bytes)%n",
        name,
        ms[RUNS / 2],
        ms[0],
        ms[RUNS - 1],
        size);
  }
}
