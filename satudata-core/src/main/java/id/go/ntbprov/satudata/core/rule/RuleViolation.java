package id.go.ntbprov.satudata.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A step refused by one of the SOP's rules. Carries the {@link Rule} and the arguments of its
 * message, so any adapter can show the refusal in the user's language.
 */
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Rule rule;
  private final transient List<Object> args;

  /** Creates a refusal by {@code rule}; the arguments fill the rule's message. */
  public RuleViolation(Rule rule, Object... args) {
    super(null, null, false, false);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.args = List.of(args.clone());
  }

  /** The rule that refused the step. */
  public Rule rule() {
    return rule;
  }

  /** The message arguments, in order. */
  public List<Object> args() {
    return args;
  }

  /**
   * The message in the given language (Indonesian unless English is asked for). A field named by
   * its technical key ({@link Rule#namesField}) is shown by its label in that language.
   */
  public String message(Locale locale) {
    Object[] shown = args.toArray();
    if (rule.namesField() && shown.length > 0 && shown[0] instanceof String field) {
      shown[0] = Messages.field(locale, field);
    }
    return Messages.format(locale, rule.messageKey(), shown);
  }

  /** The Indonesian message, prefixed by the rule's name. */
  @Override
  public String getMessage() {
    return rule.name() + ": " + message(Messages.INDONESIAN);
  }

  /** Throws {@code rule} with {@code args} unless {@code condition} holds. */
  public static void require(boolean condition, Rule rule, Object... args) {
    if (!condition) {
      throw new RuleViolation(rule, args);
    }
  }

  /** Refuses with {@link Rule#INPUT_REQUIRED} when {@code value} is null or blank. */
  public static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new RuleViolation(Rule.INPUT_REQUIRED, field);
    }
    return value.strip();
  }

  /** Refuses with {@link Rule#INPUT_REQUIRED} when {@code value} is null. */
  public static <T> T requirePresent(T value, String field) {
    if (value == null) {
      throw new RuleViolation(Rule.INPUT_REQUIRED, field);
    }
    return value;
  }
}
