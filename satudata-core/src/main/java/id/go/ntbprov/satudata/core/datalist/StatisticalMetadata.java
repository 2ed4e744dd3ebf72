package id.go.ntbprov.satudata.core.datalist;

import java.util.List;

/**
 * The statistical metadata of an item following BPS's standard: the activity (MS-Keg), each
 * variable (MS-Var) and each indicator (MS-Ind).
 *
 * @param activity activity metadata
 * @param variables variable metadata, one per described variable
 * @param indicators indicator metadata
 */
public record StatisticalMetadata(
    ActivityMetadata activity,
    List<VariableMetadata> variables,
    List<IndicatorMetadata> indicators) {

  /** Replaces nulls by empty values. */
  public StatisticalMetadata {
    activity = activity == null ? ActivityMetadata.empty() : activity;
    variables = List.copyOf(variables == null ? List.of() : variables);
    indicators = List.copyOf(indicators == null ? List.of() : indicators);
  }

  /** Empty metadata, to be completed. */
  public static StatisticalMetadata empty() {
    return new StatisticalMetadata(ActivityMetadata.empty(), List.of(), List.of());
  }
}
