package id.go.ntbprov.satudata.web.platform.health;

import id.go.ntbprov.satudata.web.platform.FlywayMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when this start's schema migration has completed. */
@Readiness
@ApplicationScoped
public class SchemaHealthCheck implements HealthCheck {

  /** The check's name in {@code /health}. */
  public static final String NAME = "schema";

  @Inject FlywayMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME)
            .status(migrator.migrated())
            .withData("migrationsAppliedAtStart", migrator.migrationsExecuted());
    migrator.schemaVersion().ifPresent(v -> response.withData("version", v));
    return response.build();
  }
}
