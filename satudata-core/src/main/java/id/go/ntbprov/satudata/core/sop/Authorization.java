package id.go.ntbprov.satudata.core.sop;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether an account may perform a step on an object of an agency, from the region's {@link
 * StepAssignment}. Every use case asks it first; screens ask {@link #permits} to decide which
 * actions to show, so the two never disagree.
 */
public final class Authorization {

  private final StepAssignment assignment;

  /** Decides by the given assignment. */
  public Authorization(StepAssignment assignment) {
    this.assignment = Objects.requireNonNull(assignment);
  }

  /** The assignment in force. */
  public StepAssignment assignment() {
    return assignment;
  }

  /**
   * The role assignment by which {@code account} performs {@code step} on an object owned by {@code
   * owner} (null when the object belongs to no agency).
   *
   * @throws RuleViolation {@link Rule#ACCOUNT_DISABLED}, {@link Rule#STEP_NOT_PERMITTED_FOR_ROLE}
   *     when the account holds none of the step's roles, or {@link Rule#ACTOR_OUTSIDE_AGENCY} when
   *     it holds one only for another agency
   */
  public RoleAssignment require(Account account, SopStep step, AgencyCode owner) {
    RuleViolation.require(account.enabled(), Rule.ACCOUNT_DISABLED, account.id());
    Set<RoleAssignment> eligible =
        account.roles().stream()
            .filter(r -> assignment.rolesFor(step).contains(r.role()))
            .collect(Collectors.toSet());
    if (eligible.isEmpty()) {
      throw new RuleViolation(
          Rule.STEP_NOT_PERMITTED_FOR_ROLE,
          step.name(),
          account.id(),
          assignment.rolesFor(step).stream().map(Enum::name).sorted().toList());
    }
    // Prefer an assignment scoped to the object's agency: it says more in the audit trail.
    return eligible.stream()
        .filter(r -> r.covers(owner))
        .max(Comparator.comparing((RoleAssignment r) -> r.agency().isPresent()))
        .orElseThrow(
            () ->
                new RuleViolation(
                    Rule.ACTOR_OUTSIDE_AGENCY,
                    account.id(),
                    step.name(),
                    owner,
                    eligible.stream()
                        .flatMap(r -> r.agency().stream())
                        .map(AgencyCode::value)
                        .sorted()
                        .toList()));
  }

  /**
   * Whether an account may read unpublished data of an agency: accounts holding any role that is
   * not agency-scoped (custodian, supervisor, forum, secretariat, regional head, administrator)
   * read everything; accounts holding only agency-scoped roles (producer, supporting custodian,
   * agency head) read only their own agencies' data.
   */
  public boolean mayRead(Account account, AgencyCode owner) {
    if (!account.enabled()) {
      return false;
    }
    return readsEveryAgency(account) || account.roles().stream().anyMatch(r -> r.covers(owner));
  }

  /**
   * Whether an account reads every agency's unpublished data and the province-wide figures: it
   * holds a role that is not scoped to one agency (custodian, supervisor, forum, secretariat,
   * regional head, administrator).
   */
  public boolean readsEveryAgency(Account account) {
    return account.enabled() && account.roles().stream().anyMatch(r -> r.agency().isEmpty());
  }

  /**
   * Whether an account may perform a step for at least one agency: what a screen asks before it
   * shows a page or a menu entry (each action on an object is still checked by {@link #require}).
   */
  public boolean permitsSomewhere(Account account, SopStep step) {
    return permits(account, step, null);
  }

  /**
   * Refuses reading unpublished data of another agency.
   *
   * @throws RuleViolation {@link Rule#ACTOR_OUTSIDE_AGENCY} (step {@code READ})
   */
  public void requireRead(Account account, AgencyCode owner) {
    if (!mayRead(account, owner)) {
      throw new RuleViolation(
          Rule.ACTOR_OUTSIDE_AGENCY,
          account.id(),
          "READ",
          owner,
          account.roles().stream()
              .flatMap(r -> r.agency().stream())
              .map(AgencyCode::value)
              .sorted()
              .toList());
    }
  }

  /** True when {@link #require} would let the account perform the step. */
  public boolean permits(Account account, SopStep step, AgencyCode owner) {
    return find(account, step, owner).isPresent();
  }

  private Optional<RoleAssignment> find(Account account, SopStep step, AgencyCode owner) {
    try {
      return Optional.of(require(account, step, owner));
    } catch (RuleViolation e) {
      return Optional.empty();
    }
  }
}
