package id.go.ntbprov.satudata.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.timestandard.TimeStandards;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The invariants of a profile built in code. */
class RegionProfileTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final CodeList REGIONS =
      new CodeList(
          CodeList.REGION, "Wilayah", List.of(new Code("52.71", "Mataram", "kota", Set.of())), 0);
  private static final List<Agency> AGENCIES = List.of(Agency.of("DINKES", "Dinas Kesehatan", ""));

  private static RegionProfile profile(String code, List<Agency> agencies, List<CodeList> lists) {
    return new RegionProfile(
        code,
        "Kota Mataram",
        WITA,
        agencies,
        lists,
        StepAssignment.ntbDefault(),
        TimeStandards.sopDefault());
  }

  @Test
  void copiesItsLists() {
    List<Agency> agencies = new ArrayList<>(AGENCIES);
    RegionProfile p = profile("52.71", agencies, List.of(REGIONS));
    agencies.add(Agency.of("BAPPEDA", "Bappeda", ""));
    assertThat(p.agencies()).hasSize(1);
    assertThatThrownBy(() -> p.agencies().add(Agency.of("X", "X", "")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(p.regionCodes()).isSameAs(REGIONS);
  }

  @Test
  void requiresTheRegionCodeList() {
    CodeList other =
        new CodeList("jenis_kelamin", null, List.of(new Code("1", "L", "", Set.of())), 0);
    RuleViolation v =
        catchThrowableOfType(RuleViolation.class, () -> profile("52.71", AGENCIES, List.of(other)));
    assertThat(v.rule()).isEqualTo(Rule.INPUT_REQUIRED);
  }

  @Test
  void requiresItsOwnCodeAmongTheRegionCodes() {
    RuleViolation v =
        catchThrowableOfType(
            RuleViolation.class, () -> profile("52.72", AGENCIES, List.of(REGIONS)));
    assertThat(v.rule()).isEqualTo(Rule.INPUT_INVALID);
    assertThat(v.args()).containsExactly("profile.code", "52.72");
  }

  @Test
  void refusesDuplicateAgenciesAndLists() {
    RuleViolation agencies =
        catchThrowableOfType(
            RuleViolation.class,
            () -> profile("52.71", List.of(AGENCIES.get(0), AGENCIES.get(0)), List.of(REGIONS)));
    assertThat(agencies.rule()).isEqualTo(Rule.DUPLICATE_IDENTIFIER);
    RuleViolation lists =
        catchThrowableOfType(
            RuleViolation.class, () -> profile("52.71", AGENCIES, List.of(REGIONS, REGIONS)));
    assertThat(lists.rule()).isEqualTo(Rule.DUPLICATE_IDENTIFIER);
  }
}
