package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.persistence.Credential;
import id.go.ntbprov.satudata.web.persistence.JpaCredentialStore;
import id.go.ntbprov.satudata.web.security.Passwords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Administration over HTTP: agencies, accounts with their roles and passwords, the audit trail. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;
  @Inject JpaCredentialStore credentials;
  @Inject Passwords passwords;

  /** An agency as entered and shown. */
  public record AgencyJson(
      String code, String name, String headName, boolean active, long version) {}

  /** A role held, with its agency for scoped roles. */
  public static class RoleJson {
    public String role;
    public String agency;
  }

  /** An account as entered. */
  public static class AccountJson {
    public String username;
    public String displayName;
    public String password;
    public List<RoleJson> roles;
  }

  /** An account as shown (never its password). */
  public record AccountView(
      String username, String displayName, List<String> roles, boolean enabled, long version) {
    static AccountView of(Account a) {
      return new AccountView(
          a.id().value(),
          a.displayName(),
          a.roles().stream().map(Object::toString).sorted().toList(),
          a.enabled(),
          a.version());
    }
  }

  /** One audit entry as shown. */
  public record AuditView(
      String at,
      String account,
      String role,
      String step,
      String objectType,
      String objectId,
      String stateBefore,
      String stateAfter,
      String detail) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.at().toString(),
          e.account().value(),
          e.role().toString(),
          e.step().name(),
          e.objectType(),
          e.objectId(),
          e.stateBefore(),
          e.stateAfter(),
          e.detail());
    }
  }

  /** All agencies (any signed-in account). */
  @GET
  @Path("agencies")
  @Transactional
  public List<AgencyJson> agencies() {
    actor.require();
    return app.ports().agencies().all().stream()
        .map(a -> new AgencyJson(a.code().value(), a.name(), a.headName(), a.active(), a.version()))
        .toList();
  }

  /** Registers an agency. */
  @POST
  @Path("agencies")
  @Transactional
  public Response addAgency(AgencyJson a) {
    RuleViolation.requirePresent(a, "body");
    Agency saved =
        app.administration()
            .saveAgency(
                actor.require(),
                new Agency(AgencyCode.of(a.code()), a.name(), a.headName(), true, 0));
    return Response.created(URI.create("v1/agencies/" + saved.code()))
        .entity(
            new AgencyJson(
                saved.code().value(),
                saved.name(),
                saved.headName(),
                saved.active(),
                saved.version()))
        .build();
  }

  /** Changes an agency's name, head or active flag; {@code version} must be the one read. */
  @PUT
  @Path("agencies/{code}")
  @Transactional
  public AgencyJson updateAgency(@PathParam("code") String code, AgencyJson a) {
    RuleViolation.requirePresent(a, "body");
    Agency saved =
        app.administration()
            .saveAgency(
                actor.require(),
                new Agency(AgencyCode.of(code), a.name(), a.headName(), a.active(), a.version()));
    return new AgencyJson(
        saved.code().value(), saved.name(), saved.headName(), saved.active(), saved.version());
  }

  /** All accounts (administrators only). */
  @GET
  @Path("accounts")
  @Transactional
  public List<AccountView> accounts() {
    requireAdmin();
    return app.ports().accounts().all().stream().map(AccountView::of).toList();
  }

  /** Creates an account with its roles and a password of at least 12 characters. */
  @POST
  @Path("accounts")
  @Transactional
  public Response createAccount(AccountJson a) {
    RuleViolation.requirePresent(a, "body");
    String hash = passwords.hash(a.password);
    Account saved =
        app.administration()
            .createAccount(
                actor.require(),
                new Account(AccountId.of(a.username), a.displayName, roles(a.roles), true, 0));
    credentials.save(new Credential(saved.id().value(), hash, 0, Optional.empty()));
    return Response.created(URI.create("v1/accounts/" + saved.id()))
        .entity(AccountView.of(saved))
        .build();
  }

  /** Replaces an account's roles; {@code If-Match} carries the version read. */
  @PUT
  @Path("accounts/{username}/roles")
  @Transactional
  public AccountView assignRoles(
      @PathParam("username") String username,
      @HeaderParam("If-Match") String ifMatch,
      List<RoleJson> roles) {
    AccountId id = AccountId.of(username);
    Account current =
        app.ports()
            .accounts()
            .find(id)
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "account", id));
    Versions.requireMatch(ifMatch, current.version(), "account", id);
    return AccountView.of(
        app.administration().assignRoles(actor.require(), id, roles(roles), current.version()));
  }

  /** Enables or disables an account. */
  @PUT
  @Path("accounts/{username}/enabled")
  @Transactional
  public AccountView enable(@PathParam("username") String username, boolean enabled) {
    return AccountView.of(
        app.administration().setEnabled(actor.require(), AccountId.of(username), enabled));
  }

  /** Entries about one object, or between two instants. */
  @GET
  @Path("audit")
  @Transactional
  public List<AuditView> audit(
      @QueryParam("objectType") String type,
      @QueryParam("objectId") String id,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    requireAdmin();
    List<AuditEntry> entries =
        type != null && id != null
            ? app.ports().audit().forObject(type, id)
            : app.ports()
                .audit()
                .between(
                    Dates.instant(from, Instant.EPOCH, "from"),
                    Dates.instant(to, Instant.parse("9999-12-31T00:00:00Z"), "to"));
    return entries.stream().map(AuditView::of).toList();
  }

  private void requireAdmin() {
    app.authorization().require(actor.require(), SopStep.ADMINISTER, null);
  }

  private static Set<RoleAssignment> roles(List<RoleJson> roles) {
    Set<RoleAssignment> out = new HashSet<>();
    for (RoleJson r : roles == null ? List.<RoleJson>of() : roles) {
      RuleViolation.requirePresent(r, "roles");
      Role role = Enums.parse(Role.class, r.role, "role");
      out.add(
          r.agency == null || r.agency.isBlank()
              ? RoleAssignment.of(role)
              : RoleAssignment.of(role, AgencyCode.of(r.agency)));
    }
    return out;
  }
}
