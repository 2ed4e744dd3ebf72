package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * A report's document as a download ({@code document.xhtml?report=<id>&kind=pdf|xlsx|expose}): only
 * files that belong to an evaluation report, for accounts that may open the evaluation screens.
 */
@Named
@RequestScoped
public class EvaluationDocument {

  @Inject CoreAccess core;
  @Inject UnitOfWork unit;
  @Inject ReportFiles files;

  private String report;
  private String kind;

  /** Sends the file, or 404 when the report or that document does not exist. */
  public void download() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return; // refused by the guard
    }
    ExternalContext ext = faces.getExternalContext();
    Optional<FileRef> file =
        unit.call(
            () ->
                Optional.ofNullable(report)
                    .flatMap(id -> core.sop().ports().reports().find(id))
                    .flatMap((EvaluationReport r) -> files.find(r, kind)));
    Optional<InputStream> in = file.isEmpty() ? Optional.empty() : open(file.get());
    if (in.isEmpty()) {
      ext.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    FileRef f = file.get();
    ext.responseReset();
    ext.setResponseContentType(f.mediaType());
    ext.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + f.name().replace("\"", "") + "\"");
    if (f.size() > 0) {
      ext.setResponseContentLength((int) Math.min(Integer.MAX_VALUE, f.size()));
    }
    try (InputStream source = in.get();
        OutputStream out = ext.getResponseOutputStream()) {
      source.transferTo(out);
    }
    faces.responseComplete();
  }

  private Optional<InputStream> open(FileRef f) throws IOException {
    return core.sop().ports().files().open(f.id());
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
