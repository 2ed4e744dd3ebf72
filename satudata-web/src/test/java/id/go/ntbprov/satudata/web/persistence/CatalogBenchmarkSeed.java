package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Seeds a migrated, stopped database with published datasets for the catalogue benchmark ({@code
 * satudata-war/catalog-benchmark.sh}) by plain JDBC: per dataset an agreed item, one PUBLISHED
 * version (10 rows) and its transitions. Much faster than walking the SOP through the API, and what
 * the catalogue reads is the same rows. Arguments: JDBC URL, user, password, count.
 */
public final class CatalogBenchmarkSeed {

  static final String[] AGENCIES = {
    "DISKOMINFOTIK",
    "BAPPEDA",
    "DINKES",
    "DIKBUD",
    "DPMPD",
    "DISTANBUN",
    "DISPAR",
    "DINSOS",
    "BPKAD",
    "DLHK",
    "DISNAKERTRANS",
    "BPBD",
    "PUPR"
  };
  static final String[] TOPICS = {
    "Kesehatan",
    "Pendidikan",
    "Kependudukan",
    "Pertanian",
    "Pariwisata",
    "Sosial",
    "Keuangan",
    "Lingkungan",
    "Ketenagakerjaan",
    "Kebencanaan",
    "Infrastruktur",
    "Ekonomi"
  };
  static final String[] SUBJECTS = {
    "Jumlah Penduduk",
    "Angka Partisipasi Sekolah",
    "Jumlah Tenaga Kesehatan",
    "Produksi Padi",
    "Kunjungan Wisatawan",
    "Penduduk Miskin",
    "Realisasi Anggaran",
    "Luas Hutan",
    "Pengangguran Terbuka",
    "Kejadian Bencana",
    "Panjang Jalan",
    "Pertumbuhan Ekonomi",
    "Angka Kematian Bayi",
    "Rasio Guru Murid",
    "Jumlah Puskesmas",
    "Luas Panen Jagung",
    "Hotel Berbintang",
    "Penerima Bantuan Sosial"
  };
  static final String[] QUALIFIERS = {
    "menurut Kabupaten/Kota", "menurut Jenis Kelamin", "menurut Kelompok Umur", "per Kecamatan",
    "Tahunan", "menurut Status", "di Pulau Lombok", "di Pulau Sumbawa"
  };

  static final String[] REGIONS = {
    "5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208", "5271", "5272"
  };

  private CatalogBenchmarkSeed() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    DataSource ds = dataSource(url, args[1], args.length > 2 ? args[2] : "");
    int count = Integer.parseInt(args.length > 3 ? args[3] : "10000");
    long t0 = System.nanoTime();
    seed(ds, count);
    System.out.printf(
        "seeded %d published datasets in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
  }

  static DataSource dataSource(String url, String user, String password) {
    if (url.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setUrl(url);
      pg.setUser(user);
      pg.setPassword(password);
      return pg;
    }
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(url);
    h2.setUser(user);
    h2.setPassword(password);
    return h2;
  }

  /**
   * The stored definition ({@code data_item.definition_json}) of a seeded item: a region code, the
   * year and a value.
   */
  public static String definition() {
    TableStructure structure =
        new TableStructure(
                List.of(
                    Variable.keyCode("kode_wilayah", "Kode wilayah", "wilayah"),
                    Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
                    Variable.of("nilai", "Nilai", VariableType.DECIMAL, "satuan")),
                java.util.Optional.empty(),
                java.util.Optional.empty())
            .withRegionVariable("kode_wilayah")
            .withPeriodVariable("tahun");
    return Json.write(
        ItemDocument.of(
            new DataStandard("Konsep", "Definisi", "", "jumlah", "satuan"),
            StatisticalMetadata.empty(),
            structure));
  }

