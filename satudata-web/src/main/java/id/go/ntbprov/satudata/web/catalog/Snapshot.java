package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.Variable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * An immutable state of the public catalogue with its search structures: every dataset by name
 * (tombstones included) and, for the active ones, each dataset's sorted vocabulary and facet
 * values. Searching scans the active datasets once (10,000 datasets: well under a millisecond per
 * word), matching each query word as a prefix of the dataset's words by binary search.
 */
public final class Snapshot {

  /** The formats every distribution is offered in. */
  public static final List<String> FORMATS = List.of("CSV", "XLSX", "JSON");

  private final Map<String, Entry> byName;
  private final List<Entry> active;
  private final Instant lastModified;
  private final String etag;

  private record Entry(
      CatalogDataset dataset,
      String[] vocabulary,
      String[] titleVocabulary,
      Map<String, List<String>> facetValues) {}

  private Snapshot(Map<String, Entry> byName) {
    this.byName = byName;
    List<Entry> entries = new ArrayList<>();
    Instant last = Instant.EPOCH;
    long hash = 1125899906842597L;
    for (Entry e : byName.values()) {
      CatalogDataset d = e.dataset();
      if (d.modified().isAfter(last)) {
        last = d.modified();
      }
      // order-independent: a sum of per-dataset hashes
      hash +=
          (31L * d.name().hashCode() + d.modified().hashCode()) * 1_000_003L
              + d.history().hashCode();
      if (d.active()) {
        entries.add(e);
      }
    }
    entries.sort(
        Comparator.comparing((Entry e) -> e.dataset().modified())
            .reversed()
            .thenComparing(e -> e.dataset().name()));
    this.active = List.copyOf(entries);
    this.lastModified = last;
    this.etag = Long.toHexString(hash) + "-" + byName.size();
  }

  /** A snapshot of these datasets. */
  public static Snapshot of(Collection<CatalogDataset> datasets) {
    Map<String, Entry> m = new HashMap<>();
    for (CatalogDataset d : datasets) {
      m.put(d.name(), entry(d));
    }
    return new Snapshot(m);
  }

  /**
   * A copy where one dataset is replaced (or removed when {@code d} is empty); the other datasets'
   * search structures are shared, not rebuilt.
   */
  public Snapshot with(String name, Optional<CatalogDataset> d) {
    Map<String, Entry> m = new HashMap<>(byName);
    m.remove(name);
    d.ifPresent(x -> m.put(x.name(), entry(x)));
    return new Snapshot(m);
  }

  /** A dataset by name: active or tombstone. */
  public Optional<CatalogDataset> find(String name) {
    return Optional.ofNullable(byName.get(name)).map(Entry::dataset);
  }

  /** Every active dataset, most recently modified first. */
  public List<CatalogDataset> active() {
    return active.stream().map(Entry::dataset).toList();
  }

  /** Number of active datasets. */
  public int size() {
    return active.size();
  }

  /** Every dataset including tombstones. */
  public List<CatalogDataset> all() {
    return byName.values().stream().map(Entry::dataset).toList();
  }

  /** The latest publication or withdrawal in the catalogue. */
  public Instant lastModified() {
    return lastModified;
  }

  /** A validator that changes whenever any dataset changes. */
  public String etag() {
    return etag;
  }

  /**
   * Runs a search.
   *
   * @param views views per dataset name, for the {@code views_total} sort
   */
  public SearchResult search(SearchQuery q, ToLongFunction<String> views) {
    List<String> words = new ArrayList<>();
    Map<String, List<String>> filters = new LinkedHashMap<>(q.filters());
    for (String token : q.text().split("\\s+")) {
      int colon = token.indexOf(':');
      if (token.equals("*:*") || token.equals("*")) {
        continue;
      }
      if (colon > 0 && SearchQuery.FIELDS.contains(token.substring(0, colon))) {
        filters
            .computeIfAbsent(token.substring(0, colon), k -> new ArrayList<>())
            .add(token.substring(colon + 1).replace("\"", ""));
        continue;
      }
      words.addAll(Text.words(token));
    }
    List<Scored> hits = new ArrayList<>();
    for (Entry e : active) {
      if (!matchesFilters(e, filters)) {
        continue;
      }
      int score = score(e, words);
      if (score > 0 || words.isEmpty()) {
        hits.add(new Scored(e, score));
      }
    }
    String sort =
        q.sort().isEmpty()
            ? (words.isEmpty() ? "metadata_modified desc" : "score desc, metadata_modified desc")
            : q.sort();
    List<Scored> ordered = firstInOrder(hits, comparator(sort, views), q.start() + (long) q.rows());
    Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (String field : q.facetFields()) {
      facets.put(field, facet(field, hits, q.facetLimit(), q.facetMinCount()));
    }
    int from = Math.min(q.start(), ordered.size());
    int to = Math.min(ordered.size(), from + q.rows());
    List<CatalogDataset> page =
        ordered.subList(from, to).stream().map(s -> s.entry.dataset()).toList();
    return new SearchResult(hits.size(), page, facets, sort);
  }

  private record Scored(Entry entry, int score) {}

  /**
   * The first {@code need} hits in order: a bounded heap (n log need) when a page is a small part
   * of the hits, a full sort otherwise.
   */
  private static List<Scored> firstInOrder(List<Scored> hits, Comparator<Scored> order, long need) {
    if (need <= 0) {
      return List.of();
    }
    if (need >= hits.size() / 8) {
      List<Scored> all = new ArrayList<>(hits);
      all.sort(order);
      return all;
    }
    java.util.PriorityQueue<Scored> heap =
        new java.util.PriorityQueue<>((int) need + 1, order.reversed());
    for (Scored s : hits) {
      heap.offer(s);
      if (heap.size() > need) {
        heap.poll();
      }
    }
    List<Scored> first = new ArrayList<>(heap);
    first.sort(order);
    return first;
  }

