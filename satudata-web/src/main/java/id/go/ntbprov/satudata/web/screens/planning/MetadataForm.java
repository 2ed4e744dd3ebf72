package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.IndicatorMetadata;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BPS statistical metadata part of the item form: MS-Keg texts (in the form's text map), each
 * variable's MS-Var fields (kept in the variable's own row under {@code ms.*}, so they follow a
 * renamed or removed variable) and the indicators (MS-Ind) as rows. It decides nothing: whatever is
 * typed goes to the core's definition, which refuses what it must.
 */
public class MetadataForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** MS-Var fields of a variable row, without the {@code ms.} prefix. */
  static final List<String> VARIABLE =
      List.of("konsep", "definisi", "referensiWaktu", "klasifikasi", "ukuran");

  /** MS-Ind fields of an indicator row ({@code variabelPembangun}: names separated by commas). */
  static final List<String> INDICATOR =
      List.of("nama", "konsep", "definisi", "rumus", "satuan", "interpretasi", "variabelPembangun");

  private final ArrayList<HashMap<String, String>> indicators = new ArrayList<>();
  private final ArrayList<VariableMetadata> unmatched = new ArrayList<>();

  /** Puts the stored metadata into the form's texts and variable rows. */
  static MetadataForm of(
      StatisticalMetadata m, Map<String, String> text, List<HashMap<String, Object>> rows) {
    MetadataForm f = new MetadataForm();
    ActivityMetadata a = m.activity();
    text.put("judulKegiatan", a.judulKegiatan());
    text.put("tujuan", a.tujuan());
    text.put("caraPengumpulan", a.caraPengumpulan());
    text.put("penanggungJawab", a.penanggungJawab());
    text.put("kontak", a.kontak());
    for (VariableMetadata vm : m.variables()) {
      HashMap<String, Object> row = row(rows, vm.variable());
      if (row == null) {
        f.unmatched.add(vm);
        continue;
      }
      List<String> values =
          List.of(vm.konsep(), vm.definisi(), vm.referensiWaktu(), vm.klasifikasi(), vm.ukuran());
      for (int i = 0; i < VARIABLE.size(); i++) {
        row.put("ms." + VARIABLE.get(i), values.get(i));
      }
    }
    for (IndicatorMetadata im : m.indicators()) {
      HashMap<String, String> r = new HashMap<>();
      List<String> values =
          List.of(
              im.nama(),
              im.konsep(),
              im.definisi(),
              im.rumus(),
              im.satuan(),
              im.interpretasi(),
              String.join(", ", im.variabelPembangun()));
      for (int i = 0; i < INDICATOR.size(); i++) {
        r.put(INDICATOR.get(i), values.get(i));
      }
      f.indicators.add(r);
    }
    return f;
  }

  private static HashMap<String, Object> row(List<HashMap<String, Object>> rows, String name) {
    for (HashMap<String, Object> r : rows) {
      if (r.get("name") instanceof String n && n.strip().equalsIgnoreCase(name)) {
        return r;
      }
    }
    return null;
  }

  /** The core's metadata from the form; {@code old} keeps the MS-Keg fields not edited here. */
  StatisticalMetadata toCore(
      ActivityMetadata old, Map<String, String> text, List<HashMap<String, Object>> rows) {
    ActivityMetadata activity =
        new ActivityMetadata(
            text.get("judulKegiatan"),
            text.get("tujuan"),
            old.jenisStatistik(),
            text.get("caraPengumpulan"),
            old.sektor(),
            old.frekuensi(),
            old.cakupanWilayah(),
            text.get("penanggungJawab"),
            text.get("kontak"));
    List<VariableMetadata> vars = new ArrayList<>();
    for (HashMap<String, Object> r : rows) {
      String[] v = VARIABLE.stream().map(k -> str(r.get("ms." + k))).toArray(String[]::new);
      if (Arrays.stream(v).anyMatch(s -> !s.isBlank())) {
        vars.add(new VariableMetadata(str(r.get("name")), v[0], v[1], v[2], v[3], v[4]));
      }
    }
    for (VariableMetadata vm : unmatched) {
      if (row(rows, vm.variable()) == null) {
        vars.add(vm);
      }
    }
    List<IndicatorMetadata> inds = new ArrayList<>();
    for (HashMap<String, String> r : indicators) {
      List<String> built =
          Arrays.stream(str(r.get("variabelPembangun")).split("[,;]"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      inds.add(
          new IndicatorMetadata(
              r.get("nama"),
              r.get("konsep"),
              r.get("definisi"),
              r.get("rumus"),
              r.get("satuan"),
              r.get("interpretasi"),
              built));
    }
    return new StatisticalMetadata(activity, vars, inds);
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString().strip();
  }

  /** Adds an empty indicator row. */
  public void addIndicator() {
    HashMap<String, String> r = new HashMap<>();
    INDICATOR.forEach(k -> r.put(k, ""));
    indicators.add(r);
  }

  /** Removes an indicator row. */
  public void removeIndicator(Map<String, String> row) {
    indicators.remove(row);
  }

  /** The indicator rows (MS-Ind), field by name. */
  public List<HashMap<String, String>> getIndicators() {
    return indicators;
  }
}
