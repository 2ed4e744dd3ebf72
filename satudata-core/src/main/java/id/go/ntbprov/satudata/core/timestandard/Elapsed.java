package id.go.ntbprov.satudata.core.timestandard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a step on one object has taken so far, against its time standard: what a screen shows
 * beside a submission waiting for publication ("2 min of 3, within the standard").
 *
 * @param standard the standard measured
 * @param objectId the object
 * @param startedAt when the clock started
 * @param deadline when the time allowed runs out
 * @param doneAt when the step was done; empty while it is pending
 * @param elapsed time taken, or time elapsed until the moment asked about while pending
 */
public record Elapsed(
    TimeStandard standard,
    String objectId,
    Instant startedAt,
    Instant deadline,
    Optional<Instant> doneAt,
    Duration elapsed) {

  /** The time allowed. */
  public Duration allowed() {
    return standard.allowed();
  }

  /** True when the time taken (or elapsed while pending) exceeds the time allowed. */
  public boolean breached() {
    return standard.breachedBy(elapsed);
  }

  /** True while the step has not been done. */
  public boolean pending() {
    return doneAt.isEmpty();
  }
}
