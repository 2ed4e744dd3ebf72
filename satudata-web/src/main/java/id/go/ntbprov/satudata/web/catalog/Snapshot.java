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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An immutable state of the public catalogue with its search structures: every dataset by name
 * (tombstones included) and, for the active ones, each dataset's sorted vocabulary and facet
 * values. Searching scans the active datasets once, matching each query word as a prefix of the
 * dataset's words by binary search.
 *
 * <p>Facet values are interned per snapshot (built once with it): each facet field has its distinct
 * values and, per active dataset, the small integers of its values, so filters test integers and
 * facet counts are array increments. Hits are dataset positions in an {@code int} array, ordered
 * without boxing; the active datasets are kept newest first, so the default order needs no sort.
 *
 * <p>Other layers may keep values derived from a snapshot with it ({@link #derived}): such caches
 * are dropped with the snapshot when a publication or withdrawal replaces it.
 */
public final class Snapshot {

  /** The formats every distribution is offered in. */
  public static final List<String> FORMATS = List.of("CSV", "XLSX", "JSON");

  /** The facet fields, in the order of {@link Entry#facetValues}. */
  private static final List<String> FIELDS = SearchQuery.FIELD_LIST;

  /** Active datasets: most recently modified first, then by name. */
  private static final Comparator<Entry> NEWEST_FIRST =
      Comparator.comparing((Entry e) -> e.dataset().modified())
          .reversed()
          .thenComparing(e -> e.dataset().name());

  private final Map<String, Entry> byName;
  private final Entry[] active;
  private final List<CatalogDataset> activeDatasets;
  private final List<CatalogDataset> allDatasets;
  private final Facet[] facets;
  private final Instant lastModified;
  private final String etag;
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  private record Entry(
      CatalogDataset dataset,
      String[] vocabulary,
      String[] titleVocabulary,
      String[][] facetValues,
      String foldedTitle,
      long hash) {}

  /**
   * One facet field over the active datasets: its distinct values, and the ids of the values of the
   * dataset at position {@code p} in {@code ids[start[p] .. start[p + 1])}.
   */
  private record Facet(String[] values, int[] start, int[] ids) {

    static Facet of(int field, Entry[] active) {
      Map<String, Integer> dict = new HashMap<>();
      List<String> values = new ArrayList<>();
      int[] start = new int[active.length + 1];
      int total = 0;
      for (Entry e : active) {
        total += e.facetValues()[field].length;
      }
      int[] ids = new int[total];
      int k = 0;
      for (int p = 0; p < active.length; p++) {
        start[p] = k;
        for (String v : active[p].facetValues()[field]) {
          Integer id = dict.get(v);
          if (id == null) {
            id = values.size();
            dict.put(v, id);
            values.add(v);
          }
          ids[k++] = id;
        }
      }
      start[active.length] = k;
      return new Facet(values.toArray(String[]::new), start, ids);
    }

    /** True when the dataset at a position has one of the values marked. */
    boolean has(int position, boolean[] wanted) {
      for (int k = start[position]; k < start[position + 1]; k++) {
        if (wanted[ids[k]]) {
          return true;
        }
      }
      return false;
    }
  }

  private Snapshot(Map<String, Entry> byName, Entry[] active) {
    this.byName = byName;
    this.active = active;
    Instant last = Instant.EPOCH;
    long hash = 1125899906842597L;
    List<CatalogDataset> all = new ArrayList<>(byName.size());
    for (Entry e : byName.values()) {
      CatalogDataset d = e.dataset();
      if (d.modified().isAfter(last)) {
        last = d.modified();
      }
      // order-independent: a sum of per-dataset hashes
      hash += e.hash();
      all.add(d);
    }
    this.allDatasets = java.util.Collections.unmodifiableList(all);
    this.activeDatasets = Arrays.stream(active).map(Entry::dataset).toList();
    this.facets = new Facet[FIELDS.size()];
    for (int f = 0; f < facets.length; f++) {
      facets[f] = Facet.of(f, active);
    }
    this.lastModified = last;
    this.etag = Long.toHexString(hash) + "-" + byName.size();
  }

  /** A snapshot of these datasets. */
  public static Snapshot of(Collection<CatalogDataset> datasets) {
    Map<String, Entry> m = new HashMap<>();
    for (CatalogDataset d : datasets) {
      m.put(d.name(), entry(d));
    }
    Entry[] active = m.values().stream().filter(e -> e.dataset().active()).toArray(Entry[]::new);
    Arrays.sort(active, NEWEST_FIRST);
    return new Snapshot(m, active);
  }

  /**
   * A copy where one dataset is replaced (or removed when {@code d} is empty); the other datasets'
   * search structures are shared, not rebuilt.
   */
  public Snapshot with(String name, Optional<CatalogDataset> d) {
    Map<String, Entry> m = new HashMap<>(byName);
    Entry old = m.remove(name);
    Entry added = d.map(Snapshot::entry).orElse(null);
    if (added != null) {
      m.put(added.dataset().name(), added);
    }
    List<Entry> list = new ArrayList<>(active.length + 1);
    for (Entry e : active) {
      if (e != old && !(added != null && e.dataset().name().equals(added.dataset().name()))) {
        list.add(e);
      }
    }
    if (added != null && added.dataset().active()) {
      int i = java.util.Collections.binarySearch(list, added, NEWEST_FIRST);
      list.add(i < 0 ? -i - 1 : i, added);
    }
    return new Snapshot(m, list.toArray(Entry[]::new));
  }

  /** A dataset by name: active or tombstone. */
  public Optional<CatalogDataset> find(String name) {
    return Optional.ofNullable(byName.get(name)).map(Entry::dataset);
  }

  /** Every active dataset, most recently modified first. */
  public List<CatalogDataset> active() {
    return activeDatasets;
  }

  /** Number of active datasets. */
  public int size() {
    return active.length;
  }

  /** Every dataset including tombstones. */
  public List<CatalogDataset> all() {
    return allDatasets;
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
   * A value derived from this snapshot alone, computed on first use and kept as long as the
   * snapshot (a cache that a publication or withdrawal drops with it). Two threads may compute it
   * at once; one result is kept. Keys must be few (a class, a small record): the map is unbounded.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<Snapshot, T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.apply(this);
      Object earlier = derived.putIfAbsent(key, v);
      if (earlier != null) {
        v = earlier;
      }
    }
    return (T) v;
  }

  /**
   * Runs a search.
   *
   * @param views views per dataset name, for the {@code views_total} sort
   */
  public SearchResult search(SearchQuery q, ToLongFunction<String> views) {
    SearchQuery.Terms terms = q.terms();
    List<String> words = terms.words();
    Map<String, List<String>> filters = terms.filters();
    String sort =
        q.sort().isEmpty()
            ? (words.isEmpty() ? "metadata_modified desc" : "score desc, metadata_modified desc")
            : q.sort();
    List<SortKey> keys = sortKeys(sort);
    int n = active.length;
    int[] hits = new int[n];
    int[] scores = words.isEmpty() ? null : new int[n];
    int count = 0;
    List<Facet> filterFacets = new ArrayList<>();
    List<boolean[]> filterValues = new ArrayList<>();
    boolean impossible = false;
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      Facet facet = facets[FIELDS.indexOf(f.getKey())];
      for (String want : f.getValue()) {
        boolean[] marked = new boolean[facet.values().length];
        boolean any = false;
        for (int id = 0; id < marked.length; id++) {
          if (facet.values()[id].equalsIgnoreCase(want)) {
            marked[id] = true;
            any = true;
          }
        }
        impossible |= !any;
        filterFacets.add(facet);
        filterValues.add(marked);
      }
    }
    if (!impossible) {
      positions:
      for (int p = 0; p < n; p++) {
        for (int f = 0; f < filterFacets.size(); f++) {
          if (!filterFacets.get(f).has(p, filterValues.get(f))) {
            continue positions;
          }
        }
        if (scores == null) {
          hits[count++] = p;
        } else {
          int score = score(active[p], words);
          if (score > 0) {
            scores[p] = score;
            hits[count++] = p;
          }
        }
      }
    }
    long need = Math.min(count, q.start() + (long) q.rows());
    int[] ordered;
    IntSort.Order order = order(keys, scores, hits, count, views);
    if (order == null) {
      // the scan order (newest first, then name) is the order asked for
      ordered = Arrays.copyOf(hits, (int) need);
    } else {
      ordered = IntSort.first(hits, count, (int) need, order);
    }
    Map<String, List<SearchResult.FacetCount>> facetCounts = new LinkedHashMap<>();
    for (String field : q.facetFields()) {
      facetCounts.put(field, facet(field, hits, count, q.facetLimit(), q.facetMinCount()));
    }
    int from = Math.min(q.start(), ordered.length);
    int to = Math.min(ordered.length, from + q.rows());
    List<CatalogDataset> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      page.add(active[ordered[i]].dataset());
    }
    return new SearchResult(count, List.copyOf(page), facetCounts, sort);
  }

  private record SortKey(String field, boolean desc) {}

  /** The sort's keys; refuses what cannot be sorted by. */
  private static List<SortKey> sortKeys(String sort) {
    List<SortKey> keys = new ArrayList<>();
    for (String part : sort.split(",")) {
      String[] p = part.strip().split("\\s+");
      if (p[0].isEmpty()) {
        continue;
      }
      boolean desc = p.length > 1 && p[1].equalsIgnoreCase("desc");
      if (p.length > 2 || (p.length == 2 && !desc && !p[1].equalsIgnoreCase("asc"))) {
        throw new IllegalArgumentException("sort must be 'field asc|desc': " + part.strip());
      }
      switch (p[0]) {
        case "score",
            "metadata_modified",
            "metadata_created",
            "title_string",
            "title",
            "name",
            "views_total",
            "views_recent" -> {}
        default -> throw new IllegalArgumentException("cannot sort by: " + p[0]);
      }
      keys.add(new SortKey(p[0], desc));
    }
    return keys;
  }

  /**
   * The order of positions by these keys, then by name; null when it is the scan order (keys ending
   * with {@code metadata_modified desc}, which with the name is the order of {@link #active}, and
   * nothing before it, or only the score when there are no words).
   */
  private IntSort.Order order(
      List<SortKey> keys, int[] scores, int[] hits, int count, ToLongFunction<String> views) {
    int last = keys.size() - 1;
    boolean endsNewest =
        last >= 0 && keys.get(last).field().equals("metadata_modified") && keys.get(last).desc();
    if (endsNewest
        && (last == 0 || (last == 1 && keys.get(0).field().equals("score") && scores == null))) {
      return null;
    }
    long[] viewCounts = null;
    for (SortKey k : keys) {
      if (k.field().startsWith("views_") && viewCounts == null) {
        viewCounts = new long[active.length];
        for (int i = 0; i < count; i++) {
          viewCounts[hits[i]] = views.applyAsLong(active[hits[i]].dataset().name());
        }
      }
    }
    int compared = endsNewest ? last : keys.size();
    IntSort.Order[] parts = new IntSort.Order[compared];
    for (int i = 0; i < compared; i++) {
      IntSort.Order one = key(keys.get(i).field(), scores, viewCounts);
      parts[i] = keys.get(i).desc() ? (a, b) -> one.compare(b, a) : one;
    }
    Entry[] e = active;
    IntSort.Order tail =
        endsNewest
            ? Integer::compare
            : (a, b) -> e[a].dataset().name().compareTo(e[b].dataset().name());
    return (a, b) -> {
      for (IntSort.Order part : parts) {
        int c = part.compare(a, b);
        if (c != 0) {
          return c;
        }
      }
      return tail.compare(a, b);
    };
  }

  private IntSort.Order key(String field, int[] scores, long[] viewCounts) {
    Entry[] e = active;
    return switch (field) {
      case "score" ->
          scores == null ? (a, b) -> 0 : (a, b) -> Integer.compare(scores[a], scores[b]);
      case "metadata_modified" ->
          (a, b) -> e[a].dataset().modified().compareTo(e[b].dataset().modified());
      case "metadata_created" ->
          (a, b) -> e[a].dataset().created().compareTo(e[b].dataset().created());
      case "title_string", "title" -> (a, b) -> e[a].foldedTitle().compareTo(e[b].foldedTitle());
      case "name" -> (a, b) -> e[a].dataset().name().compareTo(e[b].dataset().name());
      case "views_total", "views_recent" -> (a, b) -> Long.compare(viewCounts[a], viewCounts[b]);
      default -> throw new IllegalArgumentException("cannot sort by: " + field);
    };
  }

  /** 0 when a word matches nothing; else 3 per word found in the title, 1 per other word. */
  private static int score(Entry e, List<String> words) {
    int score = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
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

  /**
   * A facet's counts over the hits: value ids counted into an array; the display name is the one of
   * the first hit (newest) having the value. Most frequent first, then by value.
   */
  private List<SearchResult.FacetCount> facet(
      String field, int[] hits, int count, int limit, int minCount) {
    Facet f = facets[FIELDS.indexOf(field)];
    int[] counts = new int[f.values().length];
    int[] first = new int[counts.length];
    int[] start = f.start();
    int[] ids = f.ids();
    for (int i = 0; i < count; i++) {
      int p = hits[i];
      for (int k = start[p]; k < start[p + 1]; k++) {
        if (counts[ids[k]]++ == 0) {
          first[ids[k]] = p;
        }
      }
    }
    int min = Math.max(1, minCount);
    int[] shown = new int[counts.length];
    int n = 0;
    for (int id = 0; id < counts.length; id++) {
      if (counts[id] >= min) {
        shown[n++] = id;
      }
    }
    String[] values = f.values();
    int[] top =
        IntSort.first(
            shown,
            n,
            limit < 0 ? n : limit,
            (a, b) ->
                counts[a] != counts[b] ? counts[b] - counts[a] : values[a].compareTo(values[b]));
    List<SearchResult.FacetCount> out = new ArrayList<>(top.length);
    for (int id : top) {
      out.add(
          new SearchResult.FacetCount(
              values[id], displayName(field, active[first[id]].dataset(), values[id]), counts[id]));
    }
    return List.copyOf(out);
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
    String[][] values = new String[FIELDS.size()][];
    for (int f = 0; f < values.length; f++) {
      values[f] = facets.get(FIELDS.get(f)).toArray(String[]::new);
    }
    long hash =
        (31L * d.name().hashCode() + d.modified().hashCode()) * 1_000_003L + d.history().hashCode();
    return new Entry(
        d,
        Text.vocabulary(texts),
        Text.vocabulary(List.of(d.title())),
        values,
        Text.fold(d.title()),
        hash);
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

  private static boolean containsIgnoringCase(List<String> have, String want) {
    for (String h : have) {
      if (h.equalsIgnoreCase(want)) {
        return true;
      }
    }
    return false;
  }
}
