package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.batch.evaluation.EvaluationReportJob;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation reports (SOP 5a, 5b): every report with its documents and deliveries, the report
 * job for a quarter or year followed until it ends, and the delivery to the regional head. Each
 * action is the core's (or, for the job, first asked of the core as the API does).
 */
@Named
@ViewScoped
public class EvaluationReports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject ReportFiles files;
  @Inject LocaleSelection locale;

  private List<ReportRow> reports;
  private String period;
  private Long execution;
  private String jobStatus;
  private String jobExit;
  private String selected;
  private String recipient;
  private String documentReference;

  @PostConstruct
  void init() {
    LocalDate today = LocalDate.now(core.zone());
    int q = (today.getMonthValue() - 1) / 3;
    period =
        (q == 0 ? Period.quarter(today.getYear() - 1, 4) : Period.quarter(today.getYear(), q))
            .toString();
    load();
  }

  private void load() {
    reports = ReportRow.all(files, unit, core, locale.getLocale());
  }

  /**
   * Starts the report job for the period entered, once the core allows the account to evaluate. The
   * job starts outside any transaction, as the API starts it.
   */
  public void run() {
    feedback
        .attempt(
            () -> {
              Period p = Period.parse(period);
              Account who = signedIn.require();
              core.sop().authorization().require(who, SopStep.EVALUATE, null);
              return EvaluationReportJob.parameters(p, who.id().value());
            },
            null)
        .ifPresent(
            parameters -> {
              execution = BatchRuntime.getJobOperator().start(EvaluationReportJob.NAME, parameters);
              jobStatus = null;
              feedback.info("evaluation.job.started", parameters.getProperty("period"));
              poll();
            });
  }

  /** Reads the job's state; when it has ended, reloads the reports. */
  public void poll() {
    if (execution == null) {
      return;
    }
    JobExecution x = BatchRuntime.getJobOperator().getJobExecution(execution);
    jobStatus = x.getBatchStatus().name();
    jobExit = x.getExitStatus();
    if (!isJobRunning()) {
      load();
    }
  }

  /** Whether the job started here is still running. */
  public boolean isJobRunning() {
    return execution != null
        && (jobStatus == null
            || BatchStatus.valueOf(jobStatus) == BatchStatus.STARTING
            || BatchStatus.valueOf(jobStatus) == BatchStatus.STARTED);
  }

  /** Chooses the report to record a delivery for. */
  public void choose(String reportId) {
    selected = reportId;
    recipient = null;
    documentReference = null;
  }

  /** Records the delivery of the chosen report to the regional head (SOP 5b). */
  public void deliver() {
    if (feedback.perform(
        () ->
            core.sop()
                .evaluation()
                .deliverReport(signedIn.require(), selected, recipient, documentReference),
        "evaluation.delivered")) {
      selected = null;
      load();
    }
  }

  /** Closes the delivery form. */
  public void cancel() {
    selected = null;
  }

  public List<ReportRow> getReports() {
    return reports;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Long getExecution() {
    return execution;
  }

  public String getJobStatus() {
    return jobStatus;
  }

  public String getJobExit() {
    return jobExit;
  }

  public String getSelected() {
    return selected;
  }

  /** The period of the chosen report, for the delivery form's title. */
  public String getSelectedPeriod() {
    return reports.stream()
        .filter(r -> r.id().equals(selected))
        .map(ReportRow::period)
        .findFirst()
        .orElse("");
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getDocumentReference() {
    return documentReference;
  }

  public void setDocumentReference(String documentReference) {
    this.documentReference = documentReference;
  }
}
