package id.go.ntbprov.satudata.web.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application is deployed and answering. Deliberately touches nothing outside the
 * JVM: a database outage makes the application not ready, it does not call for a restart.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

  /** The check's name in {@code /health}. */
  public static final String NAME = "application";

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long usedMiB = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    return HealthCheckResponse.named(NAME)
        .up()
        .withData("heapUsedMiB", usedMiB)
        .withData("heapMaxMiB", runtime.maxMemory() >> 20)
        .build();
  }
}
