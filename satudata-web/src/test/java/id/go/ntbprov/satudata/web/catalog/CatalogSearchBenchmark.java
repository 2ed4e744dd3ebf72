package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * In-process cost of the catalogue's read model with 10,000 datasets (no HTTP): a search with words
 * and four facets, a search of everything, and a {@code package_show} dictionary. Run: {@code mvn
 * -pl satudata-web test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=id.go.ntbprov.satudata.web.catalog.CatalogSearchBenchmark}.
 */
public final class CatalogSearchBenchmark {

  private CatalogSearchBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Random random = new Random(1);
    String[] subjects = {
      "Jumlah Penduduk",
      "Penduduk Miskin",
      "Produksi Padi",
      "Kunjungan Wisatawan",
      "Angka Kematian Bayi"
    };
    String[] topics = {"Kesehatan", "Sosial", "Pertanian", "Pariwisata", "Ekonomi"};
    List<CatalogDataset> datasets = new ArrayList<>();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      datasets.add(
          CatalogTestData.dataset(
              String.format("BEN-%05d", i),
              subjects[random.nextInt(subjects.length)] + " #" + i,
              "AG" + random.nextInt(14),
              "Dinas " + random.nextInt(14),
              topics[random.nextInt(topics.length)],
              Periodicity.ANNUAL,
              t0.plusSeconds(i * 60L),
              2024,
              2025));
    }
    long b = System.nanoTime();
    Snapshot s = Snapshot.of(datasets);
    System.out.printf(
        "snapshot of %d datasets built in %.1f ms%n", n, (System.nanoTime() - b) / 1e6);
    b = System.nanoTime();
    s = s.with(datasets.get(5).name(), java.util.Optional.of(datasets.get(5)));
    System.out.printf("one dataset replaced in %.2f ms%n", (System.nanoTime() - b) / 1e6);
    Snapshot snap = s;
    SearchQuery words =
        new SearchQuery(
            "penduduk miskin",
            Map.of(),
            "",
            0,
            10,
            List.of("organization", "groups", "tags", "res_format"),
            50,
            1);
    SearchQuery all = SearchQuery.all(0, 10);
    CkanDicts dicts = new CkanDicts(PublicUrls.of("http://localhost/"));
    time("package_search words + 4 facets", 2000, () -> snap.search(words, x -> 0));
    time("package_search everything", 2000, () -> snap.search(all, x -> 0));
    SearchQuery wordsOnly =
        new SearchQuery("penduduk miskin", Map.of(), "", 0, 10, List.of(), 50, 1);
    time("package_search words, no facets", 2000, () -> snap.search(wordsOnly, x -> 0));
    SearchQuery allFacets =
        new SearchQuery(
            "",
            Map.of(),
            "",
            0,
            10,
            List.of("organization", "groups", "tags", "res_format"),
            50,
            1);
    time("package_search everything + 4 facets", 2000, () -> snap.search(allFacets, x -> 0));
    time(
        "package_show dictionary",
        20000,
        () ->
            dicts
                .dataset(snap.find(datasets.get(random.nextInt(n)).name()).orElseThrow())
                .toString());
  }

  private static void time(String what, int runs, Runnable r) {
    for (int i = 0; i < runs / 4; i++) {
      r.run();
    }
    long[] ns = new long[runs];
    for (int i = 0; i < runs; i++) {
      long b = System.nanoTime();
      r.run();
      ns[i] = System.nanoTime() - b;
    }
    Arrays.sort(ns);
    System.out.printf(
        "%-34s p50 %.3f ms  p99 %.3f ms%n", what, ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6);
  }
}
