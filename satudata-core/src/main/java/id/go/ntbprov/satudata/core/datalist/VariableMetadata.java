package id.go.ntbprov.satudata.core.datalist;

/**
 * Main content of BPS's variable metadata (MS-Var) for one variable of the structure.
 *
 * @param variable name of the structure's variable it describes
 * @param konsep concept
 * @param definisi definition
 * @param referensiWaktu reference period, e.g. "31 Desember"
 * @param klasifikasi classification, if any
 * @param ukuran measure
 */
public record VariableMetadata(
    String variable,
    String konsep,
    String definisi,
    String referensiWaktu,
    String klasifikasi,
    String ukuran) {

  /** Replaces nulls by empty strings. */
  public VariableMetadata {
    variable = DataStandard.nz(variable);
    konsep = DataStandard.nz(konsep);
    definisi = DataStandard.nz(definisi);
    referensiWaktu = DataStandard.nz(referensiWaktu);
    klasifikasi = DataStandard.nz(klasifikasi);
    ukuran = DataStandard.nz(ukuran);
  }
}
