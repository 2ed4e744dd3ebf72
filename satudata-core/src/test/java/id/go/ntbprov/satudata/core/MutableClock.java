package id.go.ntbprov.satudata.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A test clock the scenario moves by hand, in the region's zone. */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  /** A clock standing at {@code start}. */
  public MutableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  /** Moves to a local date-time of the clock's zone. */
  public void set(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  /** Moves forward. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
