package id.go.ntbprov.satudata.web.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The tables {@code catalog_change} and {@code catalog_change_item} (migration V7): a counter that
 * every change of the public catalogue moves, in the changing step's own transaction, and the last
 * value at which each item changed. Instances sharing the database read the counter to learn, with
 * one primary-key row, whether another one changed the catalogue.
 */
public final class JdbcCatalogChanges {

  /** The item key that means "everything" (an agency's change). */
  public static final String EVERYTHING = "*";

  private final DataSource dataSource;

  /**
   * Works through this data source; inside a JTA transaction its connection is the transaction's.
   */
  public JdbcCatalogChanges(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Moves the counter and records the item at its new value, in the caller's transaction (not
   * committed here). The counter's row stays locked until that transaction ends, so a later change
   * elsewhere waits and gets the next value.
   *
   * @param item the item's id ({@code 2026/KES-001}) or {@link #EVERYTHING}
   * @return the counter's new value
   */
  public long record(String item) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement("update catalog_change set version = version + 1 where id = 1")) {
        ps.executeUpdate();
      }
      long version = version(c);
      try (PreparedStatement ps =
          c.prepareStatement("update catalog_change_item set version = ? where item = ?")) {
        ps.setLong(1, version);
        ps.setString(2, item);
        if (ps.executeUpdate() == 0) {
          try (PreparedStatement insert =
              c.prepareStatement("insert into catalog_change_item (item, version) values (?, ?)")) {
            insert.setString(1, item);
            insert.setLong(2, version);
            insert.executeUpdate();
          }
        }
      }
      return version;
    } catch (SQLException e) {
      throw new IllegalStateException("catalogue change of " + item + " could not be recorded", e);
    }
  }

  /** The counter's value now. */
  public long version() {
    try (Connection c = dataSource.getConnection()) {
      return version(c);
    } catch (SQLException e) {
      throw new IllegalStateException("catalogue change counter could not be read", e);
    }
  }

  /** The items that changed after a value of the counter, with the value of their last change. */
  public Map<String, Long> since(long version) {
    Map<String, Long> items = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select item, version from catalog_change_item where version > ?")) {
      ps.setLong(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.put(rs.getString(1), rs.getLong(2));
        }
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException("catalogue changes could not be read", e);
    }
  }

  private static long version(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("select version from catalog_change where id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("catalog_change has no row 1");
      }
      return rs.getLong(1);
    }
  }
}
