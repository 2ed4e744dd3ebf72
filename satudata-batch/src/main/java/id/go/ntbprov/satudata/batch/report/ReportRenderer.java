package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.file.FileStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Renders an {@link Evaluation} as the documents of SOP 5a: the PDF report ({@link EvaluationPdf}),
 * the XLSX of its figures ({@link EvaluationXlsx}) and the progress exposé ({@link
 * ProgressExposePdf}); and stores them through the core's {@link FileStore}, ready to be attached
 * to the report ({@code EvaluationAndReporting.attachDocument}) and delivered to the regional head.
 * Stateless and thread-safe.
 */
public final class ReportRenderer {

  /** Media type of the PDF documents. */
  public static final String PDF = "application/pdf";

  /** Media type of the workbook. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final EvaluationPdf pdf = new EvaluationPdf();
  private final EvaluationXlsx xlsx = new EvaluationXlsx();
  private final ProgressExposePdf expose = new ProgressExposePdf();

  /** The documents of one evaluation as stored. */
  public record StoredDocuments(FileRef report, FileRef workbook, FileRef expose) {
    /** Report, workbook and exposé, in the order they are listed for delivery. */
    public List<FileRef> all() {
      return List.of(report, workbook, expose);
    }
  }

  /** Writes the PDF report (A4 portrait); {@code out} stays open. */
  public void pdf(Evaluation evaluation, ReportContext ctx, OutputStream out) throws IOException {
    pdf.write(evaluation, ctx, out);
  }

  /** Writes the XLSX of the figures; {@code out} stays open. */
  public void xlsx(Evaluation evaluation, ReportContext ctx, OutputStream out) throws IOException {
    xlsx.write(evaluation, ctx, out);
  }

  /** Writes the progress exposé (A4 landscape slides); {@code out} stays open. */
  public void expose(Evaluation evaluation, ReportContext ctx, OutputStream out)
      throws IOException {
    expose.write(evaluation, ctx, out);
  }

  /**
   * Renders the three documents and stores them, named after the period ({@code
   * laporan-evaluasi-2026-Q1.pdf}, {@code data-evaluasi-2026-Q1.xlsx}, {@code
   * paparan-kemajuan-2026-Q1.pdf}). Each is rendered fully before it is stored, so a failed
   * rendering stores nothing half-written.
   */
  public StoredDocuments store(Evaluation evaluation, ReportContext ctx, FileStore files)
      throws IOException {
    String period = evaluation.period().toString();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    pdf(evaluation, ctx, buffer);
    FileRef report = save(files, "laporan-evaluasi-" + period + ".pdf", PDF, buffer);
    xlsx(evaluation, ctx, buffer);
    FileRef workbook = save(files, "data-evaluasi-" + period + ".xlsx", XLSX, buffer);
    expose(evaluation, ctx, buffer);
    FileRef slides = save(files, "paparan-kemajuan-" + period + ".pdf", PDF, buffer);
    return new StoredDocuments(report, workbook, slides);
  }

  private static FileRef save(
      FileStore files, String name, String mediaType, ByteArrayOutputStream buffer)
      throws IOException {
    FileRef ref = files.store(name, mediaType, new ByteArrayInputStream(buffer.toByteArray()));
    buffer.reset();
    return ref;
  }
}
