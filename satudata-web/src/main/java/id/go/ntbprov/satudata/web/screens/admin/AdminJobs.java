package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The batch job monitor: executions running now (imports with their rows stored, others with their
 * status), refreshed every two seconds while any runs; the history of every job; restart of a
 * failed execution (refused by the core or the import launcher with its rule's message).
 */
@Named
@ViewScoped
public class AdminJobs implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JobControl control;
  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject LocaleSelection locale;

  /**
   * One execution as listed.
   *
   * @param id the execution id
   * @param job the job's name
   * @param status the batch status
   * @param exit the exit status
   * @param start when it started
   * @param end when it ended
   * @param running whether it is starting or running
   * @param progress for imports, the rows read and stored so far; else empty
   */
  public record Row(
      long id,
      String job,
      String status,
      String exit,
      String start,
      String end,
      boolean running,
      String progress)
      implements Serializable {

    /** Whether the monitor offers a restart (the restart itself asks the rules again). */
    public boolean failed() {
      return BatchStatus.FAILED.name().equals(status);
    }
  }

  private List<Row> executions;

  @PostConstruct
  public void load() {
    executions = control.executions().stream().map(this::row).toList();
  }

  private Row row(JobExecution x) {
    BatchStatus s = x.getBatchStatus();
    Optional<ImportProgressStore.Progress> p = control.importProgress(x);
    return new Row(
        x.getExecutionId(),
        x.getJobName(),
        s.name(),
        x.getExitStatus() == null ? "" : x.getExitStatus(),
        time(x.getStartTime()),
        time(x.getEndTime()),
        s == BatchStatus.STARTING || s == BatchStatus.STARTED,
        p.map(
                r ->
                    Texts.format(
                        locale.getLocale(), "admin.jobs.rows", r.rowsRead(), r.rowsStored()))
            .orElse(""));
  }

  private String time(Date d) {
    return d == null ? "" : core.format(d.toInstant(), locale.getLocale());
  }

  /** Restarts a failed execution. */
  public void restart(long execution) {
    feedback
        .attempt(() -> control.restart(signedIn.require(), execution), null)
        .ifPresent(
            next -> {
              feedback.info("admin.jobs.restarted", Long.toString(execution), Long.toString(next));
              load();
            });
  }

  public List<Row> getExecutions() {
    return executions;
  }

  /** The executions running now. */
  public List<Row> getRunning() {
    return executions.stream().filter(Row::running).toList();
  }

  /** Whether any execution runs (the page polls while one does). */
  public boolean isAnyRunning() {
    return executions.stream().anyMatch(Row::running);
  }
}