  private static boolean matchesFilters(Entry e, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      List<String> have = e.facetValues().getOrDefault(f.getKey(), List.of());
      for (String want : f.getValue()) {
        if (!containsIgnoringCase(have, want)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean containsIgnoringCase(List<String> have, String want) {
    for (String h : have) {
      if (h.equalsIgnoreCase(want)) {
        return true;
      }
    }
    return false;
  }

  /** 0 when a word matches nothing; else 3 per word found in the title, 1 per other word. */
  private static int score(Entry e, List<String> words) {
    int score = 0;
    for (String w : words) {
      if (startsAnyWord(e.titleVocabulary(), w)) {
        score += 3;
      } else if (startsAnyWord(e.vocabulary(), w)) {
        score += 1;
      } else {
        return 0;
      }
    }
    return score;
  }

  private static boolean startsAnyWord(String[] sorted, String prefix) {
    int i = Arrays.binarySearch(sorted, prefix);
    if (i >= 0) {
      return true;
    }
    int insertion = -i - 1;
    return insertion < sorted.length && sorted[insertion].startsWith(prefix);
  }

  private static Comparator<Scored> comparator(String sort, ToLongFunction<String> views) {
    Comparator<Scored> c = null;
    for (String part : sort.split(",")) {
      String[] p = part.strip().split("\\s+");
      if (p[0].isEmpty()) {
        continue;
      }
      boolean desc = p.length > 1 && p[1].equalsIgnoreCase("desc");
      if (p.length > 2 || (p.length == 2 && !desc && !p[1].equalsIgnoreCase("asc"))) {
        throw new IllegalArgumentException("sort must be 'field asc|desc': " + part.strip());
      }
      Comparator<Scored> one =
          switch (p[0]) {
            case "score" -> Comparator.comparingInt(Scored::score);
            case "metadata_modified" -> Comparator.comparing(s -> s.entry.dataset().modified());
            case "metadata_created" -> Comparator.comparing(s -> s.entry.dataset().created());
            case "title_string", "title" ->
                Comparator.comparing(s -> Text.fold(s.entry.dataset().title()));
            case "name" -> Comparator.comparing(s -> s.entry.dataset().name());
            case "views_total", "views_recent" ->
                Comparator.comparingLong(s -> views.applyAsLong(s.entry.dataset().name()));
            default -> throw new IllegalArgumentException("cannot sort by: " + p[0]);
          };
      one = desc ? one.reversed() : one;
      c = c == null ? one : c.thenComparing(one);
    }
    Comparator<Scored> byName = Comparator.comparing(s -> s.entry.dataset().name());
    return c == null ? byName : c.thenComparing(byName);
  }

  private static List<SearchResult.FacetCount> facet(
      String field, List<Scored> hits, int limit, int minCount) {
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (Scored s : hits) {
      List<String> values = s.entry.facetValues().getOrDefault(field, List.of());
      for (int i = 0; i < values.size(); i++) {
        String v = values.get(i);
        counts.computeIfAbsent(v, k -> new int[1])[0]++;
        display.putIfAbsent(v, displayName(field, s.entry.dataset(), v));
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= Math.max(1, minCount))
        .sorted(
            Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0])
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit < 0 ? Long.MAX_VALUE : limit)
        .map(e -> new SearchResult.FacetCount(e.getKey(), display.get(e.getKey()), e.getValue()[0]))
        .toList();
  }

  private static String displayName(String field, CatalogDataset d, String value) {
    return switch (field) {
      case "organization" -> d.agencyName();
      case "groups" -> d.topic();
      default -> value;
    };
  }

  private static Entry entry(CatalogDataset d) {
    List<String> texts = new ArrayList<>();
    texts.add(d.title());
    texts.add(d.description());
    texts.add(d.topic());
    texts.add(d.agency());
    texts.add(d.agencyName());
    texts.add(d.name());
    texts.add(d.standard().konsep());
    texts.add(d.standard().definisi());
    for (Variable v : d.variables()) {
      texts.add(v.name());
      texts.add(v.name().replace('_', ' '));
      texts.add(v.label());
      texts.add(v.unit());
    }
    Map<String, List<String>> facets = new HashMap<>();
    facets.put("organization", List.of(CatalogDataset.organizationName(d.agency())));
    facets.put("groups", List.of(CatalogDataset.groupName(d.topic())));
    facets.put("tags", tags(d));
    facets.put("res_format", FORMATS);
    facets.put("periodicity", List.of(d.periodicity().name().toLowerCase(Locale.ROOT)));
    facets.put("region_level", List.of(d.regionLevel().name().toLowerCase(Locale.ROOT)));
    facets.put("year", d.years().stream().map(String::valueOf).toList());
    facets.put("license_id", List.of(Licence.ID));
    facets.put("name", List.of(d.name()));
    return new Entry(d, Text.vocabulary(texts), Text.vocabulary(List.of(d.title())), facets);
  }

  /** The dataset's tags: its topic and its data standard's concept. */
  public static List<String> tags(CatalogDataset d) {
    List<String> tags = new ArrayList<>();
    for (String t : List.of(d.topic(), d.standard().konsep())) {
      String tag = t.strip();
      if (!tag.isEmpty() && !containsIgnoringCase(tags, tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }
}
