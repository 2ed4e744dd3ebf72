package id.go.ntbprov.satudata.web.platform.datasource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the database is, read from the environment of the server process.
 *
 * <p>Each setting is looked up first as a system property (the MicroProfile Config key, e.g. {@code
 * -Dsatudata.db.url=...}), then as an environment variable ({@code SATUDATA_DB_URL}); the order is
 * MicroProfile Config's, where system properties win over the environment. A blank value counts as
 * unset. Without a URL the database is an H2 file under {@code
 * ${SATUDATA_HOME:-./satudata-data}/db}.
 *
 * @param url the JDBC URL ({@code jdbc:postgresql:...} or {@code jdbc:h2:...})
 * @param user the database user, if any
 * @param password the password, if any
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password) {

  /** Key of the JDBC URL; environment variable {@code SATUDATA_DB_URL}. */
  public static final String URL = "satudata.db.url";

  /** Key of the database user; environment variable {@code SATUDATA_DB_USER}. */
  public static final String USER = "satudata.db.user";

  /** Key of the password; environment variable {@code SATUDATA_DB_PASSWORD}. */
  public static final String PASSWORD = "satudata.db.password";

  /** Key of the data folder; environment variable {@code SATUDATA_HOME}. */
  public static final String HOME = "satudata.home";

  /** The data folder when {@link #HOME} is not set, relative to the working directory. */
  public static final String DEFAULT_HOME = "./satudata-data";

  /** Reads the settings from this process's system properties and environment. */
  public static DatabaseSettings fromEnvironment() {
    return resolve(System::getProperty, System::getenv);
  }

  /**
   * Resolves the settings from the given sources.
   *
   * @param systemProperties looks up a system property by its key
   * @param environment looks up an environment variable by its name
   */
  public static DatabaseSettings resolve(
      UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
    UnaryOperator<String> lookup =
        key -> {
          String value = blankToNull(systemProperties.apply(key));
          return value != null ? value : blankToNull(environment.apply(environmentName(key)));
        };
    String url = lookup.apply(URL);
    Optional<String> user = Optional.ofNullable(lookup.apply(USER));
    Optional<String> password = Optional.ofNullable(lookup.apply(PASSWORD));
    if (url != null) {
      return new DatabaseSettings(url, user, password);
    }
    String home = lookup.apply(HOME);
    Path file = Path.of(home != null ? home : DEFAULT_HOME, "db", "satudata");
    return new DatabaseSettings(
        "jdbc:h2:file:" + file.toAbsolutePath().normalize(),
        Optional.of(user.orElse("sa")),
        password);
  }

  /** The environment variable for a key: {@code satudata.db.url} is {@code SATUDATA_DB_URL}. */
  public static String environmentName(String key) {
    return key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  /** Whether the URL names a PostgreSQL database. */
  public boolean isPostgresql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The settings as they may be logged: the password is never shown. */
  @Override
  public String toString() {
    return "url=" + url + ", user=" + user.orElse("(none)");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
