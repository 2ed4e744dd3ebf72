package id.go.ntbprov.satudata.core.datalist;

/**
 * The data standard of an item, the first SDI principle: concept, definition, classification,
 * measure and unit.
 *
 * @param konsep concept
 * @param definisi definition
 * @param klasifikasi classification used, e.g. "KBLI 2020" (may be empty)
 * @param ukuran measure, e.g. "jumlah"
 * @param satuan unit, e.g. "jiwa"
 */
public record DataStandard(
    String konsep, String definisi, String klasifikasi, String ukuran, String satuan) {

  /** Replaces nulls by empty strings. */
  public DataStandard {
    konsep = nz(konsep);
    definisi = nz(definisi);
    klasifikasi = nz(klasifikasi);
    ukuran = nz(ukuran);
    satuan = nz(satuan);
  }

  /** An empty standard, to be completed. */
  public static DataStandard empty() {
    return new DataStandard("", "", "", "", "");
  }

  static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
