package id.go.ntbprov.satudata.web.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A catalogue search: free text, filters by facet field, sort, page, and the facets wanted.
 *
 * @param text free text (every word must start a word of the dataset: title, description, variable
 *     names and labels, agency, topic); blank for everything
 * @param filters facet field to the values a dataset must all have
 * @param sort e.g. {@code score desc, metadata_modified desc}; blank for the default
 * @param start first result, from 0
 * @param rows page size
 * @param facetFields the facet fields to count
 * @param facetLimit values per facet (negative: all)
 * @param facetMinCount smallest count shown
 */
public record SearchQuery(
    String text,
    Map<String, List<String>> filters,
    String sort,
    int start,
    int rows,
    List<String> facetFields,
    int facetLimit,
    int facetMinCount) {

  /** The facet fields a filter or facet may name, in a fixed order. */
  public static final List<String> FIELD_LIST =
      List.of(
          "organization",
          "groups",
          "tags",
          "res_format",
          "periodicity",
          "region_level",
          "year",
          "license_id",
          "name");

  /** The facet fields a filter or facet may name. */
  public static final Set<String> FIELDS = Set.copyOf(FIELD_LIST);

  /** Copies the collections; refuses unknown fields and negative paging. */
  public SearchQuery {
    text = text == null ? "" : text.strip();
    Map<String, List<String>> f = new LinkedHashMap<>();
    (filters == null ? Map.<String, List<String>>of() : filters)
        .forEach(
            (k, v) -> {
              if (!FIELDS.contains(k)) {
                throw new IllegalArgumentException("unknown field: " + k);
              }
              f.put(k, List.copyOf(v));
            });
    filters = java.util.Collections.unmodifiableMap(f);
    sort = sort == null ? "" : sort.strip();
    if (start < 0 || rows < 0) {
      throw new IllegalArgumentException("start and rows must not be negative");
    }
    facetFields = List.copyOf(facetFields == null ? List.of() : facetFields);
    for (String ff : facetFields) {
      if (!FIELDS.contains(ff)) {
        throw new IllegalArgumentException("unknown field: " + ff);
      }
    }
  }

  /** Everything, newest first, no facets. */
  public static SearchQuery all(int start, int rows) {
    return new SearchQuery("", Map.of(), "", start, rows, List.of(), 50, 1);
  }

  /** A copy with one more filter value. */
  public SearchQuery with(String field, String value) {
    Map<String, List<String>> f = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(f.getOrDefault(field, List.of()));
    values.add(value);
    f.put(field, values);
    return new SearchQuery(text, f, sort, start, rows, facetFields, facetLimit, facetMinCount);
  }

  /**
   * The query's words and filters: the text split into search words, except {@code *}, {@code *:*}
   * and {@code field:value} terms of a known field, which join the filters (quotes dropped).
   */
  public Terms terms() {
    List<String> words = new ArrayList<>();
    Map<String, List<String>> f = new LinkedHashMap<>();
    filters.forEach((k, v) -> f.put(k, new ArrayList<>(v)));
    for (String token : text.split("\\s+")) {
      int colon = token.indexOf(':');
      if (token.equals("*:*") || token.equals("*")) {
        continue;
      }
      if (colon > 0 && FIELDS.contains(token.substring(0, colon))) {
        f.computeIfAbsent(token.substring(0, colon), k -> new ArrayList<>())
            .add(token.substring(colon + 1).replace("\"", ""));
        continue;
      }
      words.addAll(Text.words(token));
    }
    return new Terms(words, f);
  }

  /** What a query searches for: normalised words, and the values asked per field. */
  public record Terms(List<String> words, Map<String, List<String>> filters) {}

  /**
   * Parses a Solr-style filter query as CKAN clients send it: {@code organization:dinkes
   * +tags:"Kesehatan Ibu" AND year:2025}. Every term must be {@code field:value}.
   *
   * @throws IllegalArgumentException naming the term that is not understood
   */
  public static Map<String, List<String>> parseFilters(String fq) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (fq == null || fq.isBlank()) {
      return out;
    }
    int i = 0;
    String s = fq.strip();
    while (i < s.length()) {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '+')) {
        i++;
      }
      if (i >= s.length()) {
        break;
      }
      if (s.startsWith("AND ", i) || s.startsWith("&& ", i)) {
        i += s.charAt(i) == 'A' ? 4 : 3;
        continue;
      }
      int colon = s.indexOf(':', i);
      int space = nextSpace(s, i);
      if (colon < 0 || colon > space) {
        throw new IllegalArgumentException("filter term without field: " + s.substring(i, space));
      }
      String field = s.substring(i, colon);
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException("unknown field: " + field);
      }
      int v = colon + 1;
      String value;
      if (v < s.length() && s.charAt(v) == '"') {
        int close = s.indexOf('"', v + 1);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed quote in filter: " + s.substring(i));
        }
        value = s.substring(v + 1, close);
        i = close + 1;
      } else {
        int end = nextSpace(s, v);
        value = s.substring(v, end);
        i = end;
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException("empty value for field: " + field);
      }
      out.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static int nextSpace(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
