package id.go.ntbprov.satudata.core.datalist;

/**
 * Main content of BPS's activity metadata (MS-Keg, <i>metadata statistik kegiatan</i>).
 *
 * @param judulKegiatan title of the statistical activity
 * @param tujuan objective
 * @param jenisStatistik kind: "sektoral", "khusus" ...
 * @param caraPengumpulan collection method: survey, census, administrative records compilation
 * @param sektor sector / topic
 * @param frekuensi how often the activity runs
 * @param cakupanWilayah geographic coverage
 * @param penanggungJawab responsible unit
 * @param kontak contact (e-mail or telephone)
 */
public record ActivityMetadata(
    String judulKegiatan,
    String tujuan,
    String jenisStatistik,
    String caraPengumpulan,
    String sektor,
    String frekuensi,
    String cakupanWilayah,
    String penanggungJawab,
    String kontak) {

  /** Replaces nulls by empty strings. */
  public ActivityMetadata {
    judulKegiatan = DataStandard.nz(judulKegiatan);
    tujuan = DataStandard.nz(tujuan);
    jenisStatistik = DataStandard.nz(jenisStatistik);
    caraPengumpulan = DataStandard.nz(caraPengumpulan);
    sektor = DataStandard.nz(sektor);
    frekuensi = DataStandard.nz(frekuensi);
    cakupanWilayah = DataStandard.nz(cakupanWilayah);
    penanggungJawab = DataStandard.nz(penanggungJawab);
    kontak = DataStandard.nz(kontak);
  }

  /** Empty activity metadata. */
  public static ActivityMetadata empty() {
    return new ActivityMetadata("", "", "", "", "", "", "", "", "");
  }
}
