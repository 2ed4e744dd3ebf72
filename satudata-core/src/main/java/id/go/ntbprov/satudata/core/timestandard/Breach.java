package id.go.ntbprov.satudata.core.timestandard;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A step that took longer than its time standard, or is still not done past its deadline.
 *
 * @param step the measured step
 * @param objectType kind of object ("submission", "evaluation" ...)
 * @param objectId the object
 * @param startedAt when the clock started (the earlier step, or the period's close)
 * @param deadline when the time allowed ran out
 * @param doneAt when the step was done; empty when it is still pending
 * @param elapsed time taken (or, when pending, time elapsed until the evaluation)
 * @param allowed time allowed
 */
public record Breach(
    SopStep step,
    String objectType,
    String objectId,
    Instant startedAt,
    Instant deadline,
    Optional<Instant> doneAt,
    Duration elapsed,
    Duration allowed) {

  /** True when the step has not been done at all yet. */
  public boolean pending() {
    return doneAt.isEmpty();
  }
}
