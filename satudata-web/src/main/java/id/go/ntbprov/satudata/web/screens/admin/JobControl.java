package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.batch.imports.ImportJob;
import id.go.ntbprov.satudata.batch.imports.ImportLauncher;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The batch jobs as the monitor sees them (the job repository through {@link JobOperator}, imports'
 * progress from their progress rows), and restarting a failed execution: imports through {@link
 * ImportLauncher}'s restart rules (as {@code POST /api/v1/imports/.../restart}), other jobs by
 * {@code JobOperator.restart} for an account the core lets administer. Restarts run outside any
 * transaction: the batch runtime writes its repository itself.
 */
@ApplicationScoped
public class JobControl {

  /** How many instances of each job the history reads back. */
  static final int INSTANCES = 100;

  @Inject CoreAccess core;
  @Inject ImportLauncher launcher;
  @Inject ImportProgressStore progress;

  /** Every execution of every job (newest first, at most {@link #INSTANCES} per job). */
  public List<JobExecution> executions() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecution> out = new ArrayList<>();
    for (String name : operator.getJobNames()) {
      try {
        for (JobInstance i : operator.getJobInstances(name, 0, INSTANCES)) {
          out.addAll(operator.getJobExecutions(i));
        }
      } catch (NoSuchJobException gone) {
        // Listed a moment ago; nothing to show.
      }
    }
    out.sort(Comparator.comparing(JobExecution::getExecutionId).reversed());
    return out;
  }

  /** The import's progress for an execution of the import job, if it is one. */
  public Optional<ImportProgressStore.Progress> importProgress(JobExecution x) {
    if (!ImportJob.NAME.equals(x.getJobName())) {
      return Optional.empty();
    }
    String submission = x.getJobParameters().getProperty(ImportJob.SUBMISSION);
    return submission == null ? Optional.empty() : progress.find(submission);
  }

  /**
   * Restarts a failed execution; answers the new execution's id.
   *
   * @throws RuleViolation the core's or the launcher's refusal, or WRONG_STATE unless FAILED
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public long restart(Account actor, long execution) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution x = operator.getJobExecution(execution);
    if (ImportJob.NAME.equals(x.getJobName())) {
      String submission = x.getJobParameters().getProperty(ImportJob.SUBMISSION);
      return launcher.restart(actor, SubmissionId.parse(submission)).executionId();
    }
    core.sop().authorization().require(actor, SopStep.ADMINISTER, null);
    RuleViolation.require(
        x.getBatchStatus() == BatchStatus.FAILED,
        Rule.WRONG_STATE,
        "job",
        execution,
        x.getBatchStatus(),
        "RESTART",
        "[FAILED]");
    return operator.restart(execution, operator.getParameters(execution));
  }
}
