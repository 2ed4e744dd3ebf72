package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.persistence.ItemDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads the public part of the database into {@link CatalogDataset}s with plain JDBC: items with a
 * version that was ever published, those versions (PUBLISHED, SUPERSEDED, WITHDRAWN — no other
 * state is ever selected) and the dates they were published and retired. Four queries for the whole
 * catalogue, the same four with an item id for one dataset.
 */
public final class CatalogLoader {

  private static final String PUBLIC = "('PUBLISHED','SUPERSEDED','WITHDRAWN')";

  private final DataSource dataSource;

  /** Reads through this data source. */
  public CatalogLoader(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every dataset, tombstones included. */
  public List<CatalogDataset> loadAll() {
    return loadWhere(null);
  }

  /** One item's dataset, empty when it has no public version. */
  public Optional<CatalogDataset> load(DataItemId item) {
    return loadWhere(item.toString()).stream().findFirst();
  }

  private List<CatalogDataset> loadWhere(String itemId) {
    try (Connection c = dataSource.getConnection()) {
      Map<String, String> agencies = agencies(c);
      Map<String, List<CatalogDataset.Release>> releases = releases(c, itemId);
      List<CatalogDataset> out = new ArrayList<>();
      String sql =
          "select i.id, i.title, i.description, i.topic, i.producer, i.periodicity,"
              + " i.disaggregation, i.definition_json from data_item i where i.id in"
              + " (select s.item_id from submission s where s.status in "
              + PUBLIC
              + (itemId == null ? "" : " and s.item_id = ?")
              + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (itemId != null) {
          ps.setString(1, itemId);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            List<CatalogDataset.Release> history = releases.getOrDefault(id, List.of());
            if (!history.isEmpty()) {
              out.add(dataset(rs, agencies, history));
            }
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("catalogue: cannot read the published datasets", e);
    }
  }

  private static CatalogDataset dataset(
      ResultSet rs, Map<String, String> agencies, List<CatalogDataset.Release> history)
      throws SQLException {
    DataItemId item = DataItemId.parse(rs.getString(1));
    ItemDocument doc = ItemDocument.parse(rs.getString(8));
    TableStructure structure = doc.structureValue();
    String agency = rs.getString(5);
    List<CatalogDataset.Release> sorted = new ArrayList<>(history);
    sorted.sort(
        Comparator.comparing(CatalogDataset.Release::publishedAt)
            .reversed()
            .thenComparing(r -> r.id(), Comparator.reverseOrder()));
    List<CatalogDataset.Release> current =
        sorted.stream()
            .filter(r -> r.status() == SubmissionStatus.PUBLISHED)
            .sorted(Comparator.comparing((CatalogDataset.Release r) -> r.id().period()).reversed())
            .toList();
    Instant created =
        sorted.stream()
            .map(CatalogDataset.Release::publishedAt)
            .min(Instant::compareTo)
            .orElseThrow();
    Instant modified = created;
    for (CatalogDataset.Release r : sorted) {
      modified = max(modified, r.publishedAt());
      if (r.status() == SubmissionStatus.WITHDRAWN && r.retiredAt().isPresent()) {
        modified = max(modified, r.retiredAt().get());
      }
    }
    return new CatalogDataset(
        CatalogDataset.nameOf(item),
        item,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        agency,
        agencies.getOrDefault(agency, agency),
        Periodicity.valueOf(rs.getString(6)),
        RegionLevel.valueOf(rs.getString(7)),
        doc.standardValue(),
        structure.variables(),
        structure.regionVariable(),
        structure.periodVariable(),
        current,
        sorted,
        created,
        modified);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Map<String, String> agencies(Connection c) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("select code, name from agency");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private record Times(Instant published, Instant retired, String note) {}

  /** The public versions by item id. */
  private static Map<String, List<CatalogDataset.Release>> releases(Connection c, String itemId)
      throws SQLException {
    Map<String, Times> times = new HashMap<>();
    String tsql =
        "select t.submission_id, t.at_time, t.to_status, t.note from submission_transition t"
            + " join submission s on s.id = t.submission_id where s.status in "
            + PUBLIC
            + " and t.to_status in "
            + PUBLIC
            + (itemId == null ? "" : " and s.item_id = ?")
            + " order by t.submission_id, t.idx";
    try (PreparedStatement ps = c.prepareStatement(tsql)) {
      if (itemId != null) {
        ps.setString(1, itemId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          Instant at = rs.getObject(2, OffsetDateTime.class).toInstant();
          String to = rs.getString(3);
          Times t = times.getOrDefault(id, new Times(null, null, ""));
          times.put(
              id,
              to.equals("PUBLISHED")
                  ? new Times(at, t.retired(), t.note())
                  : new Times(t.published(), at, rs.getString(4)));
        }
      }
    }
    Map<String, List<CatalogDataset.Release>> out = new HashMap<>();
    String ssql =
        "select s.id, s.item_id, s.status, s.check_rows from submission s where s.status in "
            + PUBLIC
            + (itemId == null ? "" : " and s.item_id = ?");
    try (PreparedStatement ps = c.prepareStatement(ssql)) {
      if (itemId != null) {
        ps.setString(1, itemId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Times t = times.get(rs.getString(1));
          if (t == null || t.published() == null) {
            continue; // never published: not public, whatever its state says
          }
          SubmissionStatus status = SubmissionStatus.valueOf(rs.getString(3));
          out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
              .add(
                  new CatalogDataset.Release(
                      SubmissionId.parse(rs.getString(1)),
                      status,
                      t.published(),
                      status == SubmissionStatus.PUBLISHED
                          ? Optional.empty()
                          : Optional.ofNullable(t.retired()),
                      status == SubmissionStatus.PUBLISHED ? "" : nz(t.note()),
                      rs.getLong(4)));
        }
      }
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
