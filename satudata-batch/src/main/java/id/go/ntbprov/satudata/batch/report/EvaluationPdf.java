package id.go.ntbprov.satudata.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The evaluation report (SOP 5a) as an A4 portrait PDF: title, region, period and generation
 * details; the region's figures; coverage per agency as a chart; a table per agency; time-standard
 * compliance as a chart; and the list of breaches. Every page has "Halaman x dari y" in its footer.
 */
public final class EvaluationPdf {

  /** The breach list stops here; the spreadsheet always holds every breach. */
  static final int MAX_BREACH_ROWS = 300;

  private static final Figure[] AGENCY_COLUMNS = {
    Figure.ITEMS_AGREED,
    Figure.ITEMS_UPLOADED,
    Figure.RETURNED,
    Figure.VALIDATED,
    Figure.PUBLISHED,
    Figure.ITEMS_PUBLISHED,
    Figure.COVERAGE,
    Figure.MEDIAN_VALIDATION_TO_PUBLICATION,
    Figure.TIME_STANDARD_BREACHES
  };

  /** Writes the report to {@code out}, which stays open. */
  public void write(Evaluation evaluation, ReportContext ctx, OutputStream out) throws IOException {
    Labels labels = Labels.of(ctx.locale());
    Formats formats = new Formats(labels, ctx.zone());
    PdfKit kit = new PdfKit();
    String periodName = formats.period(evaluation.period());
    String title = labels.get("report.title", ctx.programmeName(), periodName);
    Document doc = new Document(PageSize.A4, 40, 40, 45, 45);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
      writer.setPageEvent(
          new PdfKit.Footer(kit, labels, labels.get("report.shortTitle", periodName)));
      doc.addTitle(title);
      doc.addAuthor(ctx.generatedBy());
      doc.addCreator(ctx.programmeName());
      doc.open();
      front(doc, kit, formats, evaluation, ctx, title);
      summary(doc, kit, formats, evaluation);
      coverageChart(doc, writer, kit, formats, evaluation, ctx);
      byAgency(doc, kit, formats, evaluation, ctx);
      complianceChart(doc, writer, kit, formats, evaluation);
      breaches(doc, kit, formats, evaluation);
      doc.close();
    } catch (DocumentException e) {
      throw new IOException("PDF report not written: " + e.getMessage(), e);
    }
  }

  private static void front(
      Document doc, PdfKit kit, Formats f, Evaluation e, ReportContext ctx, String title) {
    Labels l = f.labels();
    Paragraph t = new Paragraph(title, kit.font(16, PdfKit.PRIMARY, true));
    t.setSpacingAfter(8);
    doc.add(t);
    String[] dates = f.periodDates(e.period());
    doc.add(new Paragraph(l.get("report.region", ctx.regionName()), kit.font(10)));
    doc.add(new Paragraph(l.get("report.period", dates[0], dates[1]), kit.font(10)));
    doc.add(new Paragraph(l.get("report.asOf", f.dateTime(e.asOf())), kit.font(10)));
    doc.add(
        new Paragraph(
            l.get("report.generated", f.dateTime(ctx.generatedAt()), ctx.generatedBy()),
            kit.font(9, PdfKit.MUTED, false)));
  }

  private static void summary(Document doc, PdfKit kit, Formats f, Evaluation e) {
    Labels l = f.labels();
    doc.add(kit.heading(l.get("report.summary"), 12));
    PdfPTable table = new PdfPTable(new float[] {3, 1.4f});
    table.setWidthPercentage(80);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.addCell(kit.header(l.get("column.figure"), 9));
    table.addCell(kit.header(l.get("column.value"), 9));
    int row = 0;
    for (Figure fig : Figure.values()) {
      boolean shade = row++ % 2 == 1;
      table.addCell(kit.cell(l.get(fig.labelKey()), 9, Element.ALIGN_LEFT, shade));
      table.addCell(kit.cell(fig.text(e.region(), f), 9, Element.ALIGN_RIGHT, shade));
    }
    boolean shade = row++ % 2 == 1;
    table.addCell(kit.cell(l.get("figure.FORUM_MEETINGS"), 9, Element.ALIGN_LEFT, shade));
    table.addCell(kit.cell(f.integer(e.forumMeetings()), 9, Element.ALIGN_RIGHT, shade));
    shade = row % 2 == 1;
    table.addCell(kit.cell(l.get("figure.REPORTS_DELIVERED"), 9, Element.ALIGN_LEFT, shade));
    table.addCell(kit.cell(f.integer(e.reportsDelivered()), 9, Element.ALIGN_RIGHT, shade));
    table.setHeaderRows(1);
    doc.add(table);
  }

  private static void coverageChart(
      Document doc, PdfWriter w, PdfKit kit, Formats f, Evaluation e, ReportContext ctx) {
    doc.newPage();
    doc.add(kit.heading(f.labels().get("report.chart.coverage"), 12));
    var chart = Charts.coverage(e, ctx, f, kit);
    if (chart.isEmpty()) {
      doc.add(new Paragraph(f.labels().get("report.chart.none"), kit.font(9)));
      return;
    }
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    float height = Charts.height(e.byAgency().size(), 16, 40, 660);
    doc.add(chart.get().draw(w.getDirectContent(), width, height));
  }

  private static void byAgency(
      Document doc, PdfKit kit, Formats f, Evaluation e, ReportContext ctx) {
    Labels l = f.labels();
    doc.newPage();
    doc.add(kit.heading(l.get("report.byAgency"), 12));
    if (e.byAgency().isEmpty()) {
      doc.add(new Paragraph(l.get("report.agencies.none"), kit.font(9)));
      return;
    }
    float[] widths = new float[AGENCY_COLUMNS.length + 2];
    // Nine figure columns on A4 portrait: narrow columns and 6 pt headers, so that no header
    // word ("Dikembalikan", "Pelanggaran") has to break inside itself.
    widths[0] = 0.45f;
    widths[1] = 2.9f;
    for (int i = 2; i < widths.length; i++) {
      widths[i] = 1.3f;
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.addCell(kit.header(l.get("column.no"), 6));
    table.addCell(kit.header(l.get("column.agency"), 6));
    for (Figure fig : AGENCY_COLUMNS) {
      table.addCell(kit.header(l.get(fig.shortLabelKey()), 6));
    }
    table.setHeaderRows(1);
    int n = 0;
    for (Map.Entry<AgencyCode, Figures> a : Charts.agencies(e).entrySet()) {
      boolean shade = n++ % 2 == 1;
      table.addCell(kit.cell(String.valueOf(n), 7.5f, Element.ALIGN_RIGHT, shade));
      table.addCell(kit.cell(ctx.agencyName(a.getKey()), 7.5f, Element.ALIGN_LEFT, shade));
      for (Figure fig : AGENCY_COLUMNS) {
        table.addCell(kit.cell(fig.text(a.getValue(), f), 7.5f, Element.ALIGN_RIGHT, shade));
      }
    }
    doc.add(table);
  }

  private static void complianceChart(
      Document doc, PdfWriter w, PdfKit kit, Formats f, Evaluation e) {
    doc.add(kit.heading(f.labels().get("report.chart.compliance"), 12));
    var chart = Charts.compliance(e, f, kit);
    if (chart.isEmpty()) {
      doc.add(new Paragraph(f.labels().get("report.breaches.none"), kit.font(9)));
      return;
    }
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    int steps = (int) e.breaches().stream().map(Breach::step).distinct().count();
    doc.add(chart.get().draw(w.getDirectContent(), width, Charts.height(steps, 22, 40, 300)));
  }

  private static void breaches(Document doc, PdfKit kit, Formats f, Evaluation e) {
    Labels l = f.labels();
    doc.add(kit.heading(l.get("report.breaches"), 12));
    if (e.breaches().isEmpty()) {
      doc.add(new Paragraph(l.get("report.breaches.none"), kit.font(9)));
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {0.5f, 2.4f, 2.8f, 2f, 2.4f, 1.2f});
    table.setWidthPercentage(100);
    for (String key :
        List.of(
            "column.no",
            "column.step",
            "column.object",
            "column.deadline",
            "column.elapsedVsAllowed",
            "column.status")) {
      table.addCell(kit.header(l.get(key), 7.5f));
    }
    table.setHeaderRows(1);
    List<Breach> sorted = sortedBreaches(e);
    int n = 0;
    for (Breach b : sorted.subList(0, Math.min(MAX_BREACH_ROWS, sorted.size()))) {
      boolean shade = n++ % 2 == 1;
      table.addCell(kit.cell(String.valueOf(n), 7.5f, Element.ALIGN_RIGHT, shade));
      String step = l.step(b.step()) + " (" + b.step().sopRow() + ")";
      table.addCell(kit.cell(step, 7.5f, Element.ALIGN_LEFT, shade));
      table.addCell(kit.cell(b.objectType() + " " + b.objectId(), 7.5f, Element.ALIGN_LEFT, shade));
      table.addCell(kit.cell(f.dateTime(b.deadline()), 7.5f, Element.ALIGN_LEFT, shade));
      String times = f.duration(b.elapsed()) + " / " + f.duration(b.allowed());
      table.addCell(kit.cell(times, 7.5f, Element.ALIGN_LEFT, shade));
      String status = l.get(b.pending() ? "breach.pending" : "breach.late");
      table.addCell(kit.cell(status, 7.5f, Element.ALIGN_LEFT, shade));
    }
    doc.add(table);
    if (sorted.size() > MAX_BREACH_ROWS) {
      doc.add(
          new Paragraph(
              l.get("report.breaches.more", sorted.size() - MAX_BREACH_ROWS), kit.font(8)));
    }
  }

  /** Breaches by deadline, then step and object, so that reruns print the same list. */
  static List<Breach> sortedBreaches(Evaluation e) {
    return e.breaches().stream()
        .sorted(
            Comparator.comparing(Breach::deadline)
                .thenComparing(Breach::step)
                .thenComparing(Breach::objectId))
        .toList();
  }
}
