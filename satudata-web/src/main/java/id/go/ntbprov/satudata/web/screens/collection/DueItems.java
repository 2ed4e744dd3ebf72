package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.Transition;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What waits for a producer: the own agencies' agreed items of this year's list with the period due
 * now (the last closed one of the item's periodicity) and its latest version, and the versions the
 * custodian returned with notes. Only the account's own agencies' data.
 */
@Named
@RequestScoped
public class DueItems {

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;

  private List<Due> due;

  /** An item due, the period due and its latest version (null when none was uploaded). */
  public record Due(DataItem item, String period, Submission latest) {}

  /** The own agencies' agreed items of this year, with the period due. */
  public List<Due> getDue() {
    if (due == null) {
      Set<AgencyCode> mine = signedIn.agencies();
      LocalDate today = core.today();
      due =
          core.sop().ports().items().byYear(today.getYear()).stream()
              .filter(DataItem::agreed)
              .filter(i -> mine.contains(i.definition().producer()))
              .map(
                  i -> {
                    Period p = lastClosed(i.definition().periodicity(), today);
                    List<Submission> versions = core.sop().ports().submissions().series(i.id(), p);
                    return new Due(
                        i,
                        p.toString(),
                        versions.isEmpty() ? null : versions.get(versions.size() - 1));
                  })
              .toList();
    }
    return due;
  }

  /** The own agencies' versions returned by the custodian, newest first. */
  public List<Submission> getReturned() {
    return signedIn.agencies().stream()
        .flatMap(a -> core.sop().ports().submissions().byAgency(a).stream())
        .filter(s -> s.status() == SubmissionStatus.RETURNED)
        .sorted((a, b) -> b.id().compareTo(a.id()))
        .toList();
  }

  /** The custodian's notes on a returned version. */
  public String notes(Submission s) {
    List<Transition> h = s.history();
    return h.isEmpty() ? "" : h.get(h.size() - 1).note();
  }

  /** The last period of a periodicity that closed before {@code today}. */
  static Period lastClosed(Periodicity periodicity, LocalDate today) {
    return switch (periodicity) {
      case ANNUAL -> Period.year(today.getYear() - 1);
      case QUARTERLY -> {
        int q = (today.getMonthValue() - 1) / 3;
        yield q == 0 ? Period.quarter(today.getYear() - 1, 4) : Period.quarter(today.getYear(), q);
      }
      case MONTHLY -> {
        LocalDate last = today.minusMonths(1);
        yield Period.month(last.getYear(), last.getMonthValue());
      }
    };
  }
}
