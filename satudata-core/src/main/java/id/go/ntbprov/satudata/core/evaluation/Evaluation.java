package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a quarter or a year: figures for the region and per agency, the time-standard
 * breaches, and the region-wide counts of forum meetings and delivered reports.
 *
 * @param period the evaluated quarter or year
 * @param asOf when it was computed (pending breaches are measured up to then)
 * @param region figures for the whole region
 * @param byAgency figures per producing agency, for every agency with an agreed item
 * @param breaches time-standard breaches whose deadline fell in the period
 * @param forumMeetings forum meetings held in the period
 * @param reportsDelivered evaluation reports delivered to the regional head in the period
 */
public record Evaluation(
    Period period,
    Instant asOf,
    Figures region,
    Map<AgencyCode, Figures> byAgency,
    List<Breach> breaches,
    int forumMeetings,
    int reportsDelivered) {

  /** Copies the collections. */
  public Evaluation {
    byAgency = Map.copyOf(byAgency);
    breaches = List.copyOf(breaches);
  }
}
