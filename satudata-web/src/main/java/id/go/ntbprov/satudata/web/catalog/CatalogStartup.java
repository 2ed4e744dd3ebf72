package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.web.app.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the catalogue and the stored view counts while the application starts, after the schema is
 * migrated; every {@code SATUDATA_CATALOG_POLL_SECONDS} (default 5, 0 = never) applies the
 * catalogue changes made by other instances sharing the database ({@link Catalog#poll()}); every 30
 * seconds stores the views counted since and reads every instance's totals again; stores the views
 * when the application stops. The catalogue synchronises its own writers: the callbacks may
 * overlap.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogStartup {

  private static final Logger LOG = Logger.getLogger(CatalogStartup.class.getName());

  /** The setting: seconds between two reads of the catalogue's change counter. */
  public static final String POLL_SETTING = "SATUDATA_CATALOG_POLL_SECONDS";

  /** Seconds between two polls when the setting is not given. */
  static final int DEFAULT_POLL_SECONDS = 5;

  @Inject Catalog catalog;

  @Resource TimerService timers;

  @PostConstruct
  void load() {
    int seconds = pollSeconds(Settings.get(POLL_SETTING).orElse(null));
    catalog.reload();
    catalog.loadViews();
    if (seconds > 0) {
      long ms = seconds * 1000L;
      timers.createIntervalTimer(ms, ms, new TimerConfig("catalog-poll", false));
    }
    LOG.info(
        () ->
            seconds > 0
                ? "catalogue: changes of other instances applied every " + seconds + " s"
                : "catalogue: changes of other instances not polled (" + POLL_SETTING + "=0)");
  }

  /**
   * The poll interval in seconds: the setting's value, a whole number from 0 (never) to 3600, or
   * {@link #DEFAULT_POLL_SECONDS} when not given.
   *
   * @throws IllegalArgumentException naming the setting when its value is not such a number
   */
  static int pollSeconds(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_POLL_SECONDS;
    }
    try {
      int s = Integer.parseInt(value.strip());
      if (s >= 0 && s <= 3600) {
        return s;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        POLL_SETTING
            + " must be a whole number of seconds from 0 (no polling) to 3600, not \""
            + value
            + "\"");
  }

  @Timeout
  void poll() {
    try {
      catalog.poll();
    } catch (RuntimeException e) {
      // the database may be briefly away: the next poll tries again
      LOG.log(Level.WARNING, "catalogue changes of other instances not read; trying again", e);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void storeViews() {
    catalog.syncViews();
  }

  @PreDestroy
  void stop() {
    catalog.storeViews();
  }
}
