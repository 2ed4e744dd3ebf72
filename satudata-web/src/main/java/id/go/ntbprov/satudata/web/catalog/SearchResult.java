package id.go.ntbprov.satudata.web.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of a catalogue search.
 *
 * @param count how many datasets match in all
 * @param results the page
 * @param facets facet field to its values with counts, most frequent first
 * @param sort the sort applied
 */
public record SearchResult(
    int count, List<CatalogDataset> results, Map<String, List<FacetCount>> facets, String sort) {

  /**
   * One value of a facet.
   *
   * @param name the value as filters name it
   * @param displayName the value as people read it
   * @param count matching datasets having it
   */
  public record FacetCount(String name, String displayName, int count) {}
}
