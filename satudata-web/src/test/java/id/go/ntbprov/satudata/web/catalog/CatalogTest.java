package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Periodicity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CatalogTest {

  static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  /** Most viewed the plain way: every active dataset with views, sorted. */
  static List<String> plainMostViewed(Snapshot s, Map<String, Long> views, int n) {
    return s.active().stream()
        .filter(d -> views.getOrDefault(d.name(), 0L) > 0)
        .sorted(
            Comparator.comparingLong((CatalogDataset d) -> views.get(d.name()))
                .reversed()
                .thenComparing(CatalogDataset::name))
        .limit(n)
        .map(CatalogDataset::name)
        .toList();
  }

  static List<String> names(List<CatalogDataset> ds) {
    return ds.stream().map(CatalogDataset::name).toList();
  }

  @Test
  void mostViewedIsExactAfterEveryViewAndEverySnapshot() {
    List<CatalogDataset> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String code = String.format("MV-%03d", i);
      all.add(
          i % 9 == 0
              ? CatalogTestData.withdrawn(code, "Ditarik " + i, T0, T0.plusSeconds(10))
              : CatalogTestData.dataset(
                  code, "Data " + i, "DINKES", "Dinas", "Kesehatan", Periodicity.ANNUAL, T0, 2025));
    }
    Snapshot s = Snapshot.of(all);
    Catalog catalog = CatalogTestData.catalogOf(s);
    assertThat(catalog.mostViewed(5)).isEmpty();
    Map<String, Long> views = new HashMap<>();
    Random random = new Random(7);
    for (int v = 0; v < 600; v++) {
      // tombstones and unknown names are counted but never shown
      String name =
          random.nextInt(20) == 0 ? "2026-no-such" : all.get(random.nextInt(all.size())).name();
      catalog.viewed(name);
      views.merge(name, 1L, Long::sum);
      if (v % 7 == 0) {
        assertThat(names(catalog.mostViewed(5))).isEqualTo(plainMostViewed(s, views, 5));
        assertThat(names(catalog.mostViewed(5))).isEqualTo(plainMostViewed(s, views, 5));
        assertThat(names(catalog.mostViewed(50))).isEqualTo(plainMostViewed(s, views, 50));
      }
    }
    assertThat(catalog.views(all.get(1).name())).isEqualTo(views.get(all.get(1).name()));
    assertThat(catalog.mostViewed(0)).isEmpty();

    // the most viewed dataset withdrawn: gone from the list with the new snapshot
    String top = catalog.mostViewed(1).get(0).name();
    CatalogDataset gone =
        CatalogTestData.withdrawn(
            top.substring(5).toUpperCase(java.util.Locale.ROOT), "Ditarik", T0, T0.plusSeconds(99));
    assertThat(gone.name()).isEqualTo(top);
    Snapshot next = s.with(top, Optional.of(gone));
    CatalogTestData.use(catalog, next);
    assertThat(names(catalog.mostViewed(5)))
        .doesNotContain(top)
        .isEqualTo(plainMostViewed(next, views, 5));
  }
}
