package id.go.ntbprov.satudata.web.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The {@code dataset_view} table: views of each public dataset page, totals over every instance and
 * every run. Instances only ever add to a total, so several of them sharing the database never lose
 * one another's views.
 */
public final class JdbcViewCounts {

  private final DataSource dataSource;

  public JdbcViewCounts(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every dataset's total views. */
  public Map<String, Long> load() {
    Map<String, Long> totals = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select dataset_name, views from dataset_view");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        totals.put(rs.getString(1), rs.getLong(2));
      }
      return totals;
    } catch (SQLException e) {
      throw new IllegalStateException("dataset views could not be read", e);
    }
  }

  /**
   * Adds views to the totals, in one transaction: all of them or none.
   *
   * @param views per dataset name, positive
   */
  public void add(Map<String, Long> views) {
    if (views.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        List<Map.Entry<String, Long>> missing = update(c, new ArrayList<>(views.entrySet()));
        if (!missing.isEmpty()) {
          insert(c, missing);
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("dataset views could not be stored", e);
    }
  }

  /** Adds to the existing totals; answers the entries that have none yet. */
  private static List<Map.Entry<String, Long>> update(
      Connection c, List<Map.Entry<String, Long>> entries) throws SQLException {
    List<Map.Entry<String, Long>> missing = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("update dataset_view set views = views + ? where dataset_name = ?")) {
      for (Map.Entry<String, Long> e : entries) {
        ps.setLong(1, e.getValue());
        ps.setString(2, e.getKey());
        if (ps.executeUpdate() == 0) {
          missing.add(e);
        }
      }
    }
    return missing;
  }

  private static void insert(Connection c, List<Map.Entry<String, Long>> entries)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("insert into dataset_view (dataset_name, views) values (?, ?)")) {
      for (Map.Entry<String, Long> e : entries) {
        ps.setString(1, e.getKey());
        ps.setLong(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
