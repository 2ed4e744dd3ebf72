package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accounts and their roles: create with an initial password, add and remove roles (agency-scoped
 * roles name their agency), enable and disable — the core's {@code Administration} use cases, as
 * {@code /api/v1/accounts} calls them.
 */
@Named
@ViewScoped
public class AdminAccounts implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject AccountCredentials credentials;
  @Inject LocaleSelection locale;

  private List<AccountRow> accounts;
  private List<String> agencies;
  private String username;
  private String displayName;
  private String password;
  private String role;
  private String agency;
  private String selected;

  @PostConstruct
  void load() {
    accounts =
        unit.call(() -> core.sop().ports().accounts().all()).stream()
            .sorted(Comparator.comparing(a -> a.id().value()))
            .map(AccountRow::of)
            .toList();
    agencies =
        unit.call(() -> core.sop().ports().agencies().all()).stream()
            .map(a -> a.code().value())
            .sorted()
            .toList();
  }

  /** Creates the account with the role chosen and its initial password. */
  public void create() {
    if (feedback.perform(
        () -> {
          String hash = credentials.hash(password);
          Account saved =
              core.sop()
                  .administration()
                  .createAccount(
                      signedIn.require(),
                      new Account(
                          AccountId.of(username), displayName, Set.of(assignment()), true, 0));
          credentials.save(saved.id().value(), hash);
        },
        "admin.account.created",
        username)) {
      username = null;
      displayName = null;
      password = null;
      load();
    }
  }

  /** Chooses the account whose roles are changed. */
  public void choose(String account) {
    selected = account;
  }

  /** Adds the role chosen to the selected account. */
  public void addRole() {
    AccountRow row = row(selected);
    changeRoles(
        row,
        () -> {
          Set<RoleAssignment> roles = new HashSet<>(row.assignments());
          roles.add(assignment());
          return roles;
        });
  }

  /** Removes one role (as listed) from an account. */
  public void removeRole(String account, int index) {
    AccountRow row = row(account);
    changeRoles(
        row,
        () -> {
          Set<RoleAssignment> roles = new HashSet<>(row.assignments());
          roles.remove(row.assignments().get(index));
          return roles;
        });
  }

  private void changeRoles(AccountRow row, java.util.function.Supplier<Set<RoleAssignment>> roles) {
    if (feedback.perform(
        () ->
            core.sop()
                .administration()
                .assignRoles(
                    signedIn.require(), AccountId.of(row.username()), roles.get(), row.version()),
        "admin.account.roles.saved",
        row.username())) {
      load();
    }
  }

  /** Enables or disables an account. */
  public void setEnabled(String account, boolean enabled) {
    if (feedback.perform(
        () ->
            core.sop()
                .administration()
                .setEnabled(signedIn.require(), AccountId.of(account), enabled),
        enabled ? "admin.account.enabled" : "admin.account.disabled",
        account)) {
      load();
    }
  }

  private RoleAssignment assignment() {
    Role r = role == null || role.isBlank() ? null : Role.valueOf(role);
    return agency == null || agency.isBlank()
        ? new RoleAssignment(r, java.util.Optional.empty())
        : RoleAssignment.of(r, AgencyCode.of(agency));
  }

  private AccountRow row(String account) {
    return accounts.stream().filter(a -> a.username().equals(account)).findFirst().orElse(null);
  }

  /** Every role, for the role menu. */
  public List<String> getRoles() {
    return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
  }

  /** A role's name as the user reads it, from the core's messages. */
  public String roleLabel(String role) {
    return Messages.format(locale.getLocale(), Role.valueOf(role).messageKey());
  }

  public List<String> getAgencies() {
    return agencies;
  }

  public List<AccountRow> getAccounts() {
    return accounts;
  }

  /** The selected account's row, or null. */
  public AccountRow getSelectedRow() {
    return selected == null ? null : row(selected);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }
}
