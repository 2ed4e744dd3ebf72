package id.go.ntbprov.satudata.web.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 6: a version's rows kept in blocks ({@link RowBlocks}) in {@code submission_row_block}
 * instead of one table row each in {@code submission_row}; the rows already stored are gathered
 * into blocks as the writer makes them (at most {@link RowBlocks#MAX_ROWS} rows or about {@link
 * RowBlocks#MAX_CHARS} characters; a separator inside a cell, which the codec did not escape
 * before, escaped now), then the old table is dropped.
 *
 * <p>In Java rather than SQL because of one PostgreSQL-only statement: the blocks' text is
 * compressed with {@code lz4} where the server was built with it (PostgreSQL 14+, most packages;
 * measured: a third of the CPU of the default {@code pglz} for a million rows, and a fifth of the
 * disk of one table row per row), otherwise stored uncompressed ({@code EXTERNAL}), which is still
 * cheaper to write than {@code pglz}. H2 keeps its own large-object storage.
 */
public final class V6__Submission_row_blocks extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "create table submission_row_block ("
              + " content_id bigint not null,"
              + " first_row bigint not null,"
              + " row_count integer not null,"
              + " cells text not null,"
              + " primary key (content_id, first_row))");
      if ("PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
        s.execute(
            "alter table submission_row_block alter column cells "
                + (lz4Available(s) ? "set compression lz4" : "set storage external"));
      }
      copyRows(c);
      s.execute("drop table submission_row");
    }
  }

  /** The rows of every version, in order, into blocks. */
  private static void copyRows(Connection c) throws SQLException {
    try (Statement read = c.createStatement();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into submission_row_block (content_id, first_row, row_count, cells)"
                    + " values (?, ?, ?, ?)")) {
      read.setFetchSize(1000);
      Block block = new Block(insert);
      try (ResultSet rs =
          read.executeQuery(
              "select content_id, row_no, cells from submission_row order by content_id, row_no")) {
        while (rs.next()) {
          block.add(rs.getLong(1), rs.getLong(2), rs.getString(3));
        }
      }
      block.end();
      insert.executeBatch();
    }
  }

  /** The block being gathered: consecutive rows of one version. */
  private static final class Block {
    private final PreparedStatement insert;
    private final StringBuilder cells = new StringBuilder();
    private long contentId;
    private long firstRow;
    private int rows;
    private int batched;

    Block(PreparedStatement insert) {
      this.insert = insert;
    }

    void add(long content, long rowNo, String rowCells) throws SQLException {
      if (rows > 0 && (content != contentId || rowNo != firstRow + rows)) {
        end();
      }
      if (rows == 0) {
        contentId = content;
        firstRow = rowNo;
      } else {
        cells.append(CellCodec.ROW_SEP);
      }
      // What the codec escapes since schema 6, and only that: ESC was escaped before already.
      cells.append(rowCells.replace("" + CellCodec.ROW_SEP, "" + CellCodec.ESC + 'r'));
      if (++rows == RowBlocks.MAX_ROWS || cells.length() >= RowBlocks.MAX_CHARS) {
        end();
      }
    }

    void end() throws SQLException {
      if (rows == 0) {
        return;
      }
      insert.setLong(1, contentId);
      insert.setLong(2, firstRow);
      insert.setInt(3, rows);
      insert.setString(4, cells.toString());
      insert.addBatch();
      cells.setLength(0);
      rows = 0;
      if (++batched % 16 == 0) {
        insert.executeBatch();
      }
    }
  }

  /** Whether this PostgreSQL server can compress with lz4 (it lists it among the settings). */
  private static boolean lz4Available(Statement s) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "select count(*) from pg_settings where name = 'default_toast_compression'"
                + " and 'lz4' = any(enumvals)")) {
      return rs.next() && rs.getLong(1) > 0;
    }
  }
}
