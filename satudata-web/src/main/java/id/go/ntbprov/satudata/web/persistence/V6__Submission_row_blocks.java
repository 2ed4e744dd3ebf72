package id.go.ntbprov.satudata.web.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema 6: a version's rows kept in blocks ({@link RowBlocks}) in {@code submission_row_block}
 * instead of one table row each in {@code submission_row}; the rows already stored are copied as
 * blocks of one row, then the old table is dropped.
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
      s.execute(
          "insert into submission_row_block (content_id, first_row, row_count, cells)"
              + " select content_id, row_no, 1, cells from submission_row");
      s.execute("drop table submission_row");
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
