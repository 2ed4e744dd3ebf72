package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the progress FAILED, with the reason, when an execution of the import fails. */
@Named("submissionImportListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

  @Inject JobContext job;
  @Inject ImportProgressStore progress;

  @Override
  public void afterJob() {
    if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
      String submission =
          BatchRuntime.getJobOperator()
              .getParameters(job.getExecutionId())
              .getProperty(ImportJob.SUBMISSION);
      progress.finished(
          submission,
          ImportProgressStore.Status.FAILED,
          0,
          0,
          job.getExitStatus() == null ? job.getBatchStatus().name() : job.getExitStatus());
    }
  }
}
