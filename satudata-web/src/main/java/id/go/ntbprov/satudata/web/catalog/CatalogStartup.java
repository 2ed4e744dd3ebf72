package id.go.ntbprov.satudata.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Loads the catalogue while the application starts, after the schema is migrated. */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class CatalogStartup {

  @Inject Catalog catalog;

  @PostConstruct
  void load() {
    catalog.reload();
  }
}
