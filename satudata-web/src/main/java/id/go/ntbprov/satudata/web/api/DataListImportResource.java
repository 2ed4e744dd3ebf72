package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.batch.datalist.DataListImportJob;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
 * Import of a year's Daftar Data Daerah from a workbook (sheets {@code Butir} and {@code Variabel},
 * see the README): {@code POST /api/v1/datalist/{year}/imports?name=daftar.xlsx} with the file as
 * body answers 202; {@code GET /api/v1/datalist/imports/{execution}} tells the outcome ({@code
 * proposed=N present=M}, or every problem with sheet, row and column).
 */
@Path("v1/datalist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataListImportResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;

  /** A data list import as shown. */
  public record View(long executionId, String batchStatus, String exitStatus) {}

  /** Stores the workbook and starts its import. */
  @POST
  @Path("{year}/imports")
  @Consumes(MediaType.WILDCARD)
  public Response start(
      @PathParam("year") int year,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String type,
      InputStream body)
      throws IOException {
    var who = actor.require();
    app.authorization().require(who, SopStep.PROPOSE_ITEM, null);
    FileRef file = FileResource.store(app, RuleViolation.requireText(name, "name"), type, body);
    long execution =
        BatchRuntime.getJobOperator()
            .start(
                DataListImportJob.NAME,
                DataListImportJob.parameters(year, file.id(), who.id().value()));
    return Response.accepted(view(execution))
        .location(URI.create("v1/datalist/imports/" + execution))
        .build();
  }

  /** The outcome of an import. */
  @GET
  @Path("imports/{execution}")
  public View status(@PathParam("execution") long execution) {
    actor.require();
    try {
      return view(execution);
    } catch (NoSuchJobExecutionException e) {
      throw new RuleViolation(Rule.NOT_FOUND, "job", execution);
    }
  }

  private static View view(long execution) {
    JobExecution x = BatchRuntime.getJobOperator().getJobExecution(execution);
    return new View(execution, x.getBatchStatus().name(), x.getExitStatus());
  }
}
