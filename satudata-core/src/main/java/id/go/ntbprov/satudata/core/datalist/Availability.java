package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.Instant;

/**
 * The availability of an agreed item, as checked by the custodian with the producer.
 *
 * @param status available, partly or not
 * @param reason why partly or not available (required then)
 * @param checkedAt when
 * @param checkedBy who
 */
public record Availability(
    AvailabilityStatus status, String reason, Instant checkedAt, AccountId checkedBy) {

  /** Refuses partly / not available without a reason. */
  public Availability {
    RuleViolation.requirePresent(status, "availability.status");
    reason = reason == null ? "" : reason.strip();
    RuleViolation.require(
        status == AvailabilityStatus.AVAILABLE || !reason.isEmpty(),
        Rule.AVAILABILITY_REASON_REQUIRED,
        status);
  }
}
