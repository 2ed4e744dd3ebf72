package id.go.ntbprov.satudata.core.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random cells: the hand-written scanners agree with regex and JDK references, and no cell, however
 * odd, makes the checker throw.
 */
class CellFuzzTest {

  private static final String ALPHABET = "0123456789012345678901234567890-+.,QTWqtw :\u00A0";

  private static final Pattern DOT_DECIMAL =
      Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Pattern COMMA_DECIMAL =
      Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
  private static final Pattern DOT_INTEGER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)");
  private static final Pattern COMMA_INTEGER = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)");

  private static List<String> samples() {
    Random random = new Random(2020);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      int len = random.nextInt(12);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < len; j++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void numberParserAgreesWithTheDocumentedGrammar() {
    ParsedNumber n = new ParsedNumber();
    for (String s : samples()) {
      if (s.isEmpty()) {
        continue;
      }
      assertThat(n.parse(s, 0, s.length(), NumberStyle.DOT_DECIMAL, true))
          .as("dot decimal '%s'", s)
          .isEqualTo(DOT_DECIMAL.matcher(s).matches());
      assertThat(n.parse(s, 0, s.length(), NumberStyle.COMMA_DECIMAL, true))
          .as("comma decimal '%s'", s)
          .isEqualTo(COMMA_DECIMAL.matcher(s).matches());
      assertThat(n.parse(s, 0, s.length(), NumberStyle.DOT_DECIMAL, false))
          .as("dot integer '%s'", s)
          .isEqualTo(DOT_INTEGER.matcher(s).matches());
      boolean comma = n.parse(s, 0, s.length(), NumberStyle.COMMA_DECIMAL, false);
      assertThat(comma).as("comma integer '%s'", s).isEqualTo(COMMA_INTEGER.matcher(s).matches());
      if (comma) {
        BigDecimal value = new BigDecimal(s.replace(".", ""));
        assertThat(BigDecimal.valueOf(n.unscaled, n.scale).compareTo(value)).as(s).isZero();
      }
    }
  }

  @Test
  void periodAndDateScannersAgreeWithTheJdk() {
    for (String s : samples()) {
      int expected;
      try {
        expected = CellScanner.encode(Period.parse(s));
      } catch (RuntimeException e) {
        expected = -1;
      }
      String t = s.strip();
      int from = CellScanner.start(s);
      assertThat(CellScanner.period(s, from, CellScanner.end(s, from))).as(s).isEqualTo(expected);
      boolean date;
      try {
        LocalDate.parse(t);
        date = t.length() == 10;
      } catch (DateTimeParseException e) {
        date = false;
      }
      assertThat(CellScanner.isDate(t, 0, t.length())).as(t).isEqualTo(date);
    }
  }

  @Test
  void noCellMakesTheCheckerThrow() {
    List<Variable> vars = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (VariableType type : VariableType.values()) {
      String name = "c_" + type.name().toLowerCase(java.util.Locale.ROOT);
      Variable v =
          type == VariableType.CODE
              ? Variable.keyCode(name, name, "wilayah")
              : Variable.of(name, name, type, "").withRange(BigDecimal.ONE, BigDecimal.TEN);
      vars.add(type == VariableType.DECIMAL ? v.asKey() : v);
      header.add(name);
    }
    TableStructure s = TableStructure.of(vars.toArray(new Variable[0]));
    Fixtures.Collector sink = new Fixtures.Collector();
    CheckSession session =
        Fixtures.checker()
            .start(
                new CheckInput(Fixtures.item(s), Fixtures.Y2020, NumberStyle.COMMA_DECIMAL),
                header,
                sink);
    List<String> cells = samples();
    for (int i = 0; i + vars.size() < cells.size(); i += vars.size()) {
      session.accept(cells.subList(i, i + vars.size()).toArray(new String[0]));
    }
    ConformityReport report = session.finish();
    assertThat(report.rowsChecked()).isPositive();
    assertThat(report.findings()).isEqualTo(sink.findings.size());
  }
}
