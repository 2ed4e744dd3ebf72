package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.Variable;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * The catalogue search written the plain way, as the README describes it (every hit's values
 * counted in hash maps, every hit sorted by comparators): what {@link Snapshot#search} must answer
 * exactly.
 */
final class PlainSearch {

  private PlainSearch() {}

  private record Hit(CatalogDataset d, int score) {}

  static SearchResult search(
      Collection<CatalogDataset> datasets, SearchQuery q, ToLongFunction<String> views) {
    // The same terms as the snapshot (parsing is not what this oracle checks).
    List<String> words = q.terms().words();
    Map<String, List<String>> filters = q.terms().filters();
    Comparator<CatalogDataset> newest =
        Comparator.comparing(CatalogDataset::modified)
            .reversed()
            .thenComparing(CatalogDataset::name);
    List<Hit> hits =
        datasets.stream()
            .filter(CatalogDataset::active)
            .sorted(newest)
            .filter(
                d ->
                    filters.entrySet().stream()
                        .allMatch(
                            f ->
                                f.getValue().stream()
                                    .allMatch(
                                        w ->
                                            values(d, f.getKey()).stream()
                                                .anyMatch(w::equalsIgnoreCase))))
            .map(d -> new Hit(d, score(d, words)))
            .filter(h -> words.isEmpty() || h.score() > 0)
            .toList();
    String sort =
        q.sort().isEmpty()
            ? (words.isEmpty() ? "metadata_modified desc" : "score desc, metadata_modified desc")
            : q.sort();
    Comparator<Hit> order = null;
    for (String part : sort.split(",")) {
      String[] p = part.strip().split("\\s+");
      if (p[0].isEmpty()) {
        continue;
      }
      Comparator<Hit> one =
          switch (p[0]) {
            case "score" -> Comparator.comparingInt(Hit::score);
            case "metadata_modified" -> Comparator.comparing(h -> h.d().modified());
            case "metadata_created" -> Comparator.comparing(h -> h.d().created());
            case "title_string", "title" -> Comparator.comparing(h -> Text.fold(h.d().title()));
            case "name" -> Comparator.comparing(h -> h.d().name());
            case "views_total", "views_recent" ->
                Comparator.comparingLong(h -> views.applyAsLong(h.d().name()));
            default -> throw new IllegalArgumentException(p[0]);
          };
      one = p.length > 1 && p[1].equalsIgnoreCase("desc") ? one.reversed() : one;
      order = order == null ? one : order.thenComparing(one);
    }
    Comparator<Hit> byName = Comparator.comparing(h -> h.d().name());
    List<Hit> ordered =
        hits.stream().sorted(order == null ? byName : order.thenComparing(byName)).toList();
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (String field : q.facetFields()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      Map<String, String> display = new LinkedHashMap<>();
      for (Hit h : hits) {
        for (String v : values(h.d(), field)) {
          counts.merge(v, 1, Integer::sum);
          display.putIfAbsent(
              v,
              switch (field) {
                case "organization" -> h.d().agencyName();
                case "groups" -> h.d().topic();
                default -> v;
              });
        }
      }
      facets.put(
          field,
          counts.entrySet().stream()
              .filter(e -> e.getValue() >= Math.max(1, q.facetMinCount()))
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .limit(q.facetLimit() < 0 ? Long.MAX_VALUE : q.facetLimit())
              .map(
                  e ->
                      new SearchResult.FacetCount(
                          e.getKey(), display.get(e.getKey()), e.getValue()))
              .toList());
    }
    List<CatalogDataset> page =
        ordered.stream().skip(q.start()).limit(q.rows()).map(Hit::d).toList();
    return new SearchResult(hits.size(), page, facets, sort);
  }

  /** A dataset's values of a facet field. */
  static List<String> values(CatalogDataset d, String field) {
    return switch (field) {
      case "organization" -> List.of(CatalogDataset.organizationName(d.agency()));
      case "groups" -> List.of(CatalogDataset.groupName(d.topic()));
      case "tags" -> Snapshot.tags(d);
      case "res_format" -> Snapshot.FORMATS;
      case "periodicity" -> List.of(d.periodicity().name().toLowerCase(Locale.ROOT));
      case "region_level" -> List.of(d.regionLevel().name().toLowerCase(Locale.ROOT));
      case "year" -> d.years().stream().map(String::valueOf).toList();
      case "license_id" -> List.of(Licence.ID);
      case "name" -> List.of(d.name());
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** 3 per word starting a title word, 1 per word starting another word, 0 if one starts none. */
  private static int score(CatalogDataset d, List<String> words) {
    List<String> title = Text.words(d.title());
    List<String> all =
        Stream.concat(
                Stream.of(
                    d.title(),
                    d.description(),
                    d.topic(),
                    d.agency(),
                    d.agencyName(),
                    d.name(),
                    d.standard().konsep(),
                    d.standard().definisi()),
                d.variables().stream()
                    .flatMap(
                        (Variable v) ->
                            Stream.of(v.name(), v.name().replace('_', ' '), v.label(), v.unit())))
            .flatMap(t -> Text.words(t).stream())
            .toList();
    int score = 0;
    for (String w : words) {
      if (title.stream().anyMatch(t -> t.startsWith(w))) {
        score += 3;
      } else if (all.stream().anyMatch(t -> t.startsWith(w))) {
        score += 1;
      } else {
        return 0;
      }
    }
    return score;
  }
}
