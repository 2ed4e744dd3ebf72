package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.ContentStore.ContentWriter;
import id.go.ntbprov.satudata.core.submission.ContentStore.RowCursor;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcContentStore}: bulk write and read back, pages, cursor, abort, visibility, special
 * strings, and both transaction modes (its own local transaction, or the caller's as under JTA).
 */
abstract class ContentStoreContract extends DatabaseTestBase {

  private static final AtomicInteger IDS = new AtomicInteger();
  private static final List<String> HEADER = List.of("kode_wilayah", "tahun", "jumlah", "catatan");

  static SubmissionId newId() {
    return new SubmissionId(
        new DataItemId(2041, "C-" + IDS.incrementAndGet()), Period.year(2040), 1);
  }

  ContentStore store() {
    return new JdbcContentStore(db.dataSource());
  }

  static String[] row(int i) {
    return new String[] {
      "52." + (i % 100), "2040", Integer.toString(i * 7), i % 3 == 0 ? "" : "r" + i
    };
  }

  static Finding finding(int i) {
    return Finding.of(CheckRule.TYPE_INTEGER, i + 1L, 3, "jumlah", "x" + i, "1.234");
  }

  @Test
  void tenThousandRowsAndFindingsWrittenPagedAndStreamed() {
    SubmissionId id = newId();
    ContentStore store = store();
    long start = System.nanoTime();
    try (ContentWriter w = store.open(id, HEADER)) {
      w.finding(Finding.of(CheckRule.METADATA_RECOMMENDED, 0, 0, "", "", "deskripsi"));
      for (int i = 1; i <= 10_000; i++) {
        w.row(row(i));
        if (i % 4 == 0) {
          w.finding(finding(i));
        }
      }
      w.commit();
    }
    long written = System.nanoTime();
    assertThat(store.header(id)).isEqualTo(HEADER);
    assertThat(store.rowCount(id)).isEqualTo(10_000);
    assertThat(store.findingCount(id)).isEqualTo(2_501);

    assertThat(store.rows(id, 0, 3)).containsExactly(row(1), row(2), row(3));
    assertThat(store.rows(id, 9_998, 100)).containsExactly(row(9_999), row(10_000));
    assertThat(store.rows(id, 10_000, 100)).isEmpty();
    assertThat(store.rows(id, 5, 0)).isEmpty();

    assertThat(store.findings(id, 0, 2))
        .containsExactly(
            Finding.of(CheckRule.METADATA_RECOMMENDED, 0, 0, "", "", "deskripsi"), finding(4));
    assertThat(store.findings(id, 2_500, 10)).containsExactly(finding(10_000));

    int n = 0;
    try (RowCursor cursor = store.cursor(id)) {
      while (cursor.hasNext()) {
        String[] r = cursor.next();
        n++;
        if (n % 1_000 == 1) {
          assertThat(r).isEqualTo(row(n));
        }
      }
      assertThatThrownBy(cursor::next).isInstanceOf(NoSuchElementException.class);
    }
    assertThat(n).isEqualTo(10_000);
    System.out.printf(
        "%s: 10,000 rows + 2,501 findings written in %d ms, streamed back in %d ms%n",
        db.label(), (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
  }

  @Test
  void unknownVersionIsEmpty() {
    SubmissionId id = newId();
    ContentStore store = store();
    assertThat(store.header(id)).isEmpty();
    assertThat(store.rowCount(id)).isZero();
    assertThat(store.findingCount(id)).isZero();
    assertThat(store.rows(id, 0, 10)).isEmpty();
    assertThat(store.findings(id, 0, 10)).isEmpty();
    try (RowCursor c = store.cursor(id)) {
      assertThat(c.hasNext()).isFalse();
    }
  }

  @Test
  void specialStringsRoundTrip() {
    String long100k = "panjang ".repeat(12_500);
    List<String[]> rows =
        List.of(
            new String[] {null, "", " ", "null"},
            new String[] {"a,b", "\"kutip\"", "'satu'", "baris\nbaru\r\ndua\ttab"},
            new String[] {"ünïcödé — Bahasa", "🙂😀 emoji", "中文", "\u00a0nbsp"},
            new String[] {"\u0000nul", "\u001Fsep\u001F", "\u001Besc\u001Bn", "\u001Bz"},
            new String[] {"\u001Erow sep\u001E", "\u001E", "x\u001Br", "\u001E\u001F"},
            new String[] {"\uD800 lone high", "lone low \uDC00", "\\back\\slash", "%_like"},
            new String[] {},
            new String[] {""},
            new String[] {null},
            new String[] {"5201", "12,5", "plain ASCII ~!@#$%^&*()", "then \u00e9"},
            new String[] {"5201", "plain", "then a back\\slash", "x"},
            new String[] {long100k, "", null, ""});
    SubmissionId id = newId();
    ContentStore store = store();
    List<String> header = List.of("kolom, \"satu\"", "", "dua\nbaris", "\u001F");
    try (ContentWriter w = store.open(id, header)) {
      rows.forEach(w::row);
      w.finding(
          Finding.of(CheckRule.DUPLICATE_KEY, 7, 1, "kode,\n\"x\"", "\u0000", "a\u001Fb", ""));
      w.finding(Finding.of(CheckRule.EMPTY_TABLE, 0, 0, null, null));
      w.commit();
    }
    assertThat(store.header(id)).isEqualTo(header);
    assertThat(store.rows(id, 0, 100)).containsExactlyElementsOf(rows);
    List<String[]> streamed = new ArrayList<>();
    try (RowCursor c = store.cursor(id)) {
      c.forEachRemaining(streamed::add);
    }
    assertThat(streamed).containsExactlyElementsOf(rows);
    assertThat(store.findings(id, 0, 10))
        .containsExactly(
            Finding.of(CheckRule.DUPLICATE_KEY, 7, 1, "kode,\n\"x\"", "\u0000", "a\u001Fb", ""),
            Finding.of(CheckRule.EMPTY_TABLE, 0, 0, "", ""));
  }

  @Test
  void abortAndUnclosedWritersLeaveNothing() throws SQLException {
    SubmissionId aborted = newId();
    SubmissionId unclosed = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(aborted, HEADER)) {
      for (int i = 1; i <= 2_500; i++) {
        w.row(row(i));
        w.finding(finding(i));
      }
      w.abort();
      assertThatThrownBy(() -> w.row(row(1))).isInstanceOf(IllegalStateException.class);
    }
    try (ContentWriter w = store.open(unclosed, HEADER)) {
      w.row(row(1));
      // closed without commit, as when the upload's reader throws
    }
    for (SubmissionId id : List.of(aborted, unclosed)) {
      assertThat(store.header(id)).isEmpty();
      assertThat(store.rowCount(id)).isZero();
      assertThat(store.findingCount(id)).isZero();
    }
    assertThat(
            count(
                "select count(*) from submission_content where submission_id in (?, ?)",
                aborted.toString(),
                unclosed.toString()))
        .isZero();
  }

  @Test
  void nothingIsVisibleBeforeCommit() {
    SubmissionId id = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(id, HEADER)) {
      for (int i = 1; i <= 1_500; i++) {
        w.row(row(i)); // one batch already sent
      }
      assertThat(store.header(id)).isEmpty();
      assertThat(store.rows(id, 0, 10)).isEmpty();
      w.commit();
    }
    assertThat(store.rowCount(id)).isEqualTo(1_500);
  }

  @Test
  void writingAVersionAgainIsRefusedAndKeepsTheFirst() {
    SubmissionId id = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(id, HEADER)) {
      w.row(row(1));
      w.row(row(2));
      w.finding(finding(1));
      w.commit();
    }
    assertThatThrownBy(() -> store.open(id, List.of("a")))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.DUPLICATE_IDENTIFIER));
    assertThat(store.header(id)).isEqualTo(HEADER);
    assertThat(store.rowCount(id)).isEqualTo(2);
    assertThat(store.findingCount(id)).isEqualTo(1);
  }

  @Test
  void cursorClosedEarlyAndManyTimes() {
    SubmissionId id = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(id, HEADER)) {
      for (int i = 1; i <= 3_000; i++) {
        w.row(row(i));
      }
      w.commit();
    }
    // More cursors than PostgreSQL's 100 connections: each gives its connection back.
    for (int k = 0; k < 120; k++) {
      try (RowCursor c = store.cursor(id)) {
        assertThat(c.next()).isEqualTo(row(1));
      }
    }
  }

  /** Under JTA the writer joins the caller's transaction: commit only flushes, abort deletes. */
  @Test
  void insideTheCallersTransaction() throws SQLException {
    SharedConnectionDataSource tx = new SharedConnectionDataSource(db.dataSource());
    ContentStore inTx = new JdbcContentStore(tx);
    ContentStore outside = store();
    SubmissionId kept = newId();
    SubmissionId aborted = newId();
    SubmissionId rolledBack = newId();
    try {
      try (ContentWriter w = inTx.open(kept, HEADER)) {
        for (int i = 1; i <= 1_200; i++) {
          w.row(row(i));
        }
        w.finding(finding(1));
        w.commit();
      }
      try (ContentWriter w = inTx.open(aborted, HEADER)) {
        w.row(row(1));
        w.abort();
      }
      // Inside the transaction: visible (reads go through the same connection); outside: not yet.
      assertThat(inTx.rowCount(kept)).isEqualTo(1_200);
      assertThat(inTx.header(aborted)).isEmpty();
      try (RowCursor c = inTx.cursor(kept)) {
        assertThat(c.next()).isEqualTo(row(1));
      }
      assertThat(outside.rowCount(kept)).isZero();
      tx.commit();
      assertThat(outside.rowCount(kept)).isEqualTo(1_200);
      assertThat(outside.findingCount(kept)).isEqualTo(1);
      assertThat(outside.header(aborted)).isEmpty();

      try (ContentWriter w = inTx.open(rolledBack, HEADER)) {
        w.row(row(1));
        w.commit();
      }
      tx.rollback(); // the use case failed after the upload: the transaction takes it all back
      assertThat(outside.header(rolledBack)).isEmpty();
    } finally {
      tx.closeReally();
    }
  }

  @Test
  void appendingContinuesAfterTheCommittedRowsAndAbortsOnlyItsOwn() throws SQLException {
    SubmissionId id = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(id, HEADER)) {
      for (int i = 1; i <= 1_500; i++) {
        w.row(row(i));
      }
      w.finding(finding(1));
      w.commit();
    }
    try (ContentWriter w = store.append(id)) { // a chunk that fails: nothing of it stays
      w.row(row(9_999));
      w.finding(finding(9_999));
      w.abort();
    }
    SharedConnectionDataSource tx = new SharedConnectionDataSource(db.dataSource());
    try {
      try (ContentWriter w = new JdbcContentStore(tx).append(id)) { // the same, in a transaction
        w.row(row(8_888));
        w.abort();
      }
      tx.commit();
    } finally {
      tx.closeReally();
    }
    try (ContentWriter w = store.append(id)) { // the restarted import's next chunk
      for (int i = 1_501; i <= 2_000; i++) {
        w.row(row(i));
      }
      w.finding(finding(2));
      w.commit();
    }
    assertThat(store.rowCount(id)).isEqualTo(2_000);
    assertThat(store.findingCount(id)).isEqualTo(2);
    assertThat(store.header(id)).isEqualTo(HEADER);
    int n = 0;
    try (RowCursor c = store.cursor(id)) {
      while (c.hasNext()) {
        assertThat(c.next()).isEqualTo(row(++n));
      }
    }
    assertThat(n).isEqualTo(2_000);
    assertThatThrownBy(() -> store.append(newId())).isInstanceOf(RuntimeException.class);
  }

  /** How this database's writer stores rows: COPY on PostgreSQL, batched inserts elsewhere. */
  abstract String expectedRowPath();

  @Test
  void rowsGoTheDatabasesFastestWay() {
    try (ContentWriter w = store().open(newId(), HEADER)) {
      assertThat(((JdbcContentWriter) w).rowPath()).isEqualTo(expectedRowPath());
    }
  }

  /**
   * More rows than one COPY buffer (several COPYs sent before commit) inside the caller's
   * transaction: a rollback takes all of them back, an aborted append deletes only its own.
   */
  @Test
  void largeWritesInTheCallersTransactionRollBackWhole() throws SQLException {
    String filler = "Jalan Pejanggik No 12\tkota\\Mataram\r\n ".repeat(2);
    SharedConnectionDataSource tx = new SharedConnectionDataSource(db.dataSource());
    ContentStore inTx = new JdbcContentStore(tx);
    ContentStore outside = store();
    SubmissionId rolledBack = newId();
    SubmissionId appended = newId();
    int n = 25_000;
    try {
      try (ContentWriter w = inTx.open(rolledBack, HEADER)) {
        for (int i = 1; i <= n; i++) {
          w.row(new String[] {"52", "2040", Integer.toString(i), filler + i});
        }
        w.commit();
      }
      assertThat(inTx.rowCount(rolledBack)).isEqualTo(n);
      assertThat(inTx.rows(rolledBack, n - 1, 5))
          .containsExactly(new String[] {"52", "2040", Integer.toString(n), filler + n});
      tx.rollback();
      assertThat(outside.header(rolledBack)).isEmpty();
      assertThat(
              count(
                  "select coalesce(sum(r.row_count), 0) from submission_row_block r join submission_content c"
                      + " on r.content_id = c.content_id where c.submission_id = ?",
                  rolledBack.toString()))
          .isZero();

      try (ContentWriter w = inTx.open(appended, HEADER)) {
        w.row(row(1));
        w.commit();
      }
      tx.commit();
      try (ContentWriter w = inTx.append(appended)) {
        for (int i = 2; i <= n; i++) {
          w.row(new String[] {"52", "2040", Integer.toString(i), filler + i});
        }
        w.abort(); // after several COPYs went out: only this writer's rows are deleted
      }
      tx.commit();
    } finally {
      tx.closeReally();
    }
    assertThat(outside.rowCount(appended)).isEqualTo(1);
    assertThat(outside.rows(appended, 0, 10)).containsExactly(row(1));
    assertThat(
            count(
                "select coalesce(sum(r.row_count), 0) from submission_row_block r join submission_content c"
                    + " on r.content_id = c.content_id where c.submission_id = ?",
                appended.toString()))
        .isEqualTo(1);
  }

  /**
   * Rows are kept in blocks of at most {@link RowBlocks#MAX_ROWS}, closed at each commit: an import
   * restarted after 2,500 rows appends blocks from row 2,501. Every page across a block's edge
   * reads the right rows, and the cursor streams them all in order.
   */
  @Test
  void rowsAreKeptInBlocksThatNeverSpanACommitAndArePagedAcrossTheirEdges() throws SQLException {
    SubmissionId id = newId();
    ContentStore store = store();
    try (ContentWriter w = store.open(id, HEADER)) {
      for (int i = 1; i <= 2_500; i++) {
        w.row(row(i));
      }
      w.commit();
    }
    try (ContentWriter w = store.append(id)) {
      for (int i = 2_501; i <= 3_734; i++) {
        w.row(row(i));
      }
      w.commit();
    }
    assertThat(blocks(id))
        .containsExactly("1+1000", "1001+1000", "2001+500", "2501+1000", "3501+234");
    assertThat(store.rowCount(id)).isEqualTo(3_734);
    for (long offset : new long[] {0, 995, 999, 1_000, 1_995, 2_495, 2_500, 3_495, 3_730}) {
      List<String[]> expected = new ArrayList<>();
      for (long r = offset + 1; r <= Math.min(offset + 12, 3_734); r++) {
        expected.add(row((int) r));
      }
      assertThat(store.rows(id, offset, 12))
          .as("page at %d", offset)
          .containsExactlyElementsOf(expected);
    }
    assertThat(store.rows(id, 0, 3_734)).hasSize(3_734).last().isEqualTo(row(3_734));
    assertThat(store.rows(id, 3_734, 10)).isEmpty();
    assertThat(store.rows(id, -5, 2)).containsExactly(row(1), row(2));
    int n = 0;
    try (RowCursor c = store.cursor(id)) {
      while (c.hasNext()) {
        assertThat(c.next()).isEqualTo(row(++n));
      }
    }
    assertThat(n).isEqualTo(3_734);
  }

  /** Long rows close a block before its thousand rows: no block grows much beyond ~1 MB of text. */
  @Test
  void aBlockOfLongRowsClosesEarly() throws SQLException {
    SubmissionId id = newId();
    ContentStore store = store();
    String[][] rows = new String[5][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new String[] {"5201", "2040", Integer.toString(i), ("teks " + i).repeat(60_000)};
    }
    try (ContentWriter w = store.open(id, HEADER)) {
      for (String[] r : rows) {
        w.row(r);
      }
      w.commit();
    }
    assertThat(blocks(id)).containsExactly("1+3", "4+2");
    assertThat(store.rows(id, 2, 2)).containsExactly(rows[2], rows[3]);
    assertThat(store.rows(id, 0, 10)).containsExactly(rows);
  }

  /**
   * A database of schema 5 kept one table row per data row: migrating gathers each version's rows
   * into blocks, read back exactly — even a cell holding the block separator, which the codec of
   * then did not escape.
   */
  @Test
  void rowsStoredBeforeBlocksAreMigratedAndReadBack() throws SQLException {
    TestDatabase old = createDatabase();
    try {
      DatabaseMigrations.configure(old.dataSource()).target("5").load().migrate();
      try (Connection c = old.dataSource().getConnection();
          PreparedStatement content =
              c.prepareStatement(
                  "insert into submission_content (content_id, submission_id, header, row_count,"
                      + " finding_count) values (?, ?, ?, ?, 0)");
          PreparedStatement row =
              c.prepareStatement(
                  "insert into submission_row (content_id, row_no, cells) values (?, ?, ?)")) {
        SubmissionId id = newId();
        SubmissionId small = newId();
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 1_205; i++) {
          rows.add(i == 2 ? new String[] {"5201", "a\u001Eb", "", null} : row(i));
        }
        List<String[]> smallRows = List.of(row(7), row(8));
        for (var version : List.of(Map.entry(id, rows), Map.entry(small, smallRows))) {
          long contentId = version.getKey() == id ? 7 : 8;
          content.setLong(1, contentId);
          content.setString(2, version.getKey().toString());
          content.setString(3, CellCodec.encode(HEADER));
          content.setLong(4, version.getValue().size());
          content.executeUpdate();
          for (int i = 0; i < version.getValue().size(); i++) {
            row.setLong(1, contentId);
            row.setLong(2, i + 1);
            // as the codec of schema 5 wrote it: the separator U+001E left as it is
            row.setString(
                3, CellCodec.encode(version.getValue().get(i)).replace("\u001Br", "\u001E"));
            row.addBatch();
          }
          row.executeBatch();
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
        DatabaseMigrations.migrate(old.dataSource());
        assertThat(blocks(old, id)).containsExactly("1+1000", "1001+205");
        assertThat(blocks(old, small)).containsExactly("1+2");
        ContentStore migrated = new JdbcContentStore(old.dataSource());
        assertThat(migrated.rowCount(id)).isEqualTo(1_205);
        assertThat(migrated.rows(id, 0, 2_000)).containsExactlyElementsOf(rows);
        assertThat(migrated.rows(id, 1, 1)).containsExactly(rows.get(1));
        assertThat(migrated.rows(small, 0, 10)).containsExactlyElementsOf(smallRows);
        try (ContentWriter w = migrated.append(id)) {
          w.row(row(1_206));
          w.commit();
        }
        assertThat(migrated.rows(id, 1_203, 10))
            .containsExactly(row(1_204), row(1_205), row(1_206));
      }
    } finally {
      old.closeAndDelete();
    }
  }

  /** The version's blocks as "first+count", in order. */
  private List<String> blocks(SubmissionId id) throws SQLException {
    return blocks(db, id);
  }

  private static List<String> blocks(TestDatabase in, SubmissionId id) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = in.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select b.first_row, b.row_count from submission_row_block b"
                    + " join submission_content c on b.content_id = c.content_id"
                    + " where c.submission_id = ? order by b.first_row")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1) + "+" + rs.getInt(2));
        }
      }
    }
    return out;
  }

  private long count(String sql, String... args) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