  static void seed(DataSource ds, int count) throws Exception {
    Random random = new Random(42);
    String definition = definition();
    Instant base = Instant.parse("2026-01-05T00:00:00Z");
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      PreparedStatement item =
          c.prepareStatement(
              "insert into data_item (id, list_year, code, title, description, topic, producer,"
                  + " periodicity, disaggregation, priority, definition_json, status, agreed_in_meeting,"
                  + " agreed_at, proposed_at, version) values (?,2026,?,?,?,?,?,'ANNUAL','REGENCY_CITY',"
                  + "false,?,'AGREED','BENCH',?,?,0)");
      PreparedStatement sub =
          c.prepareStatement(
              "insert into submission (id, item_id, item_year, data_period, version_no, agency, status,"
                  + " check_rows, check_errors, check_warnings, version) values"
                  + " (?,?,2026,'2025',1,?,'PUBLISHED',10,0,0,0)");
      PreparedStatement head =
          c.prepareStatement(
              "insert into submission_content (content_id, submission_id, header, row_count,"
                  + " finding_count) values (?,?,?,10,0)");
      PreparedStatement row =
          c.prepareStatement(
              "insert into submission_row_block (content_id, first_row, row_count, cells)"
                  + " values (?,?,1,?)"); // blocks of one row: valid, if not the writer's way
      String header = CellCodec.encode(List.of("kode_wilayah", "tahun", "nilai"));
      PreparedStatement tr =
          c.prepareStatement(
              "insert into submission_transition (submission_id, idx, at_time, by_account, from_status,"
                  + " to_status, note) values (?,?,?,'walidata',?,?,'')");
      for (int i = 1; i <= count; i++) {
        String code = String.format("BEN-%05d", i);
        String itemId = "2026/" + code;
        String title =
            SUBJECTS[random.nextInt(SUBJECTS.length)]
                + " "
                + QUALIFIERS[random.nextInt(QUALIFIERS.length)]
                + " "
                + (2015 + random.nextInt(11))
                + " #"
                + i;
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        Instant at = base.plusSeconds(i * 60L);
        item.setString(1, itemId);
        item.setString(2, code);
        item.setString(3, title);
        item.setString(4, "Data " + title.toLowerCase() + " di Provinsi Nusa Tenggara Barat.");
        item.setString(5, TOPICS[random.nextInt(TOPICS.length)]);
        item.setString(6, agency);
        item.setString(7, definition);
        item.setTimestamp(8, Timestamp.from(at));
        item.setTimestamp(9, Timestamp.from(at));
        item.addBatch();
        String subId = itemId + "/2025/v1";
        sub.setString(1, subId);
        sub.setString(2, itemId);
        sub.setString(3, agency);
        sub.addBatch();
        tr.setString(1, subId);
        tr.setInt(2, 0);
        tr.setTimestamp(3, Timestamp.from(at));
        tr.setString(4, null);
        tr.setString(5, "DRAFT");
        tr.addBatch();
        tr.setString(1, subId);
        tr.setInt(2, 1);
        tr.setTimestamp(3, Timestamp.from(at.plusSeconds(30)));
        tr.setString(4, "VALIDATED");
        tr.setString(5, "PUBLISHED");
        tr.addBatch();
        // ids far above the content sequence's, which the application uses for new uploads
        long contentId = 100_000_000L + i;
        head.setLong(1, contentId);
        head.setString(2, subId);
        head.setString(3, header);
        head.addBatch();
        for (int r = 0; r < REGIONS.length; r++) {
          row.setLong(1, contentId);
          row.setLong(2, r + 1);
          row.setString(
              3,
              CellCodec.encode(
                  new String[] {
                    REGIONS[r], "2025", String.valueOf(random.nextInt(100_000) / 10.0)
                  }));
          row.addBatch();
        }
        if (i % 1000 == 0 || i == count) {
          item.executeBatch();
          sub.executeBatch();
          tr.executeBatch();
          head.executeBatch();
          row.executeBatch();
          c.commit();
        }
      }
    }
  }
}
