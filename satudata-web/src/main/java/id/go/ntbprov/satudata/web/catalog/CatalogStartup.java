package id.go.ntbprov.satudata.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Loads the catalogue and the stored view counts while the application starts, after the schema is
 * migrated; stores the views counted since every 30 seconds and when the application stops.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class CatalogStartup {

  @Inject Catalog catalog;

  @PostConstruct
  void load() {
    catalog.reload();
    catalog.loadViews();
  }

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  void storeViews() {
    catalog.storeViews();
  }

  @PreDestroy
  void stop() {
    catalog.storeViews();
  }
}
