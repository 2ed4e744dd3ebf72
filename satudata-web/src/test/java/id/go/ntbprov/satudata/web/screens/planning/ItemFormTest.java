package id.go.ntbprov.satudata.web.screens.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.IndicatorMetadata;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The item form carries MS-Keg, MS-Var per variable and MS-Ind rows to the core and back. */
class ItemFormTest {

  static ItemDefinition stored() {
    return new ItemDefinition(
        "Jumlah puskesmas",
        "",
        "Kesehatan",
        AgencyCode.of("DINKES"),
        new DataStandard("Puskesmas", "Pusat kesehatan", "", "jumlah", "unit"),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        false,
        new StatisticalMetadata(
            new ActivityMetadata(
                "Kompilasi",
                "Tujuan",
                "sektoral",
                "administrasi",
                "Kesehatan",
                "tahunan",
                "NTB",
                "Bidang",
                "x@y"),
            List.of(
                new VariableMetadata("jumlah", "Jumlah", "Banyaknya", "31 Desember", "", "jumlah"),
                new VariableMetadata("lama", "Lama", "Variabel lama", "", "", "")),
            List.of(
                new IndicatorMetadata(
                    "Rasio", "Rasio", "Per penduduk", "jumlah / penduduk", "%", "", List.of()))),
        TableStructure.of(
            Variable.keyCode("kode_wilayah", "Kode wilayah", "wilayah"),
            Variable.of("jumlah", "Jumlah", VariableType.INTEGER, "unit")));
  }

  @Test
  void theStoredMetadataComesBackUnchangedThroughTheForm() {
    ItemDefinition d = stored();
    ItemForm f = ItemForm.of(d);
    assertThat(f.getVariables().get(1)).containsEntry("ms.referensiWaktu", "31 Desember");
    assertThat(f.getVariables().get(0)).doesNotContainKey("ms.konsep");
    assertThat(f.getMetadata().getIndicators())
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("rumus", "jumlah / penduduk"));
    assertThat(f.toCore(d).metadata()).isEqualTo(d.metadata());
  }

  @Test
  void anEditedMsVarAndAnAddedIndicatorReachTheDefinition() {
    ItemForm f = ItemForm.of(stored());
    f.getVariables().get(0).put("ms.konsep", "Wilayah");
    f.getVariables().get(0).put("ms.definisi", "Kode Kemendagri");
    f.getVariables().get(1).put("name", "jumlah_puskesmas"); // the MS-Var follows the rename
    f.getMetadata().addIndicator();
    HashMap<String, String> added = f.getMetadata().getIndicators().get(1);
    added.put("nama", "Puskesmas per kecamatan");
    added.put("variabelPembangun", "jumlah_puskesmas; kode_wilayah ,");
    StatisticalMetadata m = f.toCore(stored()).metadata();
    assertThat(m.variables())
        .extracting(VariableMetadata::variable)
        .containsExactly("kode_wilayah", "jumlah_puskesmas", "lama");
    assertThat(m.variables().get(0).definisi()).isEqualTo("Kode Kemendagri");
    assertThat(m.indicators()).hasSize(2);
    assertThat(m.indicators().get(1).variabelPembangun())
        .containsExactly("jumlah_puskesmas", "kode_wilayah");
    assertThat(m.activity().cakupanWilayah()).as("not on the form, kept").isEqualTo("NTB");
  }

  @Test
  void aRemovedIndicatorAndAClearedMsVarAreGone() {
    ItemForm f = ItemForm.of(stored());
    f.getMetadata().removeIndicator(f.getMetadata().getIndicators().get(0));
    for (String k : MetadataForm.VARIABLE) {
      f.getVariables().get(1).put("ms." + k, " ");
    }
    StatisticalMetadata m = f.toCore(stored()).metadata();
    assertThat(m.indicators()).isEmpty();
    assertThat(m.variables()).extracting(VariableMetadata::variable).containsExactly("lama");
  }

  @Test
  void anIndicatorWithoutANameIsRefusedByTheCoreWithItsRule() {
    ItemForm f = ItemForm.of(stored());
    f.getMetadata().addIndicator();
    assertThatThrownBy(() -> f.toCore(stored()))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.rule()).isEqualTo(Rule.INPUT_REQUIRED);
              assertThat(v.message(Locale.ENGLISH)).contains("Indicator name (MS-Ind)");
              assertThat(v.message(Messages.INDONESIAN)).contains("Nama indikator (MS-Ind)");
            });
  }

  @Test
  void aNewProposalStartsWithoutMetadata() {
    ItemForm f = ItemForm.blank("DINKES");
    f.getText().put("title", "Baru");
    f.getVariables().get(0).put("name", "jumlah");
    StatisticalMetadata m = f.toCore(null).metadata();
    assertThat(m.variables()).isEmpty();
    assertThat(m.indicators()).isEmpty();
  }
}
