package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Datasets built by hand for the catalogue's unit tests. */
public final class CatalogTestData {

  private CatalogTestData() {}

  /** A catalogue holding this snapshot (no database). */
  public static Catalog catalogOf(Snapshot s) {
    Catalog c = new Catalog();
    c.use(s);
    return c;
  }

  /** Makes a catalogue hold another snapshot, as a publication or withdrawal does. */
  public static void use(Catalog c, Snapshot s) {
    c.use(s);
  }

  /** The catalogue page's servlet over a catalogue. */
  public static id.go.ntbprov.satudata.web.catalog.page.HomeServlet homeServlet(Catalog c) {
    id.go.ntbprov.satudata.web.catalog.page.HomeServlet h =
        new id.go.ntbprov.satudata.web.catalog.page.HomeServlet();
    try {
      java.lang.reflect.Field f = h.getClass().getDeclaredField("catalog");
      f.setAccessible(true);
      f.set(h, c);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return h;
  }

  public static CatalogDataset dataset(
      String code,
      String title,
      String agency,
      String agencyName,
      String topic,
      Periodicity periodicity,
      Instant published,
      int... years) {
    DataItemId item = new DataItemId(2026, code);
    List<CatalogDataset.Release> releases = new ArrayList<>();
    for (int i = years.length - 1; i >= 0; i--) {
      int y = years[i];
      releases.add(
          new CatalogDataset.Release(
              new SubmissionId(item, Period.year(y), 1),
              SubmissionStatus.PUBLISHED,
              published,
              Optional.empty(),
              "",
              10));
    }
    return new CatalogDataset(
        CatalogDataset.nameOf(item),
        item,
        title,
        "Deskripsi " + title,
        topic,
        agency,
        agencyName,
        periodicity,
        RegionLevel.REGENCY_CITY,
        new DataStandard("Konsep " + topic, "Definisi", "", "jumlah", "orang"),
        List.of(
            Variable.keyCode("kode_wilayah", "Kode wilayah", "wilayah"),
            Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
            Variable.of(
                "jumlah_penduduk_miskin", "Jumlah penduduk miskin", VariableType.INTEGER, "jiwa")),
        Optional.of("kode_wilayah"),
        Optional.of("tahun"),
        releases,
        releases,
        published,
        published);
  }

  /** A dataset whose only version was withdrawn. */
  public static CatalogDataset withdrawn(
      String code, String title, Instant published, Instant withdrawn) {
    CatalogDataset d =
        dataset(
            code,
            title,
            "DINKES",
            "Dinas Kesehatan",
            "Kesehatan",
            Periodicity.ANNUAL,
            published,
            2025);
    CatalogDataset.Release r = d.history().get(0);
    CatalogDataset.Release gone =
        new CatalogDataset.Release(
            r.id(),
            SubmissionStatus.WITHDRAWN,
            published,
            Optional.of(withdrawn),
            "Salah hitung",
            10);
    return new CatalogDataset(
        d.name(),
        d.item(),
        d.title(),
        d.description(),
        d.topic(),
        d.agency(),
        d.agencyName(),
        d.periodicity(),
        d.regionLevel(),
        d.standard(),
        d.variables(),
        d.regionVariable(),
        d.periodVariable(),
        List.of(),
        List.of(gone),
        published,
        withdrawn);
  }
}
