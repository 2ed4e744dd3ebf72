package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The account signed in to the screens, as the core knows it, and what the core lets it do. Pages
 * ask {@link #may(String)} or {@link #mayOn(String, String)} to decide which actions to show; the
 * use cases check again when the action runs.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject SecurityContext security;
  @Inject SatuData satuData;
  @Inject LocaleSelection locale;

  private Optional<Account> account;

  /** The account, if a session is signed in and the account still exists. */
  public Optional<Account> account() {
    if (account == null) {
      Principal p = security.getCallerPrincipal();
      account =
          p == null
              ? Optional.empty()
              : satuData.ports().accounts().find(AccountId.of(p.getName()));
    }
    return account;
  }

  /**
   * The account, or a refusal naming the rule (a session whose account was removed or disabled).
   */
  public Account require() {
    Account a = account().orElseThrow(() -> new RuleViolation(Rule.ACCOUNT_DISABLED, userName()));
    RuleViolation.require(a.enabled(), Rule.ACCOUNT_DISABLED, a.id());
    return a;
  }

  /** Whether someone is signed in. */
  public boolean isPresent() {
    return account().isPresent();
  }

  /** The user name (account id), or empty. */
  public String userName() {
    Principal p = security.getCallerPrincipal();
    return p == null ? "" : p.getName();
  }

  /** The account's display name. */
  public String getDisplayName() {
    return account().map(Account::displayName).orElse("");
  }

  /** The account's roles as the user reads them ("Produsen Data (DINKES)"), sorted. */
  public List<String> getRoleLabels() {
    return account().stream()
        .flatMap(a -> a.roles().stream())
        .map(
            r ->
                Messages.format(locale.getLocale(), r.role().messageKey())
                    + r.agency().map(c -> " (" + c.value() + ")").orElse(""))
        .sorted()
        .toList();
  }

  /** Whether the account holds a role (by name), in any agency. */
  public boolean has(String role) {
    Role r = Role.valueOf(role);
    return account().stream().flatMap(a -> a.roles().stream()).anyMatch(x -> x.role() == r);
  }

  /** The agencies the account acts for through agency-scoped roles. */
  public Set<AgencyCode> agencies() {
    return account().stream()
        .flatMap(a -> a.roles().stream())
        .flatMap(r -> r.agency().stream())
        .collect(
            Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(AgencyCode::value))));
  }

  /** Whether the core would let the account perform a step (by name) for at least one agency. */
  public boolean may(String step) {
    return account().filter(a -> auth().permitsSomewhere(a, SopStep.valueOf(step))).isPresent();
  }

  /** Whether the core would let the account perform a step (by name) on an agency's object. */
  public boolean mayOn(String step, String agency) {
    return account()
        .filter(a -> auth().permits(a, SopStep.valueOf(step), AgencyCode.of(agency)))
        .isPresent();
  }

  /** Whether the account may read an agency's unpublished data. */
  public boolean mayRead(AgencyCode owner) {
    return account().filter(a -> auth().mayRead(a, owner)).isPresent();
  }

  /** Whether the account reads every agency's data. */
  public boolean readsEveryAgency() {
    return account().filter(a -> auth().readsEveryAgency(a)).isPresent();
  }

  /** Whether the account may open a screen (see {@link Screen}). */
  public boolean mayOpen(Screen screen) {
    if (account().isEmpty() || !account().get().enabled()) {
      return false;
    }
    Account a = account().get();
    return screen.openToAllStaff()
        || (screen.provinceWideReaders() && auth().readsEveryAgency(a))
        || screen.steps().stream().anyMatch(s -> auth().permitsSomewhere(a, s));
  }

  /** The refusal for a screen the account may not open: the core's rule for its first step. */
  RuleViolation refusalFor(Screen screen) {
    Account a = require();
    if (screen.steps().isEmpty()) {
      return new RuleViolation(
          Rule.ACTOR_OUTSIDE_AGENCY,
          a.id(),
          "READ",
          "*",
          a.roles().stream().flatMap(r -> r.agency().stream()).map(AgencyCode::value).toList());
    }
    SopStep step = screen.steps().iterator().next();
    try {
      auth().require(a, step, null);
      throw new IllegalStateException(screen + " refused although " + step + " is permitted");
    } catch (RuleViolation v) {
      return v;
    }
  }

  /** The roles, for tests and the home page's panels. */
  public Set<Role> roles() {
    return account().stream()
        .flatMap(a -> a.roles().stream())
        .map(RoleAssignment::role)
        .collect(Collectors.toSet());
  }

  private Authorization auth() {
    return satuData.authorization();
  }
}
