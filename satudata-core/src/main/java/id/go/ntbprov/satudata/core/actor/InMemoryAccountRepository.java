package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link AccountRepository}. */
public final class InMemoryAccountRepository implements AccountRepository {

  private final InMemoryStore<AccountId, Account> store = new InMemoryStore<>("account");

  @Override
  public Optional<Account> find(AccountId id) {
    return store.find(id);
  }

  @Override
  public List<Account> all() {
    return store.list(a -> true, Comparator.comparing(Account::id));
  }

  @Override
  public Account save(Account account) {
    return store.save(account);
  }
}
