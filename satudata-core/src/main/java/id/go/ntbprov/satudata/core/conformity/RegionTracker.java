package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which regions of the item's disaggregation level an upload covers. Keeps one flag per region of
 * that level (a few hundred at most for a province), never the rows.
 */
final class RegionTracker {

  private final RegionLevel level;
  private final List<Code> expected;
  private final Map<String, Integer> slotByCode;
  private final boolean[] seen;

  RegionTracker(CodeList list, RegionLevel level) {
    this.level = level;
    this.expected = list.atLevel(level);
    this.slotByCode = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      slotByCode.put(expected.get(i).code(), i);
    }
    this.seen = new boolean[expected.size()];
  }

  /**
   * Records a resolved code.
   *
   * @return false when the code is at another level than the item's (e.g. a province total)
   */
  boolean see(Code code) {
    // The canonical code string comes from the list itself, so its hash is cached.
    Integer slot = slotByCode.get(code.code());
    if (slot == null) {
      return false;
    }
    seen[slot] = true;
    return true;
  }

  /** The item's disaggregation level, as the SOP's users name it. */
  String levelTerm() {
    return term(Optional.of(level), "");
  }

  /** Reports every region of the level that no row named. */
  void reportMissing(FindingCounter out, ColumnPlan column) {
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        Code code = expected.get(i);
        out.emit(
            CheckRule.REGION_MISSING,
            0,
            column.columnIndex,
            column.name,
            code.code(),
            code.label());
      }
    }
  }

  /**
   * The Indonesian administrative term of a level; used in both languages because it is the
   * domain's own word (as "kabupaten" is in English texts on Indonesia).
   */
  static String term(Optional<RegionLevel> level, String fallback) {
    if (level.isEmpty()) {
      return fallback.isEmpty() ? "-" : fallback;
    }
    return switch (level.get()) {
      case PROVINCE -> "provinsi";
      case REGENCY_CITY -> "kabupaten/kota";
      case DISTRICT -> "kecamatan";
      case VILLAGE -> "desa/kelurahan";
    };
  }
}
