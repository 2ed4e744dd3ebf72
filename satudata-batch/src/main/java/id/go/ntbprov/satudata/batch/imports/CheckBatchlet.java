package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Step {@code check-and-record}: the conformity check over the stored rows, the new version. */
@Named("submissionImportCheck")
@Dependent
public class CheckBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @Inject ImportSteps steps;
  @Inject ImportProgressStore progress;

  @Override
  public String process() {
    try {
      Properties p = ImportContext.parameters(job);
      progress.checking(p.getProperty(ImportJob.SUBMISSION)); // visible while the check runs
      return steps.checkAndRecord(p).id().toString();
    } catch (RuntimeException e) {
      job.setExitStatus(ImportSteps.message(e)); // the listener records it for the API
      throw e;
    }
  }
}
