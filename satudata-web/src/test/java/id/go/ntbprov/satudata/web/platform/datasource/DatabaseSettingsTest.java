package id.go.ntbprov.satudata.web.platform.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseSettingsTest {

  private static UnaryOperator<String> from(Map<String, String> values) {
    return values::get;
  }

  @Test
  void defaultsToAnH2FileUnderTheWorkingDirectory() {
    DatabaseSettings settings = DatabaseSettings.resolve(from(Map.of()), from(Map.of()));

    Path expected = Path.of("satudata-data", "db", "satudata").toAbsolutePath().normalize();
    assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + expected);
    assertThat(settings.user()).contains("sa");
    assertThat(settings.password()).isEmpty();
    assertThat(settings.isPostgresql()).isFalse();
  }

  @Test
  void theH2FileFollowsSatudataHome(@TempDir Path home) {
    DatabaseSettings settings =
        DatabaseSettings.resolve(from(Map.of()), from(Map.of("SATUDATA_HOME", home.toString())));

    assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + home.resolve("db/satudata"));
  }

  @Test
  void environmentVariablesSelectPostgresql() {
    DatabaseSettings settings =
        DatabaseSettings.resolve(
            from(Map.of()),
            from(
                Map.of(
                    "SATUDATA_DB_URL", "jdbc:postgresql://db:5432/satudata",
                    "SATUDATA_DB_USER", "satudata",
                    "SATUDATA_DB_PASSWORD", "rahasia")));

    assertThat(settings)
        .isEqualTo(
            new DatabaseSettings(
                "jdbc:postgresql://db:5432/satudata",
                Optional.of("satudata"),
                Optional.of("rahasia")));
    assertThat(settings.isPostgresql()).isTrue();
    assertThat(settings.toString()).doesNotContain("rahasia");
  }

  @Test
  void systemPropertiesWinOverTheEnvironmentAndBlankMeansUnset() {
    DatabaseSettings settings =
        DatabaseSettings.resolve(
            from(Map.of("satudata.db.url", "jdbc:postgresql://a/b", "satudata.db.user", " ")),
            from(Map.of("SATUDATA_DB_URL", "jdbc:postgresql://c/d", "SATUDATA_DB_USER", "env")));

    assertThat(settings.url()).isEqualTo("jdbc:postgresql://a/b");
    assertThat(settings.user()).contains("env");
  }

  @Test
  void environmentNamesFollowMicroProfileConfig() {
    assertThat(DatabaseSettings.environmentName(DatabaseSettings.URL)).isEqualTo("SATUDATA_DB_URL");
    assertThat(DatabaseSettings.environmentName(DatabaseSettings.HOME)).isEqualTo("SATUDATA_HOME");
  }

  @Test
  void theDataSourceDelegatesByUrl(@TempDir Path home) throws Exception {
    SatuDataDataSource pg =
        new SatuDataDataSource(
            new DatabaseSettings(
                "jdbc:postgresql://localhost/x", Optional.empty(), Optional.empty()));
    assertThat(pg.delegate()).isInstanceOf(PGSimpleDataSource.class);

    SatuDataDataSource h2 =
        new SatuDataDataSource(
            DatabaseSettings.resolve(
                from(Map.of("satudata.home", home.toString())), from(Map.of())));
    assertThat(h2.delegate()).isInstanceOf(JdbcDataSource.class);
    assertThat(h2.isWrapperFor(JdbcDataSource.class)).isTrue();
    try (Connection c = h2.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
    }
    assertThat(home.resolve("db/satudata.mv.db")).exists();
  }
}
