package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.EmbeddedPostgresExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application on managed Payara Micro against a real PostgreSQL: the same WAR and post-boot
 * commands, the database chosen only by {@code -Dsatudata.db.url/user/password} on the Micro JVM
 * ({@code arquillian.xml}, qualifier {@code micro-postgresql}).
 */
@ExtendWith(BootLog.class)
@ExtendWith(EmbeddedPostgresExtension.class)
@ExtendWith(ArquillianExtension.class)
class PostgresqlPlatformIT extends PlatformChecks {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return builtWar();
  }

  @Override
  String expectedDatabaseProduct() {
    return "PostgreSQL";
  }

  @Override
  boolean rowsByCopy() {
    return true;
  }

  @Test
  void flywayMigratedFromTheFirstScriptAlthoughTheSchemaWasNotEmpty() throws SQLException {
    try (Connection c = EmbeddedPostgresExtension.connect()) {
      assertThat(
              rows(
                  c,
                  "SELECT version || ':' || type || ':' || success FROM flyway_schema_history"
                      + " ORDER BY installed_rank"))
          .containsExactly(
              "0:BASELINE:true",
              "0.1:SQL:true",
              "1:SQL:true",
              "2:SQL:true",
              "3:SQL:true",
              "4:SQL:true",
              "5:SQL:true",
              "6:JDBC:true",
              "7:SQL:true");
      assertThat(tables(c)).contains("platform_probe", EmbeddedPostgresExtension.PREEXISTING_TABLE);
    }
  }

  @Test
  void theBatchJobRepositoryIsInTheApplicationDatabase() throws SQLException {
    health(); // the batch runtime creates its tables on first use

    try (Connection c = EmbeddedPostgresExtension.connect()) {
      assertThat(tables(c))
          .contains(
              "jbatchjobinstancedata",
              "jbatchexecutioninstancedata",
              "jbatchstepexecutioninstancedata",
              "jbatchcheckpointdata");
    }
  }

  /**
   * After the catalogue checks (their publications and withdrawal through the API): each moved the
   * change counter other instances poll, in its own transaction, and recorded its item.
   */
  @Test
  @Order(200)
  void publicationsAndWithdrawalsMovedTheCatalogueChangeCounter() throws SQLException {
    try (Connection c = EmbeddedPostgresExtension.connect()) {
      assertThat(rows(c, "SELECT item FROM catalog_change_item"))
          .contains("2026/CAT-001", "2026/CAT-003");
      long version = Long.parseLong(rows(c, "SELECT version FROM catalog_change").get(0));
      assertThat(version)
          .isGreaterThanOrEqualTo(
              Long.parseLong(rows(c, "SELECT max(version) FROM catalog_change_item").get(0)))
          .isGreaterThanOrEqualTo(3);
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    return rows(
        c, "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'public'");
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
