package id.go.ntbprov.satudata.web.app;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.persistence.Credential;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import id.go.ntbprov.satudata.web.security.Passwords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * First-start seeding: the region profile's agencies and code lists, the first administrator
 * ({@code SATUDATA_ADMIN_PASSWORD}), and in demo mode one account per role. Idempotent: only what
 * is missing is added. Runs inside the caller's transaction.
 */
public final class Seeder {

  /** The password of every demo account (documented in the README). */
  public static final String DEMO_PASSWORD = "satudata-demo-2026";

  private static final Logger LOG = Logger.getLogger(Seeder.class.getName());

  private final SatuData app;
  private final JpaCredentialStore credentials;
  private final Passwords passwords;

  /** Seeds through the given use-case facade and credential store. */
  public Seeder(SatuData app, JpaCredentialStore credentials, Passwords passwords) {
    this.app = app;
    this.credentials = credentials;
    this.passwords = passwords;
  }

  /** Adds what is missing of the profile, the first administrator and the demo accounts. */
  public void seed(RegionProfile profile, boolean demo, Optional<String> adminPassword) {
    for (Agency agency : profile.agencies()) {
      if (app.ports().agencies().find(agency.code()).isEmpty()) {
        app.ports().agencies().save(agency);
      }
    }
    for (CodeList list : profile.codeLists()) {
      if (app.ports().codeLists().find(list.id()).isEmpty()) {
        app.ports().codeLists().save(list);
      }
    }
    systemAccount(profile);
    adminPassword.ifPresent(
        p -> account("admin", "Administrator", p, RoleAssignment.of(Role.ADMINISTRATOR)));
    if (demo) {
      demoAccounts(profile)
          .forEach((name, role) -> account(name, "Demo " + name, DEMO_PASSWORD, role));
    }
  }

  /**
   * The account scheduled work runs for ({@code sistem}): every province-wide role the region
   * allows to evaluate; no password, so nobody signs in with it.
   */
  private void systemAccount(RegionProfile profile) {
    AccountId sistem = AccountId.of("sistem");
    if (app.ports().accounts().find(sistem).isPresent()) {
      return;
    }
    java.util.Set<RoleAssignment> roles = new java.util.HashSet<>();
    for (Role r : profile.steps().rolesFor(SopStep.EVALUATE)) {
      if (!r.agencyScoped()) {
        roles.add(RoleAssignment.of(r));
      }
    }
    if (!roles.isEmpty()) {
      app.ports().accounts().save(new Account(sistem, "Sistem (jadwal otomatis)", roles, true, 0));
    }
  }

  /** User name and role of every demo account for a profile. */
  public static Map<String, RoleAssignment> demoAccounts(RegionProfile profile) {
    Map<String, RoleAssignment> m = new LinkedHashMap<>();
    m.put("admin", RoleAssignment.of(Role.ADMINISTRATOR));
    m.put("walidata", RoleAssignment.of(Role.WALIDATA));
    m.put("pembina", RoleAssignment.of(Role.PEMBINA_DATA));
    m.put("forum", RoleAssignment.of(Role.FORUM_DATA));
    m.put("sekretariat", RoleAssignment.of(Role.SEKRETARIAT));
    m.put("pimpinan", RoleAssignment.of(Role.PIMPINAN_DAERAH));
    for (AgencyCode agency : demoAgencies(profile)) {
      String a = agency.value().toLowerCase(java.util.Locale.ROOT);
      m.put("produsen." + a, RoleAssignment.of(Role.PRODUSEN_DATA, agency));
      m.put("pendukung." + a, RoleAssignment.of(Role.WALIDATA_PENDUKUNG, agency));
      m.put("kepala." + a, RoleAssignment.of(Role.KEPALA_OPD, agency));
    }
    return m;
  }

  private static List<AgencyCode> demoAgencies(RegionProfile profile) {
    List<AgencyCode> out = new ArrayList<>();
    for (String preferred : List.of("DINKES", "DPMPD")) {
      profile.agency(AgencyCode.of(preferred)).ifPresent(a -> out.add(a.code()));
    }
    for (Agency a : profile.agencies()) {
      if (out.size() >= 2) {
        break;
      }
      if (!out.contains(a.code())) {
        out.add(a.code());
      }
    }
    return out;
  }

  private void account(String username, String name, String password, RoleAssignment role) {
    AccountId id = AccountId.of(username);
    if (app.ports().accounts().find(id).isPresent()) {
      return;
    }
    app.ports().accounts().save(Account.of(username, name, role));
    credentials.save(new Credential(id.value(), passwords.hash(password), 0, Optional.empty()));
    LOG.info("Created account " + username + " (" + role + ")");
  }
}
