package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.List;

/**
 * Main content of BPS's indicator metadata (MS-Ind) for an indicator derived from the item.
 *
 * @param nama indicator name
 * @param konsep concept
 * @param definisi definition
 * @param rumus formula, e.g. "jumlah penduduk / luas wilayah"
 * @param satuan unit
 * @param interpretasi how to read it
 * @param variabelPembangun the structure's variables it is computed from
 */
public record IndicatorMetadata(
    String nama,
    String konsep,
    String definisi,
    String rumus,
    String satuan,
    String interpretasi,
    List<String> variabelPembangun) {

  /** Refuses an indicator without a name; replaces other nulls by empty values. */
  public IndicatorMetadata {
    nama = RuleViolation.requireText(nama, "indicator.nama");
    konsep = DataStandard.nz(konsep);
    definisi = DataStandard.nz(definisi);
    rumus = DataStandard.nz(rumus);
    satuan = DataStandard.nz(satuan);
    interpretasi = DataStandard.nz(interpretasi);
    variabelPembangun = List.copyOf(variabelPembangun == null ? List.of() : variabelPembangun);
  }
}
