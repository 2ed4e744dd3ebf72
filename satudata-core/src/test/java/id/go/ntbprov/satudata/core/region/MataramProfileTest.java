package id.go.ntbprov.satudata.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.timestandard.TimeStandard;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second profile, Kota Mataram, used to prove a region configures itself by files alone. */
class MataramProfileTest {

  private final RegionProfile mataram = RegionProfiles.fromClasspath(ProfileAssertions.MATARAM);

  @Test
  void identifiesTheCity() {
    assertThat(mataram.code()).isEqualTo("52.71");
    assertThat(mataram.name()).isEqualTo("Kota Mataram");
    assertThat(mataram.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
  }

  @Test
  void regionCodesAreTheCityAndItsSixDistricts() {
    CodeList regions = mataram.regionCodes();
    assertThat(regions.codes()).hasSize(7);
    assertThat(regions.atLevel(RegionLevel.REGENCY_CITY))
        .extracting(Code::code)
        .containsExactly("52.71");
    assertThat(regions.atLevel(RegionLevel.DISTRICT))
        .extracting(Code::label)
        .containsExactly(
            "Ampenan", "Mataram", "Cakranegara", "Sekarbela", "Selaparang", "Sandubaya");
    assertThat(regions.resolve("527103")).map(Code::code).contains("52.71.03");
    assertThat(regions.contains("52.01")).isFalse();
  }

  @Test
  void withoutAnIndexTheClasspathProfileHasTheRegionListOnly() {
    assertThat(mataram.codeLists()).extracting(CodeList::id).containsExactly(CodeList.REGION);
    assertThat(mataram.regionCodes().name()).isEqualTo(CodeList.REGION);
  }

  @Test
  void hasItsOwnAgencies() {
    assertThat(mataram.agencies())
        .extracting(a -> a.code().value())
        .containsExactly("DISKOMINFO", "BAPPEDA", "DINKES", "DISDUKCAPIL", "DIKBUD");
    assertThat(mataram.agency(AgencyCode.of("DINKES")))
        .map(Agency::name)
        .contains("Dinas Kesehatan Kota Mataram");
    assertThat(mataram.agency(AgencyCode.of("DIKBUD"))).map(Agency::headName).contains("");
  }

  @Test
  void assignsFourStepsDifferentlyFromNtb() {
    StepAssignment steps = mataram.steps();
    assertThat(steps.rolesFor(SopStep.CHECK_AVAILABILITY)).containsExactly(Role.WALIDATA);
    assertThat(steps.rolesFor(SopStep.PUBLISH))
        .containsExactlyInAnyOrder(Role.WALIDATA, Role.WALIDATA_PENDUKUNG);
    assertThat(steps.rolesFor(SopStep.EVALUATE)).containsExactly(Role.SEKRETARIAT);
    assertThat(steps.rolesFor(SopStep.RECORD_FORUM_MEETING))
        .containsExactlyInAnyOrder(Role.SEKRETARIAT, Role.WALIDATA);
    StepAssignment ntb = StepAssignment.ntbDefault();
    List<SopStep> differing =
        Arrays.stream(SopStep.values())
            .filter(s -> !steps.rolesFor(s).equals(ntb.rolesFor(s)))
            .toList();
    assertThat(differing)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.of(
                SopStep.CHECK_AVAILABILITY,
                SopStep.PUBLISH,
                SopStep.EVALUATE,
                SopStep.RECORD_FORUM_MEETING));
  }

  @Test
  void hasItsOwnTimeStandards() {
    assertThat(mataram.timeStandards().all())
        .containsExactlyInAnyOrder(
            TimeStandard.after(SopStep.PUBLISH, SopStep.VALIDATE, Duration.ofMinutes(10)),
            TimeStandard.after(
                SopStep.CHECK_CONFORMITY, SopStep.SUBMIT_FOR_CHECK, Duration.ofDays(3)),
            TimeStandard.afterPeriodEnd(SopStep.EVALUATE, Duration.ofDays(2)));
    assertThat(mataram.timeStandards().forStep(SopStep.VALIDATE)).isEmpty();
  }

  @Test
  void loadsTheSameFromADirectory(@TempDir Path dir) {
    RegionProfile fromDir = RegionProfiles.fromDirectory(ProfileAssertions.copyMataram(dir));
    ProfileAssertions.assertSameContent(fromDir, mataram);
  }
}
