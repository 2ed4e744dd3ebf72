package id.go.ntbprov.satudata.core.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import org.junit.jupiter.api.Test;

/** Agency staff read only their own agency's unpublished data; province-wide roles read all. */
class ReadAccessTest {

  private static final AgencyCode DINKES = AgencyCode.of("DINKES");
  private static final AgencyCode DPMPD = AgencyCode.of("DPMPD");
  private final Authorization auth = new Authorization(StepAssignment.ntbDefault());

  @Test
  void agencyStaffReadOnlyTheirOwnAgency() {
    Account producer = Account.of("p", "P", RoleAssignment.of(Role.PRODUSEN_DATA, DINKES));
    Account head = Account.of("k", "K", RoleAssignment.of(Role.KEPALA_OPD, DINKES));
    assertThat(auth.mayRead(producer, DINKES)).isTrue();
    assertThat(auth.mayRead(producer, DPMPD)).isFalse();
    assertThat(auth.mayRead(head, DPMPD)).isFalse();
    assertThatThrownBy(() -> auth.requireRead(producer, DPMPD))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.ACTOR_OUTSIDE_AGENCY);
              assertThat(e.getMessage()).contains("DPMPD").contains("DINKES").contains("READ");
            });
  }

  @Test
  void provinceWideRolesReadEveryAgencyAndDisabledAccountsNothing() {
    Account walidata = Account.of("w", "W", RoleAssignment.of(Role.WALIDATA));
    Account both =
        Account.of(
            "b",
            "B",
            RoleAssignment.of(Role.PRODUSEN_DATA, DINKES),
            RoleAssignment.of(Role.PEMBINA_DATA));
    assertThat(auth.mayRead(walidata, DPMPD)).isTrue();
    assertThat(auth.mayRead(both, DPMPD)).isTrue();
    assertThat(auth.mayRead(walidata.withEnabled(false), DPMPD)).isFalse();
  }

  @Test
  void onlyAccountsWithAProvinceWideRoleReadEveryAgency() {
    Account producer = Account.of("p", "P", RoleAssignment.of(Role.PRODUSEN_DATA, DINKES));
    Account head = Account.of("k", "K", RoleAssignment.of(Role.KEPALA_OPD, DINKES));
    Account regionalHead = Account.of("g", "G", RoleAssignment.of(Role.PIMPINAN_DAERAH));
    assertThat(auth.readsEveryAgency(producer)).isFalse();
    assertThat(auth.readsEveryAgency(head)).isFalse();
    assertThat(auth.readsEveryAgency(regionalHead)).isTrue();
    assertThat(auth.readsEveryAgency(regionalHead.withEnabled(false))).isFalse();
  }

  @Test
  void aStepIsPermittedSomewhereWhenAnyRoleOfTheAccountMayPerformIt() {
    Account producer = Account.of("p", "P", RoleAssignment.of(Role.PRODUSEN_DATA, DINKES));
    Account regionalHead = Account.of("g", "G", RoleAssignment.of(Role.PIMPINAN_DAERAH));
    assertThat(auth.permitsSomewhere(producer, SopStep.UPLOAD)).isTrue();
    assertThat(auth.permitsSomewhere(producer, SopStep.PUBLISH)).isFalse();
    assertThat(auth.permitsSomewhere(regionalHead, SopStep.UPLOAD)).isFalse();
    assertThat(auth.permitsSomewhere(producer.withEnabled(false), SopStep.UPLOAD)).isFalse();
  }
}
