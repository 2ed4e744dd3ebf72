package id.go.ntbprov.satudata.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The progress exposé (paparan) for the regional head: an A4 landscape PDF of six slide pages —
 * title, key figures as big numbers, coverage per agency, time-standard compliance, the agencies
 * needing attention, and next steps (placeholder text to adapt).
 */
public final class ProgressExposePdf {

  /** Slides in every exposé, whatever the evaluation holds. */
  public static final int SLIDES = 6;

  /** How many agencies each attention list names. */
  static final int ATTENTION = 5;

  /** Writes the exposé to {@code out}, which stays open. */
  public void write(Evaluation evaluation, ReportContext ctx, OutputStream out) throws IOException {
    Labels labels = Labels.of(ctx.locale());
    Formats formats = new Formats(labels, ctx.zone());
    PdfKit kit = new PdfKit();
    String periodName = formats.period(evaluation.period());
    String title = labels.get("expose.title", ctx.programmeName());
    // A real landscape media box rather than A4.rotate(), which writes a portrait box plus
    // /Rotate 90 and makes every reader of the file turn coordinates.
    Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    Document doc = new Document(landscape, 50, 50, 50, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, new NonClosing(out));
      writer.setPageEvent(new PdfKit.Footer(kit, labels, title + " \u2014 " + periodName));
      doc.addTitle(title + " \u2014 " + periodName);
      doc.addAuthor(ctx.generatedBy());
      doc.addCreator(ctx.programmeName());
      doc.open();
      Slides s = new Slides(doc, writer, kit, formats, evaluation, ctx);
      s.title(title, periodName);
      s.keyFigures();
      s.coverage();
      s.compliance();
      s.attention();
      s.nextSteps();
      doc.close();
    } catch (DocumentException e) {
      throw new IOException("Exposé not written: " + e.getMessage(), e);
    }
  }

  /** One method per slide; each starts its own page. */
  private record Slides(
      Document doc, PdfWriter w, PdfKit kit, Formats f, Evaluation e, ReportContext ctx) {

    Labels l() {
      return f.labels();
    }

    float contentWidth() {
      return doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    }

    void band() {
      PdfContentByte cb = w.getDirectContent();
      Rectangle page = doc.getPageSize();
      cb.saveState();
      cb.setColorFill(PdfKit.PRIMARY);
      cb.rectangle(0, page.getHeight() - 18, page.getWidth(), 18);
      cb.fill();
      cb.restoreState();
    }

    void heading(String text) {
      band();
      Paragraph p = new Paragraph(text, kit.font(24, PdfKit.PRIMARY, true));
      p.setSpacingAfter(14);
      doc.add(p);
    }

    void title(String title, String periodName) {
      band();
      // Spacing before the first element of a page is ignored: a tall empty line centres it.
      doc.add(new Paragraph(110, " ", kit.font(10)));
      Paragraph t = new Paragraph(title, kit.font(34, PdfKit.PRIMARY, true));
      t.setAlignment(Element.ALIGN_CENTER);
      doc.add(t);
      Paragraph p = new Paragraph(periodName, kit.font(24, PdfKit.MUTED, true));
      p.setAlignment(Element.ALIGN_CENTER);
      p.setSpacingBefore(12);
      doc.add(p);
      Paragraph r = new Paragraph(ctx.regionName(), kit.font(18));
      r.setAlignment(Element.ALIGN_CENTER);
      r.setSpacingBefore(20);
      doc.add(r);
      Paragraph g =
          new Paragraph(
              l().get("report.generated", f.dateTime(ctx.generatedAt()), ctx.generatedBy()),
              kit.font(11, PdfKit.MUTED, false));
      g.setAlignment(Element.ALIGN_CENTER);
      g.setSpacingBefore(60);
      doc.add(g);
    }

    void keyFigures() {
      doc.newPage();
      heading(l().get("expose.keyFigures"));
      Figures r = e.region();
      PdfPTable grid = new PdfPTable(4);
      grid.setWidthPercentage(100);
      tile(
          grid,
          f.percent(r.coverage()),
          l().get("figure.COVERAGE.short")
              + ": "
              + l().get("expose.itemsPublishedOfAgreed", r.itemsPublished(), r.itemsAgreed()));
      tile(grid, f.integer(r.versionsUploaded()), l().get("figure.VERSIONS_UPLOADED"));
      tile(grid, f.integer(r.validated()), l().get("figure.VALIDATED"));
      tile(grid, f.integer(r.published()), l().get("figure.PUBLISHED"));
      tile(grid, f.integer(r.returned()), l().get("figure.RETURNED"));
      tile(grid, f.integer(r.timeStandardBreaches()), l().get("figure.TIME_STANDARD_BREACHES"));
      tile(
          grid, f.integer(r.statementLetters() + r.validationLetters()), l().get("expose.letters"));
      tile(grid, f.integer(e.forumMeetings()), l().get("figure.FORUM_MEETINGS"));
      doc.add(grid);
    }

    void tile(PdfPTable grid, String number, String label) {
      PdfPCell c = new PdfPCell();
      c.setBorderColor(PdfKit.GRID);
      c.setPadding(12);
      c.setMinimumHeight(150);
      Paragraph n = new Paragraph(number, kit.font(36, PdfKit.PRIMARY, true));
      n.setAlignment(Element.ALIGN_CENTER);
      c.addElement(n);
      Paragraph t = new Paragraph(label, kit.font(12));
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingBefore(8);
      c.addElement(t);
      grid.addCell(c);
    }

    void coverage() {
      doc.newPage();
      heading(l().get("expose.coverage"));
      var chart = Charts.coverage(e, ctx, f, kit);
      if (chart.isEmpty()) {
        doc.add(new Paragraph(l().get("report.agencies.none"), kit.font(14)));
        return;
      }
      float height = Charts.height(e.byAgency().size(), 24, 40, 400);
      doc.add(chart.get().draw(w.getDirectContent(), contentWidth(), height));
    }

    void compliance() {
      doc.newPage();
      heading(l().get("expose.compliance"));
      Figures r = e.region();
      for (Figure fig :
          new Figure[] {
            Figure.MEDIAN_VALIDATION_TO_PUBLICATION,
            Figure.WORST_VALIDATION_TO_PUBLICATION,
            Figure.MEDIAN_PERIOD_END_TO_PUBLICATION,
            Figure.WORST_PERIOD_END_TO_PUBLICATION
          }) {
        Phrase p = new Phrase(l().get(fig.labelKey()) + ": ", kit.font(13));
        p.add(new Phrase(fig.text(r, f), kit.bold(13)));
        doc.add(new Paragraph(p));
      }
      var chart = Charts.compliance(e, f, kit);
      if (chart.isEmpty()) {
        Paragraph none = new Paragraph(l().get("report.breaches.none"), kit.font(14));
        none.setSpacingBefore(20);
        doc.add(none);
        return;
      }
      Paragraph gap = new Paragraph(" ", kit.font(8));
      doc.add(gap);
      int steps = (int) e.breaches().stream().map(b -> b.step()).distinct().count();
      float height = Charts.height(steps, 40, 40, 300);
      doc.add(chart.get().draw(w.getDirectContent(), contentWidth(), height));
    }

    void attention() {
      doc.newPage();
      heading(l().get("expose.attention"));
      PdfPTable columns = new PdfPTable(3);
      columns.setWidthPercentage(100);
      var rows = new ArrayList<>(Charts.agencies(e).entrySet());
      rows.sort(
          Comparator.comparing((Map.Entry<AgencyCode, Figures> a) -> a.getValue().coverage())
              .thenComparing(a -> ctx.agencyName(a.getKey())));
      column(
          columns,
          l().get("expose.attention.lowestCoverage"),
          rows,
          a -> f.percent(a.getValue().coverage()));
      column(
          columns,
          l().get("expose.attention.mostReturns"),
          mostFirst(rows, Figures::returned),
          a -> f.integer(a.getValue().returned()));
      column(
          columns,
          l().get("expose.attention.mostBreaches"),
          mostFirst(rows, Figures::timeStandardBreaches),
          a -> f.integer(a.getValue().timeStandardBreaches()));
      doc.add(columns);
    }

    /** Agencies with a non-zero count, largest first: a zero needs no attention. */
    static java.util.List<Map.Entry<AgencyCode, Figures>> mostFirst(
        java.util.List<Map.Entry<AgencyCode, Figures>> rows, ToIntFunction<Figures> count) {
      return rows.stream()
          .filter(a -> count.applyAsInt(a.getValue()) > 0)
          .sorted(
              Comparator.comparingInt(
                      (Map.Entry<AgencyCode, Figures> a) -> count.applyAsInt(a.getValue()))
                  .reversed())
          .toList();
    }

    /** One attention list: the first {@link #ATTENTION} agencies of {@code ranked}. */
    void column(
        PdfPTable columns,
        String title,
        java.util.List<Map.Entry<AgencyCode, Figures>> ranked,
        Function<Map.Entry<AgencyCode, Figures>, String> value) {
      PdfPCell c = new PdfPCell();
      c.setBorderColor(PdfKit.GRID);
      c.setPadding(10);
      c.addElement(new Paragraph(title, kit.font(15, PdfKit.PRIMARY, true)));
      if (ranked.isEmpty()) {
        c.addElement(new Paragraph(l().get("expose.attention.none"), kit.font(12)));
      }
      List list = new List(List.ORDERED);
      for (var a : ranked.subList(0, Math.min(ATTENTION, ranked.size()))) {
        list.add(
            new ListItem(ctx.agencyName(a.getKey()) + " \u2014 " + value.apply(a), kit.font(12)));
      }
      c.addElement(list);
      columns.addCell(c);
    }

    void nextSteps() {
      doc.newPage();
      heading(l().get("expose.nextSteps"));
      List list = new List(List.UNORDERED);
      list.setListSymbol("\u2022 ");
      for (int i = 1; i <= 4; i++) {
        ListItem item = new ListItem(l().get("expose.nextSteps." + i), kit.font(16));
        item.setSpacingAfter(10);
        list.add(item);
      }
      doc.add(list);
      Paragraph note =
          new Paragraph(l().get("expose.nextSteps.note"), kit.font(11, PdfKit.MUTED, false));
      note.setSpacingBefore(20);
      doc.add(note);
    }
  }
}
