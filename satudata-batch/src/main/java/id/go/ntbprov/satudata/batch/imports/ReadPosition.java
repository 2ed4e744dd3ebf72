package id.go.ntbprov.satudata.batch.imports;

import jakarta.batch.runtime.context.StepContext;

/**
 * How far the reader of the rows step is into its file, handed to the writer of the same step
 * through the step's transient user data (one object per step execution, updated per row).
 */
final class ReadPosition {

  /** Share of the input read, 0 to 1; NaN when unknown. */
  volatile double fraction = Double.NaN;

  /**
   * The percent to show for the rows stored so far: the share of the input read, rounded down,
   * never 100 before the step ends (the check still follows); 0 when unknown.
   */
  static int percent(StepContext step) {
    if (!(step.getTransientUserData() instanceof ReadPosition p) || Double.isNaN(p.fraction)) {
      return 0;
    }
    return percentOf(p.fraction);
  }

  static int percentOf(double fraction) {
    return (int) Math.max(0, Math.min(99, Math.floor(fraction * 100)));
  }
}
