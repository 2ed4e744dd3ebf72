package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** Step {@code open-content}: permission again, the header read, the empty content stored. */
@Named("submissionImportOpen")
@Dependent
public class OpenContentBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @Inject ImportSteps steps;
  @Inject ImportProgressStore progress;

  @Override
  public String process() {
    Properties p = ImportContext.parameters(job);
    progress.running(p.getProperty(ImportJob.SUBMISSION), job.getExecutionId());
    try {
      steps.openContent(p);
    } catch (RuntimeException e) {
      job.setExitStatus(ImportSteps.message(e)); // the listener records it for the API
      throw e;
    }
    return "OPENED";
  }
}
