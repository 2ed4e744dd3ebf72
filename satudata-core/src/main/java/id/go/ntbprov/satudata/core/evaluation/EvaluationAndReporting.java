package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.TimeStandardMonitor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Use cases of the evaluation and reporting stage (SOP 5a, 5b): evaluate a quarter or year, attach
 * the rendered report document, deliver it to the regional head.
 */
public final class EvaluationAndReporting {

  private final Authorization authorization;
  private final Evaluator evaluator;
  private final EvaluationReportRepository reports;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public EvaluationAndReporting(
      Authorization authorization,
      Evaluator evaluator,
      EvaluationReportRepository reports,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.evaluator = Objects.requireNonNull(evaluator);
    this.reports = Objects.requireNonNull(reports);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /**
   * Evaluates a quarter or a year and keeps the result as a report awaiting its document.
   *
   * @throws RuleViolation {@link Rule#INPUT_INVALID} for a monthly period
   */
  public EvaluationReport evaluate(Account actor, Period period) {
    RoleAssignment role = authorization.require(actor, SopStep.EVALUATE, null);
    RuleViolation.require(
        period.periodicity() != Periodicity.MONTHLY, Rule.INPUT_INVALID, "period", period);
    Instant now = recorder.now();
    Evaluation evaluation = evaluator.evaluate(period, now);
    EvaluationReport saved =
        reports.save(
            new EvaluationReport(
                UUID.randomUUID().toString(),
                evaluation,
                now,
                actor.id(),
                Optional.empty(),
                List.of(),
                0));
    recorder.record(
        now,
        actor,
        role,
        SopStep.EVALUATE,
        TimeStandardMonitor.EVALUATION,
        period,
        "",
        "EVALUATED",
        saved.id());
    return saved;
  }

  /** Attaches the rendered report document (PDF) to a report. */
  public EvaluationReport attachDocument(Account actor, String reportId, FileRef document) {
    return attach(
        actor,
        reportId,
        document,
        "report.document",
        r -> r.withDocument(document),
        "DOCUMENT_ATTACHED",
        () -> document.name());
  }

  /**
   * Attaches a supporting document (the figures workbook, the progress exposé) to a report,
   * replacing an earlier one of the same kind.
   */
  public EvaluationReport attachAnnex(Account actor, String reportId, ReportAnnex annex) {
    return attach(
        actor,
        reportId,
        annex,
        "report.annex",
        r -> r.withAnnex(annex),
        "ANNEX_ATTACHED",
        () -> annex.kind() + " " + annex.file().name());
  }

  /** Saves a report with a file attached and records it in the audit trail. */
  private EvaluationReport attach(
      Account actor,
      String reportId,
      Object attached,
      String field,
      UnaryOperator<EvaluationReport> change,
      String stateAfter,
      Supplier<String> detail) {
    RoleAssignment role = authorization.require(actor, SopStep.EVALUATE, null);
    RuleViolation.requirePresent(attached, field);
    EvaluationReport report = find(reportId);
    EvaluationReport saved = reports.save(change.apply(report));
    recorder.record(
        recorder.now(),
        actor,
        role,
        SopStep.EVALUATE,
        TimeStandardMonitor.EVALUATION,
        report.evaluation().period(),
        "EVALUATED",
        stateAfter,
        detail.get());
    return saved;
  }

  /**
   * Records the delivery of a report's document to the regional head.
   *
   * @throws RuleViolation {@link Rule#DELIVERY_REQUIRES_REPORT_DOCUMENT} when the report has no
   *     document yet
   */
  public EvaluationReport deliverReport(
      Account actor, String reportId, String recipient, String documentReference) {
    RoleAssignment role = authorization.require(actor, SopStep.DELIVER_REPORT, null);
    EvaluationReport report =
        reports
            .find(reportId)
            .filter(r -> r.document().isPresent())
            .orElseThrow(() -> new RuleViolation(Rule.DELIVERY_REQUIRES_REPORT_DOCUMENT, reportId));
    String to = RuleViolation.requireText(recipient, "delivery.recipient");
    String ref = RuleViolation.requireText(documentReference, "delivery.documentReference");
    Instant now = recorder.now();
    EvaluationReport saved =
        reports.save(
            report.delivered(
                new ReportDelivery(now, to, ref, report.document().orElseThrow(), actor.id())));
    recorder.record(
        now,
        actor,
        role,
        SopStep.DELIVER_REPORT,
        TimeStandardMonitor.EVALUATION,
        report.evaluation().period(),
        "",
        "DELIVERED",
        to + " " + ref);
    return saved;
  }

  private EvaluationReport find(String id) {
    return reports.find(id).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "report", id));
  }
}
