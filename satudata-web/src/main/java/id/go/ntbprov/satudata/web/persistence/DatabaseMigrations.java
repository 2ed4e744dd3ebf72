package id.go.ntbprov.satudata.web.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema of this version with Flyway, from the SQL migrations in {@code
 * db/migration} of this jar and the Java ones listed here (named to Flyway rather than found by a
 * class-path scan, which an application server's class loaders do not always allow). The same
 * migrations run on H2 2.2 and PostgreSQL 15+.
 */
public final class DatabaseMigrations {

  /** Where the migrations are, on the class path. */
  public static final String LOCATION = "classpath:db/migration";

  private DatabaseMigrations() {}

  /**
   * Migrates the database behind {@code dataSource}. Flyway loads the scripts with this class's
   * loader, which in the server is the application's (the container's thread context loader may not
   * see {@code WEB-INF/lib}).
   */
  public static MigrateResult migrate(DataSource dataSource) {
    return configure(dataSource).load().migrate();
  }

  /** The configuration {@link #migrate} uses, for callers that need more (baseline, schemas). */
  public static org.flywaydb.core.api.configuration.FluentConfiguration configure(
      DataSource dataSource) {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .javaMigrations(new V6__Submission_row_blocks());
  }
}
