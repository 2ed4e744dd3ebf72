package id.go.ntbprov.satudata.core.timestandard;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The time standards in force in a region, at most one per step. */
public final class TimeStandards {

  private final Map<SopStep, TimeStandard> byStep;

  private TimeStandards(Map<SopStep, TimeStandard> byStep) {
    this.byStep = Collections.unmodifiableMap(new EnumMap<>(byStep));
  }

  /** Standards from a collection; a later standard for the same step replaces an earlier one. */
  public static TimeStandards of(Collection<TimeStandard> standards) {
    Map<SopStep, TimeStandard> m = new EnumMap<>(SopStep.class);
    for (TimeStandard s : standards) {
      m.put(s.step(), s);
    }
    return new TimeStandards(m);
  }

  /**
   * The SOP's two standards: publication within 3 minutes of validation, and the evaluation report
   * within 2 days of the period's close.
   */
  public static TimeStandards sopDefault() {
    Map<SopStep, TimeStandard> m = new EnumMap<>(SopStep.class);
    m.put(
        SopStep.PUBLISH,
        TimeStandard.after(SopStep.PUBLISH, SopStep.VALIDATE, Duration.ofMinutes(3)));
    m.put(SopStep.EVALUATE, TimeStandard.afterPeriodEnd(SopStep.EVALUATE, Duration.ofDays(2)));
    return new TimeStandards(m);
  }

  /** The standard for a step, if any. */
  public Optional<TimeStandard> forStep(SopStep step) {
    return Optional.ofNullable(byStep.get(step));
  }

  /** Every standard, by step. */
  public Collection<TimeStandard> all() {
    return byStep.values();
  }
}
