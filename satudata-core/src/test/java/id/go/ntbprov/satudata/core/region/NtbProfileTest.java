package id.go.ntbprov.satudata.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.timestandard.TimeStandards;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NtbProfileTest {

  private final RegionProfile ntb = RegionProfiles.ntb();

  @Test
  void identifiesTheProvinceInWita() {
    assertThat(ntb.code()).isEqualTo("52");
    assertThat(ntb.name()).isEqualTo("Provinsi Nusa Tenggara Barat");
    assertThat(ntb.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    assertThat(ntb.zone().getRules().getOffset(Instant.parse("2025-01-01T00:00:00Z")))
        .isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void hasTheRegionCodesOfNtb() {
    CodeList regions = ntb.regionCodes();
    assertThat(regions.id()).isEqualTo(CodeList.REGION);
    assertThat(regions.name()).isEqualTo("Kode Wilayah Provinsi NTB");
    assertThat(regions.codes()).hasSize(11);
    assertThat(regions.atLevel(RegionLevel.PROVINCE)).extracting(Code::code).containsExactly("52");
    assertThat(regions.atLevel(RegionLevel.REGENCY_CITY)).hasSize(10);
    assertThat(regions.resolve("5201")).map(Code::code).contains("52.01");
    assertThat(regions.resolve("52.01")).map(Code::label).contains("Lombok Barat");
    assertThat(regions.resolve("5272")).map(Code::kind).contains("kota");
    assertThat(regions.contains("5299")).isFalse();
  }

  @Test
  void shipsASexCodeListAsAnExampleOfANonRegionList() {
    CodeList sex = ntb.codeList("jenis_kelamin").orElseThrow();
    assertThat(sex.name()).isEqualTo("Jenis Kelamin");
    assertThat(sex.codes())
        .extracting(Code::code, Code::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", "Laki-laki"),
            org.assertj.core.groups.Tuple.tuple("2", "Perempuan"));
    assertThat(ntb.codeLists())
        .extracting(CodeList::id)
        .containsExactly("wilayah", "jenis_kelamin");
    assertThat(ntb.codeList("pendidikan")).isEmpty();
  }

  @Test
  void listsTheProvincialAgencies() {
    assertThat(ntb.agencies()).hasSize(14);
    assertThat(ntb.agencies())
        .extracting(a -> a.code().value())
        .contains("DISKOMINFOTIK", "BAPPEDA", "DINKES", "DIKBUD", "DPMPD", "BPBD", "PUPR")
        .doesNotHaveDuplicates();
    Agency kominfotik = ntb.agency(AgencyCode.of("diskominfotik")).orElseThrow();
    assertThat(kominfotik.name())
        .isEqualTo("Dinas Komunikasi, Informatika dan Statistik Provinsi NTB");
    assertThat(kominfotik.headName()).isEqualTo("Kepala DISKOMINFOTIK");
    assertThat(kominfotik.active()).isTrue();
    assertThat(ntb.agency(AgencyCode.of("DISKOMINFO"))).isEmpty();
  }

  @Test
  void stepsEqualTheBuiltInNtbAssignment() {
    assertThat(ntb.steps().asMap()).isEqualTo(StepAssignment.ntbDefault().asMap());
  }

  @Test
  void timeStandardsEqualTheSopDefaults() {
    assertThat(ntb.timeStandards().all())
        .containsExactlyElementsOf(TimeStandards.sopDefault().all());
  }

  @Test
  void isLoadedOnceAndEqualsAFreshLoadWithAnyPathSpelling() {
    assertThat(RegionProfiles.ntb()).isSameAs(ntb);
    RegionProfile fresh = RegionProfiles.fromClasspath("id/go/ntbprov/satudata/core/region/ntb");
    assertThat(fresh).isNotSameAs(ntb);
    ProfileAssertions.assertSameContent(fresh, ntb);
  }
}
