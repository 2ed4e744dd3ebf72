package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The year's Daftar Data Daerah (SOP 1a–1d): every item with its agency, periodicity, status and
 * availability, filtered by status, agency and periodicity and searched by title or code. Items are
 * readable by all staff (the data list is not an agency's unpublished data).
 */
@Named("dataList")
@ViewScoped
public class DataListScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;

  private Integer year;
  private String status;
  private String agency;
  private String periodicity;
  private String search;
  private transient List<DataItem> items;

  /** Defaults the year to the current one. */
  public void load() {
    if (year == null) {
      year = core.today().getYear();
    }
  }

  /** Years to choose from: two back and one ahead of the current year, and the one shown. */
  public List<Integer> getYears() {
    int now = core.today().getYear();
    return IntStream.rangeClosed(Math.min(now - 2, year == null ? now : year), now + 1)
        .boxed()
        .sorted((a, b) -> b - a)
        .toList();
  }

  /** The year's items matching the filters, by code. */
  public List<DataItem> getItems() {
    if (year == null) {
      load(); // a malformed year in the URL was not converted
    }
    if (items == null) {
      String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
      items =
          core.sop().ports().items().byYear(year).stream()
              .filter(i -> blank(status) || i.status().name().equals(status))
              .filter(i -> blank(agency) || i.definition().producer().value().equals(agency))
              .filter(
                  i ->
                      blank(periodicity) || i.definition().periodicity().name().equals(periodicity))
              .filter(
                  i ->
                      q.isEmpty()
                          || i.id().code().toLowerCase(Locale.ROOT).contains(q)
                          || i.definition().title().toLowerCase(Locale.ROOT).contains(q))
              .toList();
    }
    return items;
  }

  /** Re-reads the list after a filter changed. */
  public void apply() {
    items = null;
  }

  /** The statuses, for the filter. */
  public ItemStatus[] getStatuses() {
    return ItemStatus.values();
  }

  /** Agency codes, for the filter. */
  public List<String> getAgencies() {
    return core.sop().ports().agencies().all().stream().map(a -> a.code().value()).toList();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getPeriodicity() {
    return periodicity;
  }

  public void setPeriodicity(String periodicity) {
    this.periodicity = periodicity;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
