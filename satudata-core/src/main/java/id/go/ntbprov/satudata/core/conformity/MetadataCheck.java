package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Completeness of an item's data standard and statistical metadata, the SDI's first two principles.
 * The data standard is required (errors); BPS's activity and variable metadata and the catalogue
 * description are expected but may be completed later (warnings). Findings are at row 0; the field
 * is named by its record component ({@code konsep}, {@code judulKegiatan} ...).
 */
final class MetadataCheck {

  private MetadataCheck() {}

  static void check(ItemDefinition item, FindingCounter out) {
    DataStandard standard = item.standard();
    required(out, "konsep", standard.konsep());
    required(out, "definisi", standard.definisi());
    required(out, "ukuran", standard.ukuran());
    required(out, "satuan", standard.satuan());
    recommended(out, "description", item.description());
    ActivityMetadata activity = item.metadata().activity();
    recommended(out, "judulKegiatan", activity.judulKegiatan());
    recommended(out, "tujuan", activity.tujuan());
    recommended(out, "caraPengumpulan", activity.caraPengumpulan());
    Set<String> described = new HashSet<>();
    for (VariableMetadata vm : item.metadata().variables()) {
      described.add(vm.variable().toLowerCase(Locale.ROOT));
    }
    for (Variable v : item.structure().variables()) {
      if (!described.contains(v.name().toLowerCase(Locale.ROOT))) {
        out.emit(CheckRule.VARIABLE_METADATA_MISSING, 0, 0, v.name(), "");
      }
    }
  }

  private static void required(FindingCounter out, String field, String value) {
    if (value.isBlank()) {
      out.emit(CheckRule.METADATA_INCOMPLETE, 0, 0, "", "", field);
    }
  }

  private static void recommended(FindingCounter out, String field, String value) {
    if (value.isBlank()) {
      out.emit(CheckRule.METADATA_RECOMMENDED, 0, 0, "", "", field);
    }
  }
}
