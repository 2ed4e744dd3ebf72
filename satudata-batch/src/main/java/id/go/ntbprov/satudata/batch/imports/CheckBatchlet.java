package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step {@code check-and-record}: the conformity check over the stored rows, the new version. */
@Named("submissionImportCheck")
@Dependent
public class CheckBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @Inject ImportSteps steps;

  @Override
  public String process() {
    try {
      return steps.checkAndRecord(ImportContext.parameters(job)).id().toString();
    } catch (RuntimeException e) {
      job.setExitStatus(ImportSteps.message(e)); // the listener records it for the API
      throw e;
    }
  }
}
