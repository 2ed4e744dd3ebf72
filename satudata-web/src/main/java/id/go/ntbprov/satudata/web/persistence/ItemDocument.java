package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.IndicatorMetadata;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON column {@code data_item.definition_json}: the parts of an item's definition that are
 * deep and never queried — data standard, BPS metadata, table structure. Optional values are
 * nullable strings; numbers are strings so that their scale survives ({@code 0.50} stays {@code
 * 0.50}).
 *
 * @param format the document's format, for later migrations (now 1)
 * @param standard the data standard
 * @param metadata BPS statistical metadata
 * @param structure the table structure
 */
public record ItemDocument(int format, Standard standard, Metadata metadata, Structure structure) {

  static final int FORMAT = 1;

  /** {@link DataStandard}. */
  public record Standard(
      String konsep, String definisi, String klasifikasi, String ukuran, String satuan) {}

  /** {@link ActivityMetadata}. */
  public record Activity(
      String judulKegiatan,
      String tujuan,
      String jenisStatistik,
      String caraPengumpulan,
      String sektor,
      String frekuensi,
      String cakupanWilayah,
      String penanggungJawab,
      String kontak) {}

  /** {@link VariableMetadata}. */
  public record VariableMeta(
      String variable,
      String konsep,
      String definisi,
      String referensiWaktu,
      String klasifikasi,
      String ukuran) {}

  /** {@link IndicatorMetadata}. */
  public record Indicator(
      String nama,
      String konsep,
      String definisi,
      String rumus,
      String satuan,
      String interpretasi,
      List<String> variabelPembangun) {}

  /** {@link StatisticalMetadata}. */
  public record Metadata(
      Activity activity, List<VariableMeta> variables, List<Indicator> indicators) {}

  /** {@link Variable}; {@code min}, {@code max} and {@code codeList} may be null. */
  public record Var(
      String name,
      String label,
      String type,
      String unit,
      boolean required,
      boolean key,
      String min,
      String max,
      String codeList) {}

  /** {@link TableStructure}; the two names may be null. */
  public record Structure(List<Var> variables, String regionVariable, String periodVariable) {}

  static ItemDocument of(DataStandard s, StatisticalMetadata m, TableStructure t) {
    ActivityMetadata a = m.activity();
    return new ItemDocument(
        FORMAT,
        new Standard(s.konsep(), s.definisi(), s.klasifikasi(), s.ukuran(), s.satuan()),
        new Metadata(
            new Activity(
                a.judulKegiatan(),
                a.tujuan(),
                a.jenisStatistik(),
                a.caraPengumpulan(),
                a.sektor(),
                a.frekuensi(),
                a.cakupanWilayah(),
                a.penanggungJawab(),
                a.kontak()),
            m.variables().stream()
                .map(
                    v ->
                        new VariableMeta(
                            v.variable(),
                            v.konsep(),
                            v.definisi(),
                            v.referensiWaktu(),
                            v.klasifikasi(),
                            v.ukuran()))
                .toList(),
            m.indicators().stream()
                .map(
                    i ->
                        new Indicator(
                            i.nama(),
                            i.konsep(),
                            i.definisi(),
                            i.rumus(),
                            i.satuan(),
                            i.interpretasi(),
                            i.variabelPembangun()))
                .toList()),
        new Structure(
            t.variables().stream().map(ItemDocument::var).toList(),
            t.regionVariable().orElse(null),
            t.periodVariable().orElse(null)));
  }

  private static Var var(Variable v) {
    return new Var(
        v.name(),
        v.label(),
        v.type().name(),
        v.unit(),
        v.required(),
        v.key(),
        v.min().map(BigDecimal::toString).orElse(null),
        v.max().map(BigDecimal::toString).orElse(null),
        v.codeList().orElse(null));
  }

  /** Reads the column's JSON text (for read models outside this package). */
  public static ItemDocument parse(String json) {
    return Json.read(json, ItemDocument.class);
  }

  /** The data standard. */
  public DataStandard standardValue() {
    return new DataStandard(
        standard.konsep(),
        standard.definisi(),
        standard.klasifikasi(),
        standard.ukuran(),
        standard.satuan());
  }

  /** The BPS statistical metadata. */
  public StatisticalMetadata metadataValue() {
    Activity a = metadata.activity();
    return new StatisticalMetadata(
        new ActivityMetadata(
            a.judulKegiatan(),
            a.tujuan(),
            a.jenisStatistik(),
            a.caraPengumpulan(),
            a.sektor(),
            a.frekuensi(),
            a.cakupanWilayah(),
            a.penanggungJawab(),
            a.kontak()),
        list(metadata.variables()).stream()
            .map(
                v ->
                    new VariableMetadata(
                        v.variable(),
                        v.konsep(),
                        v.definisi(),
                        v.referensiWaktu(),
                        v.klasifikasi(),
                        v.ukuran()))
            .toList(),
        list(metadata.indicators()).stream()
            .map(
                i ->
                    new IndicatorMetadata(
                        i.nama(),
                        i.konsep(),
                        i.definisi(),
                        i.rumus(),
                        i.satuan(),
                        i.interpretasi(),
                        list(i.variabelPembangun())))
            .toList());
  }

  /** The table structure. */
  public TableStructure structureValue() {
    return new TableStructure(
        structure.variables().stream()
            .map(
                v ->
                    new Variable(
                        v.name(),
                        v.label(),
                        VariableType.valueOf(v.type()),
                        v.unit(),
                        v.required(),
                        v.key(),
                        Optional.ofNullable(v.min()).map(BigDecimal::new),
                        Optional.ofNullable(v.max()).map(BigDecimal::new),
                        Optional.ofNullable(v.codeList())))
            .toList(),
        Optional.ofNullable(structure.regionVariable()),
        Optional.ofNullable(structure.periodVariable()));
  }

  /** JSON-B leaves an absent array null. */
  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l;
  }
}
