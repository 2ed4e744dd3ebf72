package id.go.ntbprov.satudata.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects elapsed times and gives their median and maximum. */
final class Durations {

  private final List<Duration> values = new ArrayList<>();

  void add(Instant from, Instant to) {
    values.add(Duration.between(from, to));
  }

  /** The median; for an even count, the mean of the two middle values. */
  Optional<Duration> median() {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n % 2 == 1) {
      return Optional.of(sorted.get(n / 2));
    }
    return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
  }

  Optional<Duration> worst() {
    return values.stream().max(Duration::compareTo);
  }

  /** {@code part / whole} with 4 decimals, half up; 0 when whole is 0. */
  static BigDecimal ratio(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
