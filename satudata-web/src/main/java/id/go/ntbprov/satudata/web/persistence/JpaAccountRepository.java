package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AccountRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link AccountRepository} on tables {@code account} and {@code account_role}. */
public final class JpaAccountRepository implements AccountRepository {

  private final VersionedStore<Account, AccountEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaAccountRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            AccountEntity.class,
            "account",
            a -> a.id().value(),
            AccountEntity::blank,
            (a, e) -> e.write(a),
            AccountEntity::toDomain);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return store.find(id.value());
  }

  @Override
  public List<Account> all() {
    TypedQuery<AccountEntity> q =
        store.em().createQuery("select a from AccountEntity a", AccountEntity.class);
    return store.list(q, Comparator.comparing(Account::id));
  }

  @Override
  public Account save(Account account) {
    return store.save(account);
  }
}
