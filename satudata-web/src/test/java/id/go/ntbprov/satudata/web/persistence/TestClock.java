package id.go.ntbprov.satudata.web.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock moved by hand, in the region's zone. */
final class TestClock extends Clock {
  private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final ZoneId zone;

  TestClock(ZoneId zone) {
    this.zone = zone;
  }

  void set(String localDateTime) {
    now = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    TestClock c = new TestClock(z);
    c.now = now;
    return c;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
