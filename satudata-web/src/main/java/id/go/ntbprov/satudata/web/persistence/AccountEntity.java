package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Table {@code account} with child table {@code account_role}. */
@Entity
@Table(name = "account")
public class AccountEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 100)
  String id;

  @Column(name = "display_name", nullable = false, length = 300)
  String displayName;

  @Column(name = "enabled", nullable = false)
  boolean enabled;

  @ElementCollection
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @OrderColumn(name = "idx")
  List<RoleColumns> roles = new ArrayList<>();

  /** For the provider. */
  protected AccountEntity() {}

  static AccountEntity blank() {
    return new AccountEntity();
  }

  void write(Account a) {
    id = a.id().value();
    displayName = a.displayName();
    enabled = a.enabled();
    // A set in the core: a fixed order keeps rewrites of unchanged roles away.
    roles.clear();
    a.roles().stream()
        .sorted(Comparator.comparing(RoleAssignment::toString))
        .map(RoleColumns::of)
        .forEach(roles::add);
  }

  Account toDomain() {
    return new Account(
        AccountId.of(id),
        displayName,
        roles.stream().map(RoleColumns::toDomain).collect(Collectors.toSet()),
        enabled,
        getVersion());
  }
}
