package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** Use cases of the system's administration: agencies, accounts and their roles. */
public final class Administration {

  private final Authorization authorization;
  private final AgencyRepository agencies;
  private final AccountRepository accounts;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Administration(
      Authorization authorization,
      AgencyRepository agencies,
      AccountRepository accounts,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.agencies = Objects.requireNonNull(agencies);
    this.accounts = Objects.requireNonNull(accounts);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /** Registers an agency (or changes its name and head, when {@code agency} was read before). */
  public Agency saveAgency(Account admin, Agency agency) {
    RoleAssignment role = authorization.require(admin, SopStep.ADMINISTER, null);
    Agency saved = agencies.save(agency);
    recorder.record(
        recorder.now(),
        admin,
        role,
        SopStep.ADMINISTER,
        "agency",
        saved.code(),
        agency.version() == 0 ? "" : "v" + agency.version(),
        "v" + saved.version(),
        saved.name());
    return saved;
  }

  /**
   * Creates an account with roles; every agency a role is scoped to must exist.
   *
   * @throws RuleViolation {@link Rule#NOT_FOUND} for an unknown agency, {@link
   *     Rule#DUPLICATE_IDENTIFIER} for a taken user name
   */
  public Account createAccount(Account admin, Account account) {
    RoleAssignment role = authorization.require(admin, SopStep.ADMINISTER, null);
    requireAgencies(account.roles());
    Account saved = accounts.save(account.withVersion(0));
    recorder.record(
        recorder.now(),
        admin,
        role,
        SopStep.ADMINISTER,
        "account",
        saved.id(),
        "",
        saved.roles(),
        saved.displayName());
    return saved;
  }

  /** Replaces the roles of an account (read at {@code expectedVersion}). */
  public Account assignRoles(
      Account admin, AccountId id, Set<RoleAssignment> roles, long expectedVersion) {
    RoleAssignment role = authorization.require(admin, SopStep.ADMINISTER, null);
    requireAgencies(roles);
    Account current = find(id);
    Account saved = accounts.save(current.withRoles(roles).withVersion(expectedVersion));
    recorder.record(
        recorder.now(),
        admin,
        role,
        SopStep.ADMINISTER,
        "account",
        id,
        current.roles(),
        saved.roles(),
        "roles");
    return saved;
  }

  /** Enables or disables an account; a disabled account can perform no step. */
  public Account setEnabled(Account admin, AccountId id, boolean enabled) {
    RoleAssignment role = authorization.require(admin, SopStep.ADMINISTER, null);
    Account current = find(id);
    Instant now = recorder.now();
    Account saved = accounts.save(current.withEnabled(enabled));
    recorder.record(
        now,
        admin,
        role,
        SopStep.ADMINISTER,
        "account",
        id,
        current.enabled() ? "ENABLED" : "DISABLED",
        enabled ? "ENABLED" : "DISABLED",
        "");
    return saved;
  }

  private void requireAgencies(Set<RoleAssignment> roles) {
    for (RoleAssignment r : roles) {
      r.agency()
          .ifPresent(
              code ->
                  agencies
                      .find(code)
                      .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "agency", code)));
    }
  }

  private Account find(AccountId id) {
    return accounts.find(id).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "account", id));
  }
}
