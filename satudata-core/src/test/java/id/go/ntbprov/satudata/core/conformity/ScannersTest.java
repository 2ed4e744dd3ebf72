package id.go.ntbprov.satudata.core.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scanners agree with the JDK's and the core's own parsers. */
class ScannersTest {

  @Test
  void periodScannerAgreesWithPeriodParse() {
    List<String> samples =
        List.of(
            "2025",
            "1900",
            "2999",
            "1899",
            "3000",
            "2025-Q1",
            "2025-q4",
            "2025-Q0",
            "2025-Q5",
            "2025-TW1",
            "2025-tw3",
            "2025-Tw2",
            "2025-T4",
            "2025-T5",
            "2025-TQ1",
            "2025-W1",
            "2025-01",
            "2025-12",
            "2025-00",
            "2025-13",
            "2025-1",
            "2025-001",
            "2025-Q",
            "2025-",
            "2025-Q12",
            "202",
            "20255",
            "2025/01",
            "abcd",
            "2025-TW",
            "2025-T");
    for (String s : samples) {
      int scanned = CellScanner.period(s, 0, s.length());
      Integer parsed;
      try {
        parsed = CellScanner.encode(Period.parse(s));
      } catch (RuntimeException e) {
        parsed = -1;
      }
      assertThat(scanned).as(s).isEqualTo(parsed);
    }
  }

  @Test
  void dateScannerAgreesWithLocalDate() {
    LocalDate day = LocalDate.of(1896, 1, 1);
    while (day.getYear() < 2105) {
      String s = day.toString();
      assertThat(CellScanner.isDate(s, 0, s.length())).as(s).isTrue();
      day = day.plusDays(1);
    }
    for (int y : new int[] {1900, 2000, 2023, 2024, 2100}) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          String s = String.format("%04d-%02d-%02d", y, m, d);
          boolean valid;
          try {
            LocalDate.parse(s);
            valid = true;
          } catch (DateTimeParseException e) {
            valid = false;
          }
          assertThat(CellScanner.isDate(s, 0, s.length())).as(s).isEqualTo(valid);
        }
      }
    }
  }

  @Test
  void trimmingMatchesStrip() {
    for (String s : List.of("", " ", " a ", "\t5201\r", "\u2003x\u3000", "\u00A0x", "ab")) {
      int from = CellScanner.start(s);
      int to = CellScanner.end(s, from);
      assertThat(s.substring(from, to)).as(s).isEqualTo(s.strip());
    }
  }

  @Test
  void numberParserAgreesWithBigDecimalOnRandomNumbers() {
    Random random = new Random(42);
    ParsedNumber n = new ParsedNumber();
    for (int i = 0; i < 20_000; i++) {
      BigDecimal expected =
          new BigDecimal(
              new java.math.BigInteger(random.nextInt(80) + 1, random), random.nextInt(25));
      if (random.nextBoolean()) {
        expected = expected.negate();
      }
      String text = expected.toPlainString();
      assertThat(n.parse(text, 0, text.length(), NumberStyle.DOT_DECIMAL, true)).as(text).isTrue();
      BigDecimal actual = n.big ? n.toBigDecimal() : BigDecimal.valueOf(n.unscaled, n.scale);
      assertThat(actual.compareTo(expected)).as(text).isZero();
      String comma = text.replace('.', ',');
      assertThat(n.parse(comma, 0, comma.length(), NumberStyle.COMMA_DECIMAL, true)).isTrue();
      assertThat(n.toBigDecimal().compareTo(expected)).as(comma).isZero();
    }
  }

  @Test
  void exactComparisonAgreesWithBigDecimal() {
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      long u1 = random.nextLong() / (1L << random.nextInt(63));
      long u2 = random.nextBoolean() ? u1 : random.nextLong() / (1L << random.nextInt(63));
      int s1 = random.nextInt(25);
      int s2 = random.nextInt(25);
      if (u1 == Long.MIN_VALUE || u2 == Long.MIN_VALUE) {
        continue;
      }
      int expected = BigDecimal.valueOf(u1, s1).compareTo(BigDecimal.valueOf(u2, s2));
      assertThat(Integer.signum(ParsedNumber.compare(u1, s1, u2, s2)))
          .as(u1 + "e-" + s1 + " vs " + u2 + "e-" + s2)
          .isEqualTo(expected);
    }
  }

  @Test
  void hashMapKeepsTheFirstValueAndGrows() {
    LongIntHashMap map = new LongIntHashMap();
    long before = map.memoryBytes();
    for (int i = 0; i < 100_000; i++) {
      assertThat(map.putIfAbsent(i * 7919L, i + 2)).isZero();
    }
    for (int i = 0; i < 100_000; i++) {
      assertThat(map.putIfAbsent(i * 7919L, 1)).isEqualTo(i + 2);
      assertThat(map.get(i * 7919L)).isEqualTo(i + 2);
    }
    assertThat(map.get(-1)).isZero();
    assertThat(map.size()).isEqualTo(100_000);
    // 16 bytes a slot, at most 3/4 full after growing: between 21 and 43 bytes a key.
    assertThat(map.memoryBytes()).isGreaterThan(before).isBetween(21L * 100_000, 43L * 100_000);
  }

  @Test
  void keyHashesOfDistinctKeysDoNotCollide() {
    LongIntHashMap seen = new LongIntHashMap();
    int row = 2;
    for (int i = 0; i < 300_000; i++) {
      long h = KeyHash.combine(KeyHash.ROW_SEED, KeyHash.ofChars(Integer.toString(i)));
      assertThat(seen.putIfAbsent(h, row++)).as("key " + i).isZero();
      long n = KeyHash.combine(KeyHash.ROW_SEED, KeyHash.ofNumber(i, 0));
      assertThat(seen.putIfAbsent(n, row++)).as("number " + i).isZero();
    }
    assertThat(KeyHash.ofNumber(12_500, 3)).isEqualTo(KeyHash.ofNumber(125, 1));
  }
}
