package id.go.ntbprov.satudata.core.sop;

/** The five stages of the SOP table, plus the system's own administration. */
public enum Stage {
  /** Perencanaan: the regional data list. */
  PERENCANAAN,
  /** Pengumpulan: uploading data. */
  PENGUMPULAN,
  /** Pemeriksaan: conformity check and validation. */
  PEMERIKSAAN,
  /** Penyebarluasan: publication. */
  PENYEBARLUASAN,
  /** Evaluasi dan pelaporan: evaluation and the report to the regional head. */
  EVALUASI,
  /** Running the system itself (not an SOP stage). */
  ADMINISTRASI
}
