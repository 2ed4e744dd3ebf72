package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * When an execution of the import ends: forgets its in-memory check and deletes its working copy (a
 * restart rebuilds both), and marks the progress FAILED, with the reason, when it failed.
 */
@Named("submissionImportListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

  @Inject JobContext job;
  @Inject ImportProgressStore progress;
  @Inject RowChecks checks;

  @Override
  public void afterJob() {
    Properties parameters = ImportContext.parameters(job);
    String submission = parameters.getProperty(ImportJob.SUBMISSION);
    checks.forget(submission); // a check left by a failed execution is rebuilt on restart
    ImportFiles.delete(submission, parameters.getProperty(ImportJob.FILE));
    if (job.getBatchStatus() == BatchStatus.FAILED || job.getBatchStatus() == BatchStatus.STOPPED) {
      progress.finished(
          submission,
          ImportProgressStore.Status.FAILED,
          0,
          0,
          job.getExitStatus() == null ? job.getBatchStatus().name() : job.getExitStatus());
    }
  }
}
