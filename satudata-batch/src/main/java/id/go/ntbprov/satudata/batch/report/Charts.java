package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The two charts of the report and the exposé, built from an evaluation. */
final class Charts {

  private Charts() {}

  /** Agencies in code order (the evaluation's map has none). */
  static Map<AgencyCode, Figures> agencies(Evaluation e) {
    return new TreeMap<>(e.byAgency());
  }

  /**
   * Coverage per agency, highest first, so that the agencies to follow up sit at the bottom; empty
   * when no agency has an agreed item.
   */
  static Optional<BarChart> coverage(Evaluation e, ReportContext ctx, Formats formats, PdfKit kit) {
    if (e.byAgency().isEmpty()) {
      return Optional.empty();
    }
    List<Map.Entry<AgencyCode, Figures>> rows = new ArrayList<>(agencies(e).entrySet());
    rows.sort(
        Comparator.comparing((Map.Entry<AgencyCode, Figures> r) -> r.getValue().coverage())
            .reversed()
            .thenComparing(r -> ctx.agencyName(r.getKey())));
    List<BarChart.Bar> bars = new ArrayList<>();
    for (Map.Entry<AgencyCode, Figures> r : rows) {
      double ratio = r.getValue().coverage().doubleValue();
      bars.add(
          new BarChart.Bar(
              ctx.agencyName(r.getKey()),
              new double[] {ratio},
              new Color[] {PdfKit.coverageColour(ratio)},
              formats.percent(r.getValue().coverage())));
    }
    return Optional.of(
        new BarChart(kit, bars, List.of(), 1, v -> formats.percent(BigDecimal.valueOf(v))));
  }

  /** Breaches per step, late and still pending stacked; empty without breaches. */
  static Optional<BarChart> compliance(Evaluation e, Formats formats, PdfKit kit) {
    if (e.breaches().isEmpty()) {
      return Optional.empty();
    }
    Map<SopStep, int[]> perStep = new EnumMap<>(SopStep.class);
    for (Breach b : e.breaches()) {
      perStep.computeIfAbsent(b.step(), s -> new int[2])[b.pending() ? 1 : 0]++;
    }
    Labels labels = formats.labels();
    List<BarChart.Bar> bars = new ArrayList<>();
    double largest = 0;
    for (Map.Entry<SopStep, int[]> s : perStep.entrySet()) {
      int late = s.getValue()[0];
      int pending = s.getValue()[1];
      largest = Math.max(largest, late + pending);
      bars.add(
          new BarChart.Bar(
              labels.step(s.getKey()) + " (" + s.getKey().sopRow() + ")",
              new double[] {late, pending},
              new Color[] {PdfKit.POOR, PdfKit.FAIR},
              formats.integer(late + pending)));
    }
    List<BarChart.Key> legend =
        List.of(
            new BarChart.Key(labels.get("breach.late"), PdfKit.POOR),
            new BarChart.Key(labels.get("breach.pending"), PdfKit.FAIR));
    return Optional.of(
        new BarChart(
            kit, bars, legend, BarChart.niceMax(largest), v -> formats.integer(Math.round(v))));
  }

  /** Height that gives each bar room to breathe, within the space there is. */
  static float height(int bars, float perBar, float extra, float max) {
    return Math.min(max, bars * perBar + extra);
  }
}
