package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.Delimiter;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.nio.charset.Charset;
import java.util.Locale;

/** Reads the uploader's declared options (delimiter, charset, number style), refusing unknowns. */
public final class ImportOptions {

  private ImportOptions() {}

  /** {@code comma}, {@code semicolon}, {@code tab} or {@code auto}. */
  public static Delimiter delimiter(String value) {
    try {
      return Delimiter.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, "delimiter", value);
    }
  }

  /** {@code UTF-8} or {@code windows-1252} (and other names Java knows). */
  public static Charset charset(String value) {
    try {
      return Charset.forName(value.strip());
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, "charset", value);
    }
  }

  /** {@code DOT_DECIMAL} ({@code 1234.5}) or {@code COMMA_DECIMAL} ({@code 1.234,5}). */
  public static NumberStyle numberStyle(String value) {
    try {
      return NumberStyle.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolation(Rule.INPUT_INVALID, "numberStyle", value);
    }
  }
}
