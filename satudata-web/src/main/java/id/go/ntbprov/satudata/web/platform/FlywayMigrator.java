package id.go.ntbprov.satudata.web.platform;

import id.go.ntbprov.satudata.web.persistence.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before anything else touches
 * it: beans that need the schema at startup declare {@code @DependsOn("FlywayMigrator")}. If a
 * migration fails the application does not deploy.
 *
 * <p>The schema is shared with the batch runtime, which creates its own {@code JBATCH...} tables in
 * the same database when it is first used. Flyway refuses to migrate a schema that holds tables but
 * no history of its own; so that a database where the batch runtime came first still migrates from
 * the first script, Flyway may baseline such a schema at version {@code 0}: the baseline skips
 * nothing, every migration (V0_1, V1, ...) is above it and runs.
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FlywayMigrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

  @Resource(lookup = Platform.DATA_SOURCE)
  private DataSource dataSource;

  private volatile MigrateResult result;
  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        DatabaseMigrations.configure(dataSource)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .baselineDescription("before the first migration")
            .load();
    result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    schemaVersion = current == null ? null : current.getVersion().getVersion();
    LOG.info(
        () ->
            "Schema at version "
                + schemaVersion().orElse("(none)")
                + ": "
                + result.migrationsExecuted
                + " migration(s) applied at this start");
  }

  /** The schema's version after this start's migration, if any migration was ever applied. */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  /** How many migrations this start applied (0 when the schema was already up to date). */
  public int migrationsExecuted() {
    MigrateResult r = result;
    return r == null ? 0 : r.migrationsExecuted;
  }

  /** Whether the migration has completed. */
  public boolean migrated() {
    return result != null && result.success;
  }
}
