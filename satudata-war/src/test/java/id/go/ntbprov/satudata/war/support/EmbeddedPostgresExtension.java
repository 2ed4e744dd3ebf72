package id.go.ntbprov.satudata.war.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL (zonky's embedded binaries) once per test JVM, before Arquillian starts
 * Payara Micro, and publishes where it is as system properties that {@code arquillian.xml} passes
 * to the Micro JVM ({@code -Dsatudata.db.url=${satudata.it.db.url}} and so on). Register it before
 * the Arquillian extension.
 *
 * <p>The database is not left empty: a table that is not Flyway's is created first, as when the
 * batch runtime created its tables before the application ever migrated. The application must still
 * apply every migration from the first.
 */
public final class EmbeddedPostgresExtension implements BeforeAllCallback {

  /** A table that exists before the application first starts. */
  public static final String PREEXISTING_TABLE = "preexisting_table";

  private static final String USER = "postgres";
  private static final String PASSWORD = "postgres";

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Server.class, k -> start(), Server.class);
  }

  private static Server start() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      System.setProperty("satudata.it.db.url", url);
      System.setProperty("satudata.it.db.user", USER);
      System.setProperty("satudata.it.db.password", PASSWORD);
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE " + PREEXISTING_TABLE + " (id INT PRIMARY KEY)");
      }
      return new Server(pg);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("embedded PostgreSQL did not start", e);
    }
  }

  /** Opens a connection to the running database, as the application's user. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("satudata.it.db.url"),
        System.getProperty("satudata.it.db.user"),
        System.getProperty("satudata.it.db.password"));
  }

  private record Server(EmbeddedPostgres pg) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      pg.close();
    }
  }
}
