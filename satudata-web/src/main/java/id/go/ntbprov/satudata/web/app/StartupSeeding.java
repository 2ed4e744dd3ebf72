package id.go.ntbprov.satudata.web.app;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import id.go.ntbprov.satudata.web.security.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Seeds the database at startup, once the schema is migrated: the region profile, the first
 * administrator when {@code SATUDATA_ADMIN_PASSWORD} is set, and the demo accounts in demo mode.
 * One container transaction; idempotent, so every start may run it.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class StartupSeeding {

  @Inject SatuData app;
  @Inject RegionProfile profile;
  @Inject JpaCredentialStore credentials;
  @Inject Passwords passwords;

  @PostConstruct
  void seed() {
    new Seeder(app, credentials, passwords)
        .seed(profile, Settings.demo(), Settings.get("SATUDATA_ADMIN_PASSWORD"));
  }
}
