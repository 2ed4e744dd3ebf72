package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.batch.imports.ImportLauncher;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Bulk uploads of CSV and XLSX files (SOP 2, "also in bulk"): the file is stored as the original,
 * then the batch job {@code submission-import} stores, checks and records it as a draft version.
 * {@code POST /api/v1/items/{year}/{code}/imports?period=2025&name=data.csv} with the file as body
 * answers 202 with the progress; {@code GET /api/v1/imports/{year}/{code}/{period}/v{n}} follows
 * it; {@code POST …/restart} resumes a failed import at its last checkpoint.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;
  @Inject ImportLauncher launcher;

  /**
   * An import's progress as shown: {@code percent} is the share of the file read for the rows
   * stored so far (bytes of a CSV, of an XLSX sheet's XML), 100 once every row is stored; {@code
   * stage} OPENING, STORING, CHECKING (the conformity check over the stored rows) or DONE; {@code
   * rowsRejected} the rows with at least one error, known when the check has run.
   */
  public record View(
      String submission,
      String status,
      String stage,
      int percent,
      long rowsRead,
      long rowsStored,
      long rowsRejected,
      long errors,
      long warnings,
      String message,
      String fileName,
      long fileSize,
      String startedAt,
      String updatedAt) {
    static View of(ImportProgressStore.Progress p) {
      return new View(
          p.submission(),
          p.status().name(),
          p.stage().name(),
          p.percent(),
          p.rowsRead(),
          p.rowsStored(),
          p.rowsRejected(),
          p.errors(),
          p.warnings(),
          p.message(),
          p.fileName(),
          p.fileSize(),
          p.startedAt().toString(),
          p.updatedAt().toString());
    }
  }

  /** Stores the file and queues its import. */
  @POST
  @Path("items/{year}/{code}/imports")
  @Consumes(MediaType.WILDCARD)
  public Response start(
      @PathParam("year") int year,
      @PathParam("code") String code,
      @QueryParam("period") String period,
      @QueryParam("name") String name,
      @QueryParam("delimiter") String delimiter,
      @QueryParam("charset") String charset,
      @QueryParam("numberStyle") String numberStyle,
      @QueryParam("sheet") String sheet,
      @QueryParam("failAtRow") Long failAtRow,
      @HeaderParam("Content-Type") String type,
      InputStream body)
      throws IOException {
    Account who = actor.require();
    DataItemId item = new DataItemId(year, code);
    Period p = Period.parse(RuleViolation.requireText(period, "period"));
    app.collection().prepareUpload(who, item, p); // refuse before storing anything
    FileRef original = FileResource.store(app, RuleViolation.requireText(name, "name"), type, body);
    ImportLauncher.Options options =
        new ImportLauncher.Options(delimiter, charset, numberStyle, sheet);
    ImportProgressStore.Progress started =
        Boolean.getBoolean("satudata.batch.fault-injection")
            ? launcher.start(who, item, p, original, options, failAtRow)
            : launcher.start(who, item, p, original, options);
    return Response.accepted(View.of(started))
        .location(URI.create("v1/imports/" + started.submission()))
        .build();
  }

  /** The progress of an import. */
  @GET
  @Path("imports/{year}/{code}/{period}/{version}")
  public View status(@BeanParam SubmissionPath path) {
    Account who = actor.require();
    SubmissionId id = path.id();
    ImportProgressStore.Progress p =
        launcher.status(id).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "import", id));
    app.authorization()
        .requireRead(who, app.ports().items().require(id.item()).definition().producer());
    return View.of(p);
  }

  /** Restarts a failed import from its last checkpoint. */
  @POST
  @Path("imports/{year}/{code}/{period}/{version}/restart")
  public View restart(@BeanParam SubmissionPath path) {
    return View.of(launcher.restart(actor.require(), path.id()));
  }
}
