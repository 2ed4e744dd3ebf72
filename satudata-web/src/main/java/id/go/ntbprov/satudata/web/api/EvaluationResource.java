package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.batch.evaluation.EvaluationReportJob;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** SOP 5a–5b over HTTP: evaluate a quarter or year, attach the document, deliver the report. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;

  /** Which period to evaluate: {@code 2026-Q1} or {@code 2026}. */
  public static class EvaluateJson {
    public String period;
  }

  /** The rendered document's file id. */
  public static class DocumentJson {
    public String fileId;
  }

  /** A delivery to the regional head. */
  public static class DeliveryJson {
    public String recipient;
    public String documentReference;
  }

  /** Evaluates a quarter or year (SOP 5a). */
  @POST
  @Path("evaluations")
  @Transactional
  public Response evaluate(EvaluateJson e) {
    RuleViolation.requirePresent(e, "body");
    EvaluationReport r =
        app.evaluation()
            .evaluate(actor.require(), Period.parse(RuleViolation.requireText(e.period, "period")));
    return Response.created(URI.create("v1/evaluations/" + r.id()))
        .entity(EvaluationJson.ReportView.of(r))
        .build();
  }

  /** A report job as shown: the batch status and, when done, what it produced. */
  public record JobView(long executionId, String batchStatus, String exitStatus) {}

  /**
   * Runs the evaluation as a batch job that also renders and stores the PDF report, the XLSX and
   * the exposé, and attaches the report (SOP 5a): 202 with the execution to follow.
   */
  @POST
  @Path("evaluations/jobs")
  public Response evaluateAsJob(EvaluateJson e) {
    RuleViolation.requirePresent(e, "body");
    Period period = Period.parse(RuleViolation.requireText(e.period, "period"));
    var who = actor.require();
    app.authorization().require(who, SopStep.EVALUATE, null);
    long execution =
        BatchRuntime.getJobOperator()
            .start(
                EvaluationReportJob.NAME, EvaluationReportJob.parameters(period, who.id().value()));
    return Response.accepted(job(execution))
        .location(URI.create("v1/evaluations/jobs/" + execution))
        .build();
  }

  /** The state of a report job. */
  @GET
  @Path("evaluations/jobs/{execution}")
  public JobView evaluationJob(@PathParam("execution") long execution) {
    actor.require();
    try {
      return job(execution);
    } catch (NoSuchJobExecutionException e) {
      throw new RuleViolation(Rule.NOT_FOUND, "job", execution);
    }
  }

  private static JobView job(long execution) {
    JobExecution x = BatchRuntime.getJobOperator().getJobExecution(execution);
    return new JobView(execution, x.getBatchStatus().name(), x.getExitStatus());
  }

  /** Every report, newest first. */
  @GET
  @Path("evaluations")
  @Transactional
  public List<EvaluationJson.ReportView> reports() {
    actor.require();
    return app.ports().reports().all().stream().map(EvaluationJson.ReportView::of).toList();
  }

  /** One report. */
  @GET
  @Path("evaluations/{id}")
  @Transactional
  public EvaluationJson.ReportView report(@PathParam("id") String id) {
    actor.require();
    return EvaluationJson.ReportView.of(
        app.ports()
            .reports()
            .find(id)
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "report", id)));
  }

  /** Attaches the rendered report document. */
  @POST
  @Path("evaluations/{id}/document")
  @Transactional
  public EvaluationJson.ReportView attach(@PathParam("id") String id, DocumentJson d) {
    RuleViolation.requirePresent(d, "body");
    return EvaluationJson.ReportView.of(
        app.evaluation()
            .attachDocument(
                actor.require(),
                id,
                Files.require(app, RuleViolation.requireText(d.fileId, "fileId"))));
  }

  /** Records the delivery to the regional head (SOP 5b). */
  @POST
  @Path("evaluations/{id}/deliveries")
  @Transactional
  public EvaluationJson.ReportView deliver(@PathParam("id") String id, DeliveryJson d) {
    RuleViolation.requirePresent(d, "body");
    return EvaluationJson.ReportView.of(
        app.evaluation().deliverReport(actor.require(), id, d.recipient, d.documentReference));
  }

  /** Time-standard breaches whose deadline fell in {@code [from, to)}, as of now. */
  @GET
  @Path("time-standards/breaches")
  @Transactional
  public List<EvaluationJson.BreachView> breaches(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    actor.require();
    Instant f = Dates.instant(RuleViolation.requireText(from, "from"), null, "from");
    Instant t = Dates.instant(RuleViolation.requireText(to, "to"), null, "to");
    return app.timeStandards().breaches(f, t, Instant.now()).stream()
        .map(EvaluationJson.BreachView::of)
        .toList();
  }
}
