package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.batch.datalist.DataListImportJob;
import id.go.ntbprov.satudata.batch.read.BatchMessages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Import of a year's Daftar Data Daerah from a workbook (sheets {@code Butir} and {@code Variabel},
 * see the README): {@code POST /api/v1/datalist/{year}/imports?name=daftar.xlsx} with the file as
 * body answers 202; {@code GET /api/v1/datalist/imports/{execution}} tells the outcome: {@code
 * exitStatus} {@code proposed=N present=M}, or for a refused workbook {@code problems=N file=<id>}
 * with {@code summary} and every problem ({@code problems}: sheet, row, column, kind, key, args and
 * the message) in the language of {@code Accept-Language}.
 */
@Path("v1/datalist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DataListImportResource {

  private static final Logger LOG = Logger.getLogger(DataListImportResource.class.getName());

  @Inject SatuData app;
  @Inject CurrentActor actor;
  @Context HttpHeaders headers;

  /**
   * A data list import as shown.
   *
   * @param executionId the job execution
   * @param batchStatus STARTING, STARTED, COMPLETED, FAILED ...
   * @param exitStatus the job's exit status
   * @param summary for a refused workbook how many problems, in the asked language; else null
   * @param problems the refused workbook's problems, in the asked language; else empty
   */
  public record View(
      long executionId,
      String batchStatus,
      String exitStatus,
      String summary,
      List<ProblemView> problems) {}

  /**
   * One problem of a refused workbook.
   *
   * @param sheet the sheet
   * @param row the row as the user numbers it (0: not about a row)
   * @param column the column (empty: not about a column)
   * @param kind RULE (a core rule), READ (the file) or TEXT
   * @param key the rule's name, the read problem or the text's key
   * @param args the message's arguments
   * @param message what is wrong, in the asked language
   */
  public record ProblemView(
      String sheet,
      long row,
      String column,
      String kind,
      String key,
      List<String> args,
      String message) {}

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
    return Response.accepted(view(app, execution, Problems.locale(headers)))
        .location(URI.create("v1/datalist/imports/" + execution))
        .build();
  }

  /** The outcome of an import. */
  @GET
  @Path("imports/{execution}")
  public View status(@PathParam("execution") long execution) {
    actor.require();
    try {
      return view(app, execution, Problems.locale(headers));
    } catch (NoSuchJobExecutionException e) {
      throw new RuleViolation(Rule.NOT_FOUND, "job", execution);
    }
  }

  private static View view(SatuData app, long execution, Locale locale) {
    JobExecution x = BatchRuntime.getJobOperator().getJobExecution(execution);
    String exit = x.getExitStatus();
    return new View(
        execution,
        x.getBatchStatus().name(),
        exit,
        DataListImportJob.refusal(exit)
            .map(r -> BatchMessages.format(locale, "datalist.refused", r.problems()))
            .orElse(null),
        problems(app, exit, locale));
  }

  /**
   * The problems a refused import's exit status names, in {@code locale}; empty for any other exit
   * status, or when their file cannot be read (the summary still counts them).
   */
  public static List<ProblemView> problems(SatuData app, String exitStatus, Locale locale) {
    Optional<DataListImportJob.Refusal> refusal = DataListImportJob.refusal(exitStatus);
    if (refusal.isEmpty()) {
      return List.of();
    }
    try {
      return DataListImportJob.problems(app, refusal.get()).stream()
          .map(
              p ->
                  new ProblemView(
                      p.sheet(),
                      p.row(),
                      p.column(),
                      p.kind().name(),
                      p.key(),
                      p.args().stream().map(String::valueOf).toList(),
                      p.message(locale)))
          .toList();
    } catch (IOException | RuntimeException unreadable) {
      LOG.log(Level.WARNING, "data list problems unreadable: " + exitStatus, unreadable);
      return List.of();
    }
  }
}
