package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.List;
import java.util.Optional;

/** Port: where every version of every submission is kept. */
public interface SubmissionRepository {

  /** The version with that id. */
  Optional<Submission> find(SubmissionId id);

  /**
   * The version with that id, or a refusal naming it.
   *
   * @throws RuleViolation {@link Rule#NOT_FOUND}
   */
  default Submission require(SubmissionId id) {
    return find(id).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "submission", id));
  }

  /** Every version of one item and period, oldest first. */
  List<Submission> series(DataItemId item, Period period);

  /** Every version of the items of one data list year, in id order. */
  List<Submission> byListYear(int year);

  /** Every version in a state, in id order (for queues). */
  List<Submission> byStatus(SubmissionStatus status);

  /** Every version of one agency, in id order. */
  List<Submission> byAgency(AgencyCode agency);

  /** Inserts (version 0) or updates (same version as stored) a submission. */
  Submission save(Submission submission);
}
