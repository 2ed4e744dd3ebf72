package id.go.ntbprov.satudata.web.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The deployment's settings, from environment variables or system properties (a system property
 * {@code satudata.home} wins over the variable {@code SATUDATA_HOME}, and so on).
 *
 * <ul>
 *   <li>{@code SATUDATA_HOME} — data directory (files, embedded database); default {@code
 *       ./satudata-data}
 *   <li>{@code SATUDATA_PROFILE_DIR} — a region profile folder; default NTB's shipped profile
 *   <li>{@code SATUDATA_DB_URL} — set for PostgreSQL; unset means the embedded H2 database
 *   <li>{@code SATUDATA_DEMO} — {@code true}/{@code false}: demo accounts; default true with the
 *       embedded database, false otherwise
 * </ul>
 */
public final class Settings {

  private Settings() {}

  /** The value of a setting, by system property ({@code satudata.x.y}) or environment variable. */
  public static Optional<String> get(String envName) {
    String property = envName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(envName);
    }
    return Optional.ofNullable(v).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The data directory. */
  public static Path home() {
    return Path.of(get("SATUDATA_HOME").orElse("satudata-data")).toAbsolutePath();
  }

  /** True when the embedded database is in use. */
  public static boolean embeddedDatabase() {
    return get("SATUDATA_DB_URL").filter(u -> u.startsWith("jdbc:postgresql:")).isEmpty();
  }

  /** True when demo accounts are created. */
  public static boolean demo() {
    return get("SATUDATA_DEMO").map(Boolean::parseBoolean).orElse(embeddedDatabase());
  }
}
