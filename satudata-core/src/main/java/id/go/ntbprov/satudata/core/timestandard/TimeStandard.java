package id.go.ntbprov.satudata.core.timestandard;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Duration;
import java.util.Optional;

/**
 * The time allowed for one step (the SOP's <i>waktu</i> column): measured from an earlier step on
 * the same object, or from the close of the data's period.
 *
 * @param step the step whose time is measured
 * @param startsAfter the earlier step the clock starts at; empty when it starts at the close of the
 *     period
 * @param allowed the time allowed
 */
public record TimeStandard(SopStep step, Optional<SopStep> startsAfter, Duration allowed) {

  /** Refuses a missing step or a non-positive time. */
  public TimeStandard {
    RuleViolation.requirePresent(step, "timeStandard.step");
    startsAfter = startsAfter == null ? Optional.empty() : startsAfter;
    RuleViolation.requirePresent(allowed, "timeStandard.allowed");
    RuleViolation.require(
        !allowed.isNegative() && !allowed.isZero(),
        Rule.INPUT_INVALID,
        "timeStandard.allowed",
        allowed);
  }

  /** A standard measured from an earlier step on the same object. */
  public static TimeStandard after(SopStep step, SopStep startsAfter, Duration allowed) {
    return new TimeStandard(step, Optional.of(startsAfter), allowed);
  }

  /** A standard measured from the close of the period. */
  public static TimeStandard afterPeriodEnd(SopStep step, Duration allowed) {
    return new TimeStandard(step, Optional.empty(), allowed);
  }

  /** True when {@code elapsed} exceeds the time allowed. */
  public boolean breachedBy(Duration elapsed) {
    return elapsed.compareTo(allowed) > 0;
  }
}
