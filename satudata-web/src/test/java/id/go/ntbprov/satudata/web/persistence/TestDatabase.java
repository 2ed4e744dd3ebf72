package id.go.ntbprov.satudata.web.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class: an H2 file under {@code target/} (default mode or
 * {@code MODE=PostgreSQL}), or a new database in one embedded PostgreSQL server shared by the whole
 * JVM (started once, ~3 s). The JPA unit is the production unit {@code satudata} itself, switched
 * to resource-local transactions and this database's JDBC URL.
 */
public abstract class TestDatabase implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private EntityManagerFactory emf;

  /** A short label for messages: "H2", "PostgreSQL". */
  abstract String label();

  abstract String url();

  abstract String user();

  abstract String password();

  /** A data source for JDBC (the content store, Flyway). */
  public abstract DataSource dataSource();

  /** Runs the migrations; returns this. */
  public TestDatabase migrated() {
    DatabaseMigrations.migrate(dataSource());
    return this;
  }

  synchronized EntityManagerFactory emf() {
    if (emf == null) {
      emf = Persistence.createEntityManagerFactory("satudata", jpaProperties());
    }
    return emf;
  }

  /** Closes the EMF (and its connections); the database itself stays. */
  synchronized void closeEmf() {
    if (emf != null) {
      emf.close();
      emf = null;
    }
  }

  Map<String, Object> jpaProperties() {
    Map<String, Object> p = new HashMap<>();
    p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    p.put("jakarta.persistence.jtaDataSource", "");
    p.put("jakarta.persistence.jdbc.url", url());
    p.put("jakarta.persistence.jdbc.user", user());
    p.put("jakarta.persistence.jdbc.password", password());
    p.put("eclipselink.logging.level", System.getProperty("eclipselink.logging.level", "WARNING"));
    return p;
  }

  @Override
  public void close() {
    closeEmf();
  }

  /** Closes, then removes the database's files, if it has any of its own. */
  void closeAndDelete() {
    close();
  }

  static String uniqueName(String prefix) {
    return (prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet())
        .toLowerCase(Locale.ROOT);
  }

  /** An H2 file database in {@code target/h2/}, in H2's default mode. */
  public static TestDatabase h2(String name) {
    return new H2(Path.of("target", "h2", uniqueName(name)), "");
  }

  /** An H2 file database in {@code MODE=PostgreSQL}. */
  static TestDatabase h2PostgresMode(String name) {
    return new H2(Path.of("target", "h2", uniqueName(name)), ";MODE=PostgreSQL");
  }

  /** The same H2 file again (for reopening). */
  static TestDatabase h2At(Path file) {
    return new H2(file, "");
  }

  /** A new database in the JVM's embedded PostgreSQL. */
  public static TestDatabase postgres(String name) {
    return new Postgres(uniqueName(name));
  }

  static final class H2 extends TestDatabase {
    final Path file;
    private final String options;

    H2(Path file, String options) {
      this.file = file.toAbsolutePath();
      this.options = options;
      try {
        Files.createDirectories(this.file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    String label() {
      return options.isEmpty() ? "H2" : "H2" + options;
    }

    /**
     * Kept open until {@link #close()}: without it every JDBC call of the content store (whose data
     * source, unlike the EMF, has no pool) would open and close the whole database.
     */
    @Override
    String url() {
      return "jdbc:h2:file:" + file + options + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    void closeAndDelete() {
      close();
      for (String suffix : new String[] {".mv.db", ".trace.db"}) {
        try {
          Files.deleteIfExists(Path.of(file + suffix));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** Closes the EMF, then the database itself (a later open reads the file again). */
    @Override
    public void close() {
      super.close();
      try (Connection c = dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    String user() {
      return "sa";
    }

    @Override
    String password() {
      return "";
    }

    @Override
    public DataSource dataSource() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url());
      ds.setUser(user());
      ds.setPassword(password());
      return ds;
    }
  }

  static final class Postgres extends TestDatabase {
    private static EmbeddedPostgres server;
    private final String database;

    Postgres(String database) {
      this.database = database;
      try (Connection c = server().getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create database " + database);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Started at first use, stopped when the JVM ends. */
    static synchronized EmbeddedPostgres server() {
      if (server == null) {
        try {
          server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        EmbeddedPostgres started = server;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // The JVM is going away.
                      }
                    }));
      }
      return server;
    }

    @Override
    String label() {
      return "PostgreSQL";
    }

    @Override
    String url() {
      return server().getJdbcUrl("postgres", database) + "&reWriteBatchedInserts=true";
    }

    @Override
    String user() {
      return "postgres";
    }

    @Override
    String password() {
      return "postgres";
    }

    @Override
    public DataSource dataSource() {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url());
      ds.setUser(user());
      ds.setPassword(password());
      return ds;
    }
  }
}
