package id.go.ntbprov.satudata.web.app;

import id.go.ntbprov.satudata.core.Ports;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.web.files.DiskFileStore;
import id.go.ntbprov.satudata.web.persistence.JdbcContentStore;
import id.go.ntbprov.satudata.web.persistence.JpaAccountRepository;
import id.go.ntbprov.satudata.web.persistence.JpaAgencyRepository;
import id.go.ntbprov.satudata.web.persistence.JpaAuditTrail;
import id.go.ntbprov.satudata.web.persistence.JpaCodeListRepository;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import id.go.ntbprov.satudata.web.persistence.JpaDataItemRepository;
import id.go.ntbprov.satudata.web.persistence.JpaEvaluationReportRepository;
import id.go.ntbprov.satudata.web.persistence.JpaForumMeetingRepository;
import id.go.ntbprov.satudata.web.persistence.JpaLetterRepository;
import id.go.ntbprov.satudata.web.persistence.JpaSubmissionRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Wires the core over the server's adapters: JPA repositories on the container-managed entity
 * manager (a transaction-scoped proxy, safe to share), rows and findings through plain JDBC, files
 * on disk under {@code SATUDATA_HOME/files}. Every JAX-RS call that runs a use case does so in one
 * JTA transaction.
 */
@ApplicationScoped
public class SatuDataProducer {

  @PersistenceContext(unitName = "satudata")
  EntityManager em;

  @Resource(lookup = "jdbc/satudata")
  DataSource dataSource;

  @Inject Event<DomainEvent> events;

  private volatile SatuData satuData;
  private volatile RegionProfile profile;

  /** The region profile in force: {@code SATUDATA_PROFILE_DIR}, else NTB's. */
  @Produces
  public RegionProfile profile() {
    RegionProfile p = profile;
    if (p == null) {
      p =
          Settings.get("SATUDATA_PROFILE_DIR")
              .map(dir -> RegionProfiles.fromDirectory(java.nio.file.Path.of(dir)))
              .orElseGet(RegionProfiles::ntb);
      profile = p;
    }
    return p;
  }

  /** The SOP, wired once per application. */
  @Produces
  public SatuData satuData() {
    SatuData s = satuData;
    if (s == null) {
      synchronized (this) {
        if (satuData == null) {
          satuData = build();
        }
        s = satuData;
      }
    }
    return s;
  }

  /** Passwords, lockout and API tokens. */
  @Produces
  public JpaCredentialStore credentials() {
    return new JpaCredentialStore(em);
  }

  private SatuData build() {
    RegionProfile p = profile();
    Ports ports =
        new Ports(
            new JpaAgencyRepository(em),
            new JpaAccountRepository(em),
            new JpaCodeListRepository(em),
            new JpaDataItemRepository(em),
            new JpaForumMeetingRepository(em),
            new JpaSubmissionRepository(em),
            new JdbcContentStore(dataSource),
            new JpaLetterRepository(em),
            new JpaEvaluationReportRepository(em),
            new DiskFileStore(Settings.home().resolve("files")),
            new JpaAuditTrail(em),
            new CdiEventSink(events),
            Clock.systemUTC());
    return new SatuData(ports, p.steps(), p.timeStandards(), p.zone());
  }
}
