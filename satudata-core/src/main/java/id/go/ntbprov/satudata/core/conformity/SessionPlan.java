package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.reference.CodeList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps an upload's header onto the item's structure and prepares every lookup the rows need,
 * reporting the header's findings (row 1) and unknown code lists on the way.
 */
final class SessionPlan {

  /** Number of header columns. */
  final int width;

  /** The header's row number in the user's file. */
  final long headerRow;

  /** Columns of the upload that map to a variable, in header order. */
  final ColumnPlan[] columns;

  /** The key's columns in structure order; null when there is no key or a key column is absent. */
  final ColumnPlan[] keyColumns;

  /** The key's variable names, for the duplicate finding. */
  final String keyNames;

  /** The region column, when completeness can be tracked; else null. */
  final ColumnPlan regionColumn;

  SessionPlan(
      CheckInput input,
      List<String> header,
      Function<String, Optional<CodeList>> codeLists,
      FindingCounter out) {
    this.headerRow = input.headerRow();
    TableStructure structure = input.item().structure();
    List<String> names = header == null ? List.of() : header;
    this.width = names.size();

    Map<String, Variable> variables = new HashMap<>();
    for (Variable v : structure.variables()) {
      variables.put(lower(v.name()), v);
    }
    Map<String, Integer> indexByName = mapHeader(names, variables, out);

    String region = structure.regionVariable().map(SessionPlan::lower).orElse("");
    String period = structure.periodVariable().map(SessionPlan::lower).orElse("");
    ColumnPlan[] byIndex = new ColumnPlan[width];
    Map<String, ColumnPlan> byName = new HashMap<>();
    ColumnPlan regionPlan = null;
    for (Variable v : structure.variables()) {
      String name = lower(v.name());
      Integer index = indexByName.get(name);
      if (index == null) {
        out.emit(CheckRule.HEADER_MISSING_COLUMN, headerRow, 0, v.name(), "", v.label());
      }
      CodeList list = v.type() == VariableType.CODE ? codeList(v, index, codeLists, out) : null;
      if (index != null) {
        RegionTracker tracker =
            name.equals(region) && list != null
                ? new RegionTracker(list, input.item().disaggregation())
                : null;
        ColumnPlan plan = new ColumnPlan(index, v, list, name.equals(period), tracker);
        byIndex[index] = plan;
        byName.put(name, plan);
        if (tracker != null) {
          regionPlan = plan;
        }
      }
    }
    this.columns = compact(byIndex);
    this.regionColumn = regionPlan;

    List<Variable> keys = structure.keyVariables();
    ColumnPlan[] keyPlans = new ColumnPlan[keys.size()];
    List<String> keyNameList = new ArrayList<>();
    for (int i = 0; i < keyPlans.length; i++) {
      keyPlans[i] = byName.get(lower(keys.get(i).name()));
      keyNameList.add(keys.get(i).name());
    }
    // A key with a missing column would make rows that differ only there look like duplicates.
    boolean complete = keyPlans.length > 0;
    for (ColumnPlan k : keyPlans) {
      complete &= k != null;
    }
    this.keyColumns = complete ? keyPlans : null;
    this.keyNames = String.join(", ", keyNameList);
  }

  /**
   * Reports unknown and duplicate headings; returns the first column of each heading. Headings are
   * compared trimmed and case-insensitively; a UTF-8 byte order mark, which Excel writes in front
   * of a CSV file, is dropped from the first.
   */
  private Map<String, Integer> mapHeader(
      List<String> names, Map<String, Variable> variables, FindingCounter out) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String raw = names.get(i) == null ? "" : names.get(i);
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      String name = raw.strip();
      String key = lower(name);
      if (!variables.containsKey(key)) {
        // Also a blank heading: its cells cannot be attributed to any variable.
        out.emit(CheckRule.HEADER_UNKNOWN_COLUMN, headerRow, i + 1, name, name);
        continue;
      }
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        out.emit(
            CheckRule.HEADER_DUPLICATE_COLUMN,
            headerRow,
            i + 1,
            name,
            name,
            Finding.columnLetter(earlier + 1));
      }
    }
    return first;
  }

  /** The variable's list, or null after reporting it unknown. */
  private CodeList codeList(
      Variable v,
      Integer index,
      Function<String, Optional<CodeList>> codeLists,
      FindingCounter out) {
    String id = v.codeList().orElseThrow();
    Optional<CodeList> list = codeLists.apply(id);
    if (list == null || list.isEmpty()) {
      out.emit(CheckRule.CODE_LIST_UNKNOWN, headerRow, index == null ? 0 : index + 1, v.name(), id);
      return null;
    }
    return list.get();
  }

  private static ColumnPlan[] compact(ColumnPlan[] byIndex) {
    List<ColumnPlan> mapped = new ArrayList<>();
    for (ColumnPlan p : byIndex) {
      if (p != null) {
        mapped.add(p);
      }
    }
    return mapped.toArray(new ColumnPlan[0]);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
