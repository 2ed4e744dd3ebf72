package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.ContentStore.ContentWriter;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link ContentStoreContract} on embedded PostgreSQL, where rows go by COPY. */
class PostgresContentStoreTest extends ContentStoreContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("content");
  }

  @Override
  String expectedRowPath() {
    return "COPY";
  }

  /**
   * The blocks' text is compressed with lz4 where this PostgreSQL has it (the default pglz costs
   * three times the CPU), otherwise kept uncompressed.
   */
  @Test
  void rowBlocksAreCompressedWithLz4WhereTheServerHasIt() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      boolean lz4;
      try (ResultSet rs =
          s.executeQuery(
              "select count(*) from pg_settings where name = 'default_toast_compression'"
                  + " and 'lz4' = any(enumvals)")) {
        rs.next();
        lz4 = rs.getLong(1) > 0;
      }
      try (ResultSet rs =
          s.executeQuery(
              "select attcompression, attstorage from pg_attribute"
                  + " where attrelid = 'submission_row_block'::regclass and attname = 'cells'")) {
        rs.next();
        assertThat(lz4 ? rs.getString(1) : rs.getString(2)).isEqualTo(lz4 ? "l" : "e");
      }
    }
  }

  /**
   * A pool's connection wrapper that does not hand out the driver's connection: the writer falls
   * back to batched inserts and stores the same rows.
   */
  @Test
  void aConnectionThatCannotBeUnwrappedFallsBackToInserts() throws SQLException {
    SharedConnectionDataSource tx = new SharedConnectionDataSource(db.dataSource());
    DataSource opaque =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("getConnection")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  return opaqueConnection(tx.getConnection());
                });
    try {
      ContentStore store = new JdbcContentStore(opaque);
      SubmissionId id = newId();
      try (ContentWriter w = store.open(id, List.of("a", "b"))) {
        assertThat(((JdbcContentWriter) w).rowPath()).isEqualTo("INSERT");
        w.row(new String[] {"tab\there", "back\\slash"});
        w.commit();
      }
      tx.commit();
      assertThat(store().rows(id, 0, 5)).containsExactly(new String[] {"tab\there", "back\\slash"});
    } finally {
      tx.closeReally();
    }
  }

  /** A wrapper whose {@code unwrap} refuses, as some pools' wrappers do. */
  private static Connection opaqueConnection(Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("unwrap")) {
                throw new SQLException("not a wrapper for " + args[0]);
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
