package id.go.ntbprov.satudata.core.conformity;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Completeness of the data standard and the statistical metadata. */
class MetadataCheckTest {

  @Test
  void completeMetadataYieldsNoFinding() {
    Fixtures.Collector sink = new Fixtures.Collector();
    ConformityReport report = Fixtures.checker().checkMetadata(Fixtures.penduduk(), sink);

    assertThat(sink.findings).isEmpty();
    assertThat(report).isEqualTo(ConformityReport.empty());
  }

  @Test
  void emptyDataStandardIsAnErrorPerField() {
    Fixtures.Collector sink = new Fixtures.Collector();
    ConformityReport report = Fixtures.checker().checkMetadata(bare(), sink);

    assertThat(sink.of(CheckRule.METADATA_INCOMPLETE))
        .allMatch(f -> f.severity() == Severity.ERROR && f.row() == 0 && f.columnIndex() == 0)
        .extracting(f -> f.args().get(0))
        .containsExactly("konsep", "definisi", "ukuran", "satuan");
    assertThat(report.errors()).isEqualTo(4);
    assertThat(report.rowsChecked()).isZero();
  }

  @Test
  void missingActivityMetadataAndDescriptionAreWarnings() {
    Fixtures.Collector sink = new Fixtures.Collector();
    Fixtures.checker().checkMetadata(bare(), sink);

    assertThat(sink.of(CheckRule.METADATA_RECOMMENDED))
        .allMatch(f -> f.severity() == Severity.WARNING)
        .extracting(f -> f.args().get(0))
        .containsExactly("description", "judulKegiatan", "tujuan", "caraPengumpulan");
  }

  @Test
  void everyUndescribedVariableIsAWarning() {
    ItemDefinition item = Fixtures.penduduk();
    ItemDefinition partly =
        new ItemDefinition(
            item.title(),
            item.description(),
            item.topic(),
            item.producer(),
            item.standard(),
            item.periodicity(),
            item.disaggregation(),
            item.priority(),
            new StatisticalMetadata(
                item.metadata().activity(),
                List.of(new VariableMetadata("KODE_WILAYAH", "k", "d", "", "", "u")),
                List.of()),
            item.structure());
    Fixtures.Collector sink = new Fixtures.Collector();
    ConformityReport report = Fixtures.checker().checkMetadata(partly, sink);

    assertThat(sink.findings)
        .extracting(Finding::rule, Finding::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CheckRule.VARIABLE_METADATA_MISSING, "tahun"),
            org.assertj.core.groups.Tuple.tuple(
                CheckRule.VARIABLE_METADATA_MISSING, "jumlah_penduduk"));
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.warnings()).isEqualTo(2);
  }

  /** The population item with neither standard, description nor metadata. */
  private static ItemDefinition bare() {
    return new ItemDefinition(
        "Jumlah Penduduk",
        "",
        "",
        AgencyCode.of("DUKCAPIL"),
        DataStandard.empty(),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        false,
        new StatisticalMetadata(ActivityMetadata.empty(), List.of(), List.of()),
        Fixtures.pendudukStructure());
  }
}
