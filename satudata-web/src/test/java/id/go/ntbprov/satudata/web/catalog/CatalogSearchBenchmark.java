package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanAnswers;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import id.go.ntbprov.satudata.web.catalog.page.HomeServlet;
import id.go.ntbprov.satudata.web.catalog.page.ServletCalls;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * In-process cost of the catalogue's read model with 10,000 datasets (no HTTP): building and
 * changing the snapshot, searches with and without words and facets, a {@code package_show}
 * dictionary and its kept answer (and the memory all answers take), and the catalogue page {@code
 * /} rendered and kept. Run: {@code mvn -pl satudata-web test-compile exec:java
 * -Dexec.classpathScope=test
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
    for (int i = 0; i < 3; i++) {
      b = System.nanoTime();
      s = Snapshot.of(datasets);
      System.out.printf(
          "snapshot built again (%d) in %.1f ms%n", i + 1, (System.nanoTime() - b) / 1e6);
    }
    for (int i = 0; i < 20; i++) {
      b = System.nanoTime();
      s = s.with(datasets.get(i).name(), java.util.Optional.of(datasets.get(i)));
      if (i == 0 || i == 19) {
        System.out.printf(
            "one dataset replaced (%d) in %.2f ms%n", i + 1, (System.nanoTime() - b) / 1e6);
      }
    }
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
    PublicUrls urls = PublicUrls.of("http://localhost/");
    CkanAnswers answers = CkanAnswers.of(snap);
    b = System.nanoTime();
    long total = 0;
    for (CatalogDataset d : snap.all()) {
      total += answers.packageShow(urls, d).body().length;
    }
    System.out.printf(
        "package_show answers of all %d datasets serialised in %.0f ms: %.1f MB (%d bytes each),"
            + " %.1f MB kept%n",
        n, (System.nanoTime() - b) / 1e6, total / 1e6, total / n, answers.packageBytes() / 1e6);
    time(
        "package_show answer, uniform over all",
        200000,
        () ->
            answers.packageShow(
                urls, snap.find(datasets.get(random.nextInt(n)).name()).orElseThrow()));
    Catalog catalog = CatalogTestData.catalogOf(snap);
    for (int i = 0; i < 50; i++) {
      for (int v = 0; v <= i % 7; v++) {
        catalog.viewed(datasets.get(random.nextInt(n)).name());
      }
    }
    HomeServlet home = CatalogTestData.homeServlet(catalog);
    System.out.printf("home page: %d bytes%n", get(home, "").length);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap in use with the snapshot and the kept answers: %.0f MB%n",
        (rt.totalMemory() - rt.freeMemory()) / 1e6);
    time("home page / (kept per snapshot)", 20000, () -> get(home, ""));
    long[] renders = new long[200];
    for (int i = 0; i < 250; i++) {
      catalog.use(snap.with(datasets.get(0).name(), Optional.of(datasets.get(0))));
      long r0 = System.nanoTime();
      get(home, "");
      if (i >= 50) {
        renders[i - 50] = System.nanoTime() - r0;
      }
    }
    Arrays.sort(renders);
    System.out.printf(
        "%-34s p50 %.3f ms  p99 %.3f ms%n",
        "home page / rendered (new snapshot)", renders[100] / 1e6, renders[198] / 1e6);
    catalog.use(snap);
    time("home page ?q=penduduk miskin (kept)", 20000, () -> get(home, "q=penduduk+miskin"));
    time(
        "home page ?q=penduduk miskin&sort=views",
        2000,
        () -> get(home, "q=penduduk+miskin&sort=views"));
    time(
        "most viewed (after a view)",
        20000,
        () -> {
          catalog.viewed(datasets.get(random.nextInt(n)).name());
          catalog.mostViewed(5);
        });
  }

  /** The body of a GET of the catalogue page with this query string, without a server. */
  private static byte[] get(HomeServlet servlet, String query) {
    return ServletCalls.get(servlet, query, Map.of()).body();
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
