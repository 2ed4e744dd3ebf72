package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The home page's planning panels: for the Pembina Data the items awaiting a recommendation; for
 * the forum and its secretariat the year's list by status and the latest meetings.
 */
@Named
@RequestScoped
public class PlanningPanels {

  @Inject CoreAccess core;

  private List<DataItem> items;

  /** This year's list (and next year's, planned ahead). */
  private List<DataItem> items() {
    if (items == null) {
      int year = core.today().getYear();
      items =
          Stream.concat(
                  core.sop().ports().items().byYear(year).stream(),
                  core.sop().ports().items().byYear(year + 1).stream())
              .toList();
    }
    return items;
  }

  /** Items proposed and awaiting the Pembina Data's decision. */
  public List<DataItem> getAwaitingRecommendation() {
    return items().stream().filter(i -> i.status() == ItemStatus.PROPOSED).toList();
  }

  /** This year's list: how many items in each status (every status, zeros too). */
  public List<Map.Entry<String, Long>> getStatusCounts() {
    int year = core.today().getYear();
    Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
    for (ItemStatus s : ItemStatus.values()) {
      counts.put(s, 0L);
    }
    items().stream()
        .filter(i -> i.id().year() == year)
        .forEach(i -> counts.merge(i.status(), 1L, Long::sum));
    return counts.entrySet().stream()
        .map(
            e ->
                (Map.Entry<String, Long>)
                    new AbstractMap.SimpleEntry<>(e.getKey().name(), e.getValue()))
        .toList();
  }

  /** The five latest meetings. */
  public List<ForumMeeting> getLatestMeetings() {
    List<ForumMeeting> all = new ArrayList<>(core.sop().ports().meetings().all());
    Collections.reverse(all);
    return all.subList(0, Math.min(5, all.size()));
  }

  /** The current year. */
  public int getYear() {
    return core.today().getYear();
  }
}
