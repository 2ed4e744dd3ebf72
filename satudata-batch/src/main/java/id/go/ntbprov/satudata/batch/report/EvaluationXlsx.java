package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The evaluation's figures as an XLSX workbook, for people who sort, filter and chart themselves:
 *
 * <ul>
 *   <li>{@code Ringkasan} — rows 0–3 title, region, period, generation; row {@value
 *       #SUMMARY_HEADER_ROW} the header (figure, value, minutes); then one row per figure of the
 *       region in the order of the PDF, then forum meetings and reports delivered. Counts are
 *       numeric cells, coverage a numeric ratio formatted as a percentage, durations a text plus
 *       their minutes as a number.
 *   <li>{@code Per OPD} — one row per agency (code order): code, name and every figure (durations
 *       in minutes); header bold and frozen, autofilter.
 *   <li>{@code Pelanggaran Waktu} — one row per breach (deadline order): step, SOP row, object,
 *       start, deadline, done (date-time cells in the region's zone), elapsed and allowed as text
 *       and minutes, status.
 * </ul>
 *
 * Sheet names and labels follow the context's language.
 */
public final class EvaluationXlsx {

  /** Row index of the header of the summary sheet; the figures follow it. */
  public static final int SUMMARY_HEADER_ROW = 5;

  /** Writes the workbook to {@code out}, which stays open. */
  public void write(Evaluation evaluation, ReportContext ctx, OutputStream out) throws IOException {
    Labels labels = Labels.of(ctx.locale());
    Formats formats = new Formats(labels, ctx.zone());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      String periodName = formats.period(evaluation.period());
      wb.getProperties()
          .getCoreProperties()
          .setTitle(labels.get("report.title", ctx.programmeName(), periodName));
      wb.getProperties().getCoreProperties().setCreator(ctx.generatedBy());
      summary(wb.createSheet(labels.get("sheet.summary")), styles, formats, evaluation, ctx);
      byAgency(wb.createSheet(labels.get("sheet.byAgency")), styles, formats, evaluation, ctx);
      breaches(wb.createSheet(labels.get("sheet.breaches")), styles, formats, evaluation);
      wb.write(out);
    }
  }

  private static void summary(
      XSSFSheet sheet, Styles st, Formats f, Evaluation e, ReportContext ctx) {
    Labels l = f.labels();
    String[] dates = f.periodDates(e.period());
    text(
        sheet.createRow(0).createCell(0),
        l.get("report.title", ctx.programmeName(), f.period(e.period())),
        st.title);
    text(sheet.createRow(1).createCell(0), l.get("report.region", ctx.regionName()), null);
    text(sheet.createRow(2).createCell(0), l.get("report.period", dates[0], dates[1]), null);
    text(
        sheet.createRow(3).createCell(0),
        l.get("report.generated", f.dateTime(ctx.generatedAt()), ctx.generatedBy()),
        null);
    Row header = sheet.createRow(SUMMARY_HEADER_ROW);
    text(header.createCell(0), l.get("column.figure"), st.header);
    text(header.createCell(1), l.get("column.value"), st.header);
    text(header.createCell(2), l.get("column.minutes"), st.header);
    int r = SUMMARY_HEADER_ROW + 1;
    Figures region = e.region();
    for (Figure fig : Figure.values()) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), l.get(fig.labelKey()), null);
      switch (fig.kind()) {
        case COUNT -> number(row.createCell(1), fig.count(region), st.integer);
        case RATIO -> number(row.createCell(1), fig.ratio(region).doubleValue(), st.percent);
        case DURATION -> {
          Optional<Duration> d = fig.duration(region);
          text(row.createCell(1), f.duration(d), st.right);
          d.ifPresent(v -> number(row.createCell(2), Formats.minutes(v), st.minutes));
        }
      }
    }
    Row meetings = sheet.createRow(r++);
    text(meetings.createCell(0), l.get("figure.FORUM_MEETINGS"), null);
    number(meetings.createCell(1), e.forumMeetings(), st.integer);
    Row delivered = sheet.createRow(r);
    text(delivered.createCell(0), l.get("figure.REPORTS_DELIVERED"), null);
    number(delivered.createCell(1), e.reportsDelivered(), st.integer);
    sheet.createFreezePane(0, SUMMARY_HEADER_ROW + 1);
    // Fixed widths (in 1/256 characters): autoSizeColumn measures with AWT fonts and costs more
    // than the whole rest of the workbook.
    sheet.setColumnWidth(0, 52 * 256);
    sheet.setColumnWidth(1, 22 * 256);
    sheet.setColumnWidth(2, 12 * 256);
  }

  private static void byAgency(
      XSSFSheet sheet, Styles st, Formats f, Evaluation e, ReportContext ctx) {
    Labels l = f.labels();
    Row header = sheet.createRow(0);
    text(header.createCell(0), l.get("column.agencyCode"), st.header);
    text(header.createCell(1), l.get("column.agency"), st.header);
    Figure[] figures = Figure.values();
    for (int i = 0; i < figures.length; i++) {
      String name = l.get(figures[i].labelKey());
      if (figures[i].kind() == Figure.Kind.DURATION) {
        name = l.get("column.suffix.minutes", name);
      }
      text(header.createCell(i + 2), name, st.header);
    }
    int r = 1;
    for (Map.Entry<AgencyCode, Figures> a : Charts.agencies(e).entrySet()) {
      Row row = sheet.createRow(r++);
      text(row.createCell(0), a.getKey().value(), null);
      text(row.createCell(1), ctx.agencyName(a.getKey()), null);
      for (int i = 0; i < figures.length; i++) {
        Figure fig = figures[i];
        Cell c = row.createCell(i + 2);
        switch (fig.kind()) {
          case COUNT -> number(c, fig.count(a.getValue()), st.integer);
          case RATIO -> number(c, fig.ratio(a.getValue()).doubleValue(), st.percent);
          // An undefined duration stays blank: a "—" would break sorting and sums.
          case DURATION ->
              fig.duration(a.getValue()).ifPresent(d -> number(c, Formats.minutes(d), st.minutes));
        }
      }
    }
    int lastColumn = figures.length + 1;
    sheet.createFreezePane(2, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, lastColumn));
    sheet.setColumnWidth(0, 16 * 256);
    sheet.setColumnWidth(1, 44 * 256);
    for (int i = 2; i <= lastColumn; i++) {
      sheet.setColumnWidth(i, 16 * 256);
    }
  }

  private static void breaches(XSSFSheet sheet, Styles st, Formats f, Evaluation e) {
    Labels l = f.labels();
    List<String> columns =
        List.of(
            l.get("column.no"),
            l.get("column.step"),
            l.get("column.sopRow"),
            l.get("column.objectType"),
            l.get("column.object"),
            l.get("column.startedAt") + " (" + f.zoneName() + ")",
            l.get("column.deadline") + " (" + f.zoneName() + ")",
            l.get("column.doneAt") + " (" + f.zoneName() + ")",
            l.get("column.elapsed"),
            l.get("column.elapsedMinutes"),
            l.get("column.allowed"),
            l.get("column.allowedMinutes"),
            l.get("column.status"));
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      text(header.createCell(i), columns.get(i), st.header);
    }
    int r = 1;
    for (Breach b : EvaluationPdf.sortedBreaches(e)) {
      Row row = sheet.createRow(r);
      number(row.createCell(0), r++, st.integer);
      text(row.createCell(1), l.step(b.step()), null);
      text(row.createCell(2), b.step().sopRow(), null);
      text(row.createCell(3), b.objectType(), null);
      text(row.createCell(4), b.objectId(), null);
      date(row.createCell(5), b.startedAt(), f, st);
      date(row.createCell(6), b.deadline(), f, st);
      b.doneAt().ifPresent(done -> date(row.createCell(7), done, f, st));
      text(row.createCell(8), f.duration(b.elapsed()), null);
      number(row.createCell(9), Formats.minutes(b.elapsed()), st.minutes);
      text(row.createCell(10), f.duration(b.allowed()), null);
      number(row.createCell(11), Formats.minutes(b.allowed()), st.minutes);
      text(row.createCell(12), l.get(b.pending() ? "breach.pending" : "breach.late"), null);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
    int[] widths = {6, 40, 10, 14, 30, 20, 20, 20, 20, 12, 20, 12, 14};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
  }

  /** Every text goes through {@link CellSafety}: names and ids come from users. */
  private static void text(Cell c, String value, CellStyle style) {
    c.setCellValue(CellSafety.neutralise(value));
    if (style != null) {
      c.setCellStyle(style);
    }
  }

  private static void number(Cell c, double value, CellStyle style) {
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  /** Excel has no time zones: the wall-clock time in the region's zone, as the header says. */
  private static void date(Cell c, Instant t, Formats f, Styles st) {
    c.setCellValue(LocalDateTime.ofInstant(t, f.zone()));
    c.setCellStyle(st.dateTime);
  }

  /** The workbook's few styles, created once (a workbook has a limit of 64,000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle header;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle minutes;
    final CellStyle dateTime;
    final CellStyle right;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      var format = wb.createDataFormat();
      integer = wb.createCellStyle();
      integer.setDataFormat(format.getFormat("#,##0"));
      percent = wb.createCellStyle();
      percent.setDataFormat(format.getFormat("0.00%"));
      minutes = wb.createCellStyle();
      minutes.setDataFormat(format.getFormat("#,##0.00"));
      dateTime = wb.createCellStyle();
      dateTime.setDataFormat(format.getFormat("dd/mm/yyyy hh:mm"));
      right = wb.createCellStyle();
      right.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
    }
  }
}
