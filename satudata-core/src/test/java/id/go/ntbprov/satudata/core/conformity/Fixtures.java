package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** NTB test data: the region list, the SP2020 population table, and a collecting sink. */
final class Fixtures {

  /** The rows of shared/reference/wilayah-ntb.csv (Kemendagri code, BPS code, name, kind). */
  static final String WILAYAH_NTB_CSV =
      """
      kode,kode_bps,nama,jenis
      52,52,Nusa Tenggara Barat,provinsi
      52.01,5201,Lombok Barat,kabupaten
      52.02,5202,Lombok Tengah,kabupaten
      52.03,5203,Lombok Timur,kabupaten
      52.04,5204,Sumbawa,kabupaten
      52.05,5205,Dompu,kabupaten
      52.06,5206,Bima,kabupaten
      52.07,5207,Sumbawa Barat,kabupaten
      52.08,5208,Lombok Utara,kabupaten
      52.71,5271,Mataram,kota
      52.72,5272,Bima,kota
      """;

  /** The rows of shared/reference/penduduk-sp2020-ntb.csv: population by regency/city, 2020. */
  static final String PENDUDUK_SP2020_CSV =
      """
      kode_wilayah,tahun,jumlah_penduduk
      5201,2020,721481
      5202,2020,1034859
      5203,2020,1325240
      5204,2020,509753
      5205,2020,236665
      5206,2020,514105
      5207,2020,145798
      5208,2020,247400
      5271,2020,429651
      5272,2020,155140
      """;

  static final CodeList WILAYAH = wilayah();

  /** BPS codes of NTB's ten regencies and cities. */
  static final List<String> REGENCY_BPS_CODES =
      List.of("5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208", "5271", "5272");

  static final Period Y2020 = Period.year(2020);

  private Fixtures() {}

  private static CodeList wilayah() {
    List<Code> codes = new ArrayList<>();
    for (String[] r : csv(WILAYAH_NTB_CSV).subList(1, 12)) {
      codes.add(new Code(r[0], r[2], r[3], Set.of(r[1])));
    }
    return new CodeList(CodeList.REGION, "Wilayah NTB", codes, 1);
  }

  /** Lines split at commas (the fixtures hold no quoted cells). */
  static List<String[]> csv(String text) {
    return text.lines().map(l -> l.split(",", -1)).toList();
  }

  /** The checker with the NTB region list only. */
  static ConformityChecker checker() {
    Map<String, CodeList> lists = Map.of(CodeList.REGION, WILAYAH);
    return new ConformityChecker(id -> Optional.ofNullable(lists.get(id)));
  }

  /** kode_wilayah (region, key), tahun (period, key), jumlah_penduduk (integer, at least 0). */
  static TableStructure pendudukStructure() {
    return new TableStructure(
            List.of(
                Variable.keyCode("kode_wilayah", "Kode wilayah", CodeList.REGION),
                Variable.of("tahun", "Tahun", VariableType.YEAR, "").asKey(),
                Variable.of("jumlah_penduduk", "Jumlah penduduk", VariableType.INTEGER, "jiwa")
                    .withRange(BigDecimal.ZERO, null)),
            Optional.empty(),
            Optional.empty())
        .withRegionVariable("kode_wilayah")
        .withPeriodVariable("tahun");
  }

  /** An annual item by regency/city with complete metadata and the given structure. */
  static ItemDefinition item(TableStructure structure) {
    List<VariableMetadata> described =
        structure.variables().stream()
            .map(v -> new VariableMetadata(v.name(), "konsep", "definisi", "", "", "jumlah"))
            .toList();
    return new ItemDefinition(
        "Jumlah Penduduk menurut Kabupaten/Kota",
        "Hasil Sensus Penduduk 2020",
        "Kependudukan",
        AgencyCode.of("DUKCAPIL"),
        new DataStandard("Penduduk", "Orang yang berdomisili", "", "jumlah", "jiwa"),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        true,
        new StatisticalMetadata(
            new ActivityMetadata(
                "Sensus Penduduk 2020",
                "Menghitung penduduk",
                "dasar",
                "sensus",
                "",
                "",
                "",
                "",
                ""),
            described,
            List.of()),
        structure);
  }

  static ItemDefinition penduduk() {
    return item(pendudukStructure());
  }

  /** Collects findings, for assertions. */
  static final class Collector implements FindingSink {
    final List<Finding> findings = new ArrayList<>();

    @Override
    public void accept(Finding finding) {
      findings.add(finding);
    }

    List<CheckRule> rules() {
      return findings.stream().map(Finding::rule).toList();
    }

    List<Finding> of(CheckRule rule) {
      return findings.stream().filter(f -> f.rule() == rule).toList();
    }
  }

  /** The result of a check: its report and its findings. */
  record Result(ConformityReport report, List<Finding> findings) {
    List<CheckRule> rules() {
      return findings.stream().map(Finding::rule).toList();
    }

    List<Finding> of(CheckRule rule) {
      return findings.stream().filter(f -> f.rule() == rule).toList();
    }
  }

  /** Checks a CSV text (first line the header) against an item. */
  static Result check(ItemDefinition item, Period period, NumberStyle style, String csv) {
    List<String[]> lines = csv(csv);
    Collector sink = new Collector();
    ConformityReport report =
        checker()
            .check(
                new CheckInput(item, period, style),
                Arrays.asList(lines.get(0)),
                lines.subList(1, lines.size()).iterator(),
                sink);
    return new Result(report, sink.findings);
  }

  /** Checks rows given as arrays against an item. */
  static Result check(
      ItemDefinition item,
      Period period,
      NumberStyle style,
      List<String> header,
      String[]... rows) {
    Collector sink = new Collector();
    ConformityReport report =
        checker()
            .check(
                new CheckInput(item, period, style), header, Arrays.asList(rows).iterator(), sink);
    return new Result(report, sink.findings);
  }
}
