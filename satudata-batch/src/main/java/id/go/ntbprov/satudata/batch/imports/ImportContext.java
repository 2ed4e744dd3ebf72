package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/** The parameters of the running execution (a restart runs with its own, equal parameters). */
final class ImportContext {

  private ImportContext() {}

  static Properties parameters(JobContext job) {
    return BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
  }
}
