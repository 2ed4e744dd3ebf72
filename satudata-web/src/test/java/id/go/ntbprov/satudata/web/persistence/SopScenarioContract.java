package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.Ports;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.event.InMemoryEventSink;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.files.DiskFileStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The core's own use cases over the persistence adapters: {@link SopWalk} with JPA repositories,
 * the JDBC content store, the disk file store and the JPA audit trail, each use case call in one
 * transaction. The quarter's evaluation must come out exactly as with the in-memory adapters.
 */
abstract class SopScenarioContract extends DatabaseTestBase {

  @Test
  void theWalkGivesTheSameEvaluationAsInMemory() throws Exception {
    RegionProfile ntb = RegionProfiles.ntb();

    TestClock memoryClock = new TestClock(ntb.zone());
    SatuData memory = SatuData.inMemory(ntb, memoryClock);
    SopWalk.Outcome expected = new SopWalk(ntb, memory, memoryClock, new Direct()).walk();

    TestClock clock = new TestClock(ntb.zone());
    EntityManager em = emf().createEntityManager();
    try {
      Transactional steps = new Transactional(em);
      Path files = Path.of("target", "files", TestDatabase.uniqueName("walk"));
      Ports ports =
          new Ports(
              new JpaAgencyRepository(em),
              new JpaAccountRepository(em),
              new JpaCodeListRepository(em),
              new JpaDataItemRepository(em),
              new JpaForumMeetingRepository(em),
              new JpaSubmissionRepository(em),
              new JdbcContentStore(db.dataSource()),
              new JpaLetterRepository(em),
              new JpaEvaluationReportRepository(em),
              new DiskFileStore(files),
              new JpaAuditTrail(em),
              new InMemoryEventSink(),
              clock);
      SatuData app = steps.step(() -> SatuData.forRegion(ntb, ports));
      SopWalk.Outcome actual = new SopWalk(ntb, app, clock, steps).walk();

      Evaluation e = actual.quarterReport().evaluation();
      assertThat(e).isEqualTo(expected.quarterReport().evaluation());
      Figures all = e.region();
      assertThat(all.itemsAgreed()).isEqualTo(3);
      assertThat(all.versionsUploaded()).isEqualTo(3);
      assertThat(all.returned()).isEqualTo(1);
      assertThat(all.published()).isEqualTo(2);
      assertThat(all.coverage()).isEqualByComparingTo(new BigDecimal("0.6667"));
      assertThat(all.medianValidationToPublication()).contains(Duration.ofSeconds(210));
      assertThat(all.timeStandardBreaches())
          .isEqualTo(1); // health published 5 min after validation
      assertThat(e.forumMeetings()).isEqualTo(1);
      assertThat(e.reportsDelivered()).isEqualTo(1);

      assertThat(actual.firstFindings())
          .anySatisfy(
              f -> {
                assertThat(f.rule()).isEqualTo(CheckRule.CODE_NOT_IN_LIST);
                assertThat(f.row()).isEqualTo(2);
                assertThat(f.value()).isEqualTo("9999");
              });
      assertThat(actual.firstFindings()).isEqualTo(expected.firstFindings());
      assertThat(actual.published().status()).isEqualTo(SubmissionStatus.PUBLISHED);

      // Read back from the database in a new transaction: what the walk stored.
      steps.step(
          () -> {
            assertThat(ports.reports().find(actual.deliveredReport().id()))
                .contains(actual.deliveredReport());
            assertThat(ports.submissions().find(actual.published().id()))
                .contains(actual.published());
            assertThat(ports.content().rowCount(actual.published().id())).isEqualTo(10);
            List<AuditEntry> trail =
                ports.audit().forObject("submission", actual.published().id().toString());
            assertThat(trail)
                .extracting(AuditEntry::step)
                .containsExactly(
                    SopStep.UPLOAD,
                    SopStep.SUBMIT_FOR_CHECK,
                    SopStep.CHECK_CONFORMITY,
                    SopStep.VALIDATE,
                    SopStep.PUBLISH);
            assertThat(trail.get(4).account()).isEqualTo(actual.publisher());
            return null;
          });
      String scanId = actual.deliveredReport().document().orElseThrow().id();
      try (InputStream in = ports.files().open(scanId).orElseThrow()) {
        assertThat(new String(in.readAllBytes())).isEqualTo("%PDF-1.4 laporan-2026-Q1.pdf");
      }
    } finally {
      em.close();
    }
  }

  /** In memory: no transactions. */
  static final class Direct implements SopWalk.Steps {
    @Override
    public <T> T step(Supplier<T> call) {
      return call.get();
    }
  }

  /**
   * One resource-local transaction per use case call on one application-managed entity manager,
   * cleared after each so the next call reads the database, as a request would.
   */
  static final class Transactional implements SopWalk.Steps {
    private final EntityManager em;

    Transactional(EntityManager em) {
      this.em = em;
    }

    @Override
    public <T> T step(Supplier<T> call) {
      EntityTransaction tx = em.getTransaction();
      if (tx.isActive()) {
        return call.get(); // a look-up inside a use case call: same transaction
      }
      tx.begin();
      try {
        T result = call.get();
        tx.commit();
        return result;
      } finally {
        if (tx.isActive()) {
          tx.rollback();
        }
        em.clear();
      }
    }
  }
}
