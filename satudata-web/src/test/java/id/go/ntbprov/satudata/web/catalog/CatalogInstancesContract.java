package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.persistence.CatalogBenchmarkSeed;
import id.go.ntbprov.satudata.web.persistence.JdbcCatalogChanges;
import id.go.ntbprov.satudata.web.persistence.SharedConnectionDataSource;
import id.go.ntbprov.satudata.web.persistence.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the catalogue over one database, as two servers sharing it: each step that
 * changes the public catalogue moves the change counter in its own transaction; the other instance
 * sees the change at its next poll. View counts flushed by one show in the other after its next
 * flush.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogInstancesContract {

  static final Instant T0 = Instant.parse("2026-05-01T01:00:00Z");
  static final String DEFINITION = CatalogBenchmarkSeed.definition();

  private TestDatabase db;
  private SharedConnectionDataSource txA;
  private SharedConnectionDataSource txB;
  private int seq;

  abstract TestDatabase createDatabase();

  @BeforeAll
  void start() {
    db = createDatabase().migrated();
  }

  @AfterAll
  void stop() {
    db.close();
  }

  /** Each instance's connection plays its transactions (a JTA data source inside one). */
  @BeforeEach
  void connect() throws SQLException {
    txA = new SharedConnectionDataSource(db.dataSource());
    txB = new SharedConnectionDataSource(db.dataSource());
  }

  @AfterEach
  void disconnect() throws SQLException {
    txA.rollback();
    txB.rollback();
    txA.closeReally();
    txB.closeReally();
  }

  static DomainEvent event(SopStep step, String submission, String state) {
    return new DomainEvent(T0, step, "submission", submission, state);
  }

  /** The rows a publication leaves for the catalogue: an agreed item, a PUBLISHED version. */
  void insertPublished(DataSource tx, String code, String title) throws SQLException {
    String item = "2026/" + code;
    String submission = item + "/2025/v1";
    Instant at = T0.plusSeconds(++seq * 60L);
    try (Connection c = tx.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into data_item (id, list_year, code, title, description, topic, producer,"
                  + " periodicity, disaggregation, priority, definition_json, status,"
                  + " agreed_in_meeting, agreed_at, proposed_at, version) values"
                  + " (?,2026,?,?,'Deskripsi','Pendidikan','DIKBUD','ANNUAL','REGENCY_CITY',"
                  + "false,?,'AGREED','M1',?,?,0)")) {
        ps.setString(1, item);
        ps.setString(2, code);
        ps.setString(3, title);
        ps.setString(4, DEFINITION);
        ps.setTimestamp(5, Timestamp.from(at));
        ps.setTimestamp(6, Timestamp.from(at));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into submission (id, item_id, item_year, data_period, version_no, agency,"
                  + " status, check_rows, check_errors, check_warnings, version) values"
                  + " (?,?,2026,'2025',1,'DIKBUD','PUBLISHED',3,0,0,0)")) {
        ps.setString(1, submission);
        ps.setString(2, item);
        ps.executeUpdate();
      }
      transition(c, submission, 0, at, "VALIDATED", "PUBLISHED", "");
    }
  }

  static void transition(
      Connection c, String submission, int idx, Instant at, String from, String to, String note)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into submission_transition (submission_id, idx, at_time, by_account,"
                + " from_status, to_status, note) values (?,?,?,'walidata',?,?,?)")) {
      ps.setString(1, submission);
      ps.setInt(2, idx);
      ps.setTimestamp(3, Timestamp.from(at));
      ps.setString(4, from);
      ps.setString(5, to);
      ps.setString(6, note);
      ps.executeUpdate();
    }
  }

  void withdraw(DataSource tx, String submission, String reason) throws SQLException {
    try (Connection c = tx.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "update submission set status = 'WITHDRAWN', withdrawal_reason = ? where id = ?")) {
        ps.setString(1, reason);
        ps.setString(2, submission);
        ps.executeUpdate();
      }
      transition(c, submission, 1, T0.plusSeconds(++seq * 60L), "PUBLISHED", "WITHDRAWN", reason);
    }
  }

  @Test
  void aPublicationOnOneInstanceShowsOnTheOtherAtItsNextPoll() throws SQLException {
    Catalog a = Catalog.on(txA);
    Catalog b = Catalog.on(txB);
    a.reload();
    b.reload();
    assertThat(b.poll()).isFalse();

    // the publish step on A: its rows and the change counter in one transaction
    insertPublished(txA, "IPM-001", "Indeks Pembangunan Manusia");
    DomainEvent published = event(SopStep.PUBLISH, "2026/IPM-001/2025/v1", "PUBLISHED");
    a.onStep(published);
    assertThat(b.poll()).as("not committed yet: nothing to see").isFalse();
    txA.commit();
    a.onCommitted(published); // after the commit, before the publish call answers
    assertThat(a.snapshot().find("2026-ipm-001")).isPresent();
    assertThat(b.snapshot().find("2026-ipm-001")).isEmpty();

    Snapshot beforePoll = b.snapshot();
    assertThat(b.poll()).isTrue();
    assertThat(b.snapshot().find("2026-ipm-001").orElseThrow().title())
        .isEqualTo("Indeks Pembangunan Manusia");
    assertThat(b.snapshot().etag()).isNotEqualTo(beforePoll.etag()).isEqualTo(a.snapshot().etag());
    assertThat(b.poll()).as("nothing new").isFalse();
    // the instance that made the change has it already: its poll keeps its snapshot
    Snapshot own = a.snapshot();
    assertThat(a.poll()).isFalse();
    assertThat(a.snapshot()).isSameAs(own);

    // a withdrawal on B shows on A
    withdraw(txB, "2026/IPM-001/2025/v1", "Salah hitung");
    DomainEvent withdrawn = event(SopStep.WITHDRAW, "2026/IPM-001/2025/v1", "WITHDRAWN");
    b.onStep(withdrawn);
    txB.commit();
    b.onCommitted(withdrawn);
    assertThat(b.snapshot().find("2026-ipm-001").orElseThrow().active()).isFalse();
    assertThat(a.snapshot().find("2026-ipm-001").orElseThrow().active()).isTrue();
    assertThat(a.poll()).isTrue();
    assertThat(a.snapshot().find("2026-ipm-001").orElseThrow().active()).isFalse();
    assertThat(a.snapshot().etag()).isEqualTo(b.snapshot().etag());
  }

  @Test
  void aStepRolledBackMovesNothing() throws SQLException {
    Catalog b = Catalog.on(txB);
    b.reload();
    long version = new JdbcCatalogChanges(db.dataSource()).version();
    Catalog a = Catalog.on(txA);
    insertPublished(txA, "RB-001", "Dibatalkan");
    a.onStep(event(SopStep.PUBLISH, "2026/RB-001/2025/v1", "PUBLISHED"));
    txA.rollback();
    assertThat(new JdbcCatalogChanges(db.dataSource()).version()).isEqualTo(version);
    assertThat(b.poll()).isFalse();
    assertThat(b.snapshot().find("2026-rb-001")).isEmpty();
  }

  @Test
  void otherStepsDoNotMoveTheCounterAndAnAgencyChangeReloadsEverything() throws SQLException {
    Catalog a = Catalog.on(txA);
    Catalog b = Catalog.on(txB);
    b.reload();
    long version = new JdbcCatalogChanges(db.dataSource()).version();
    a.onStep(event(SopStep.UPLOAD, "2026/X-001/2025/v1", "DRAFT"));
    a.onStep(event(SopStep.VALIDATE, "2026/X-001/2025/v1", "VALIDATED"));
    txA.commit();
    assertThat(new JdbcCatalogChanges(db.dataSource()).version()).isEqualTo(version);

    // an agency renamed: everything is read again (names are in every dataset)
    insertPublished(txA, "AG-001", "Data Agensi");
    a.onStep(new DomainEvent(T0, SopStep.ADMINISTER, "agency", "DIKBUD", "ACTIVE"));
    txA.commit();
    assertThat(new JdbcCatalogChanges(db.dataSource()).since(version))
        .containsOnlyKeys(JdbcCatalogChanges.EVERYTHING);
    assertThat(b.poll()).isTrue();
    assertThat(b.snapshot().find("2026-ag-001")).isPresent();
    assertThat(b.poll()).isFalse();
  }

  @Test
  void aSecondChangeWaitsForTheFirstToCommitSoNoneIsSkipped() throws Exception {
    JdbcCatalogChanges a = new JdbcCatalogChanges(txA);
    JdbcCatalogChanges b = new JdbcCatalogChanges(txB);
    long first = a.record("2026/W-001");
    CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> b.record("2026/W-002"));
    Thread.sleep(300);
    assertThat(second).as("waits for the counter's row").isNotDone();
    txA.commit();
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first + 1);
    txB.commit();
    assertThat(new JdbcCatalogChanges(db.dataSource()).since(first - 1))
        .containsEntry("2026/W-001", first)
        .containsEntry("2026/W-002", first + 1);
  }

  @Test
  void viewsFlushedByOneInstanceShowOnTheOtherAfterItsFlush() {
    DataSource ds = db.dataSource();
    Catalog a = Catalog.on(ds);
    Catalog b = Catalog.on(ds);
    a.loadViews();
    b.loadViews();
    long startA = a.views("2026-vw-001");
    a.viewed("2026-vw-001");
    a.viewed("2026-vw-001");
    b.viewed("2026-vw-002");
    assertThat(b.views("2026-vw-001")).isEqualTo(startA);
    a.syncViews(); // A's flush (every 30 s)
    assertThat(b.views("2026-vw-001")).as("not before B's own flush").isEqualTo(startA);
    b.syncViews();
    assertThat(b.views("2026-vw-001")).isEqualTo(startA + 2);
    assertThat(b.views("2026-vw-002")).isEqualTo(1);
    assertThat(a.views("2026-vw-002")).isZero();
    a.viewed("2026-vw-002");
    a.syncViews();
    assertThat(a.views("2026-vw-002")).isEqualTo(2);
    assertThat(a.views("2026-vw-001")).isEqualTo(startA + 2); // never counted twice
    b.syncViews();
    assertThat(b.views("2026-vw-002")).isEqualTo(2);
    assertThat(List.of(a.views("2026-vw-001"), b.views("2026-vw-001"))).containsOnly(startA + 2);
    assertThat(Map.of("a", a.views("2026-vw-002"), "b", b.views("2026-vw-002")))
        .containsOnly(Map.entry("a", 2L), Map.entry("b", 2L));
  }
}
