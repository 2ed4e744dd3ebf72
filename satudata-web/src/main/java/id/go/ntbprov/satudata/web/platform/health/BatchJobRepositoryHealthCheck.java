package id.go.ntbprov.satudata.web.platform.health;

import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the batch runtime can read its job repository, which the server keeps in the
 * application's database ({@code set-batch-runtime-configuration --dataSourceLookupName
 * jdbc/satudata}). The first call also makes the runtime create its tables there.
 */
@Readiness
@ApplicationScoped
public class BatchJobRepositoryHealthCheck implements HealthCheck {

  /** The check's name in {@code /health}. */
  public static final String NAME = "batch-job-repository";

  @Override
  public HealthCheckResponse call() {
    try {
      int jobs = BatchRuntime.getJobOperator().getJobNames().size();
      return HealthCheckResponse.named(NAME)
          .up()
          .withData("dataSource", Platform.DATA_SOURCE)
          .withData("jobsKnown", jobs)
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
