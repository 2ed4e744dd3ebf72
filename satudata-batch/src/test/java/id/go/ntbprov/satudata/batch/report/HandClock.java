package id.go.ntbprov.satudata.batch.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the benchmark moves by hand, in the region's zone (a copy of the core's test clock). */
final class HandClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  HandClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves to a local date-time of the clock's zone; never backwards. */
  void set(LocalDateTime local) {
    Instant to = local.atZone(zone).toInstant();
    if (to.isBefore(now)) {
      throw new IllegalStateException("clock would go back from " + now + " to " + to);
    }
    now = to;
  }

  /** Moves forward. */
  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new HandClock(now, other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
