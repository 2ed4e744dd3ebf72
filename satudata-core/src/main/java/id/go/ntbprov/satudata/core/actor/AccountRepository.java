package id.go.ntbprov.satudata.core.actor;

import java.util.List;
import java.util.Optional;

/** Port: where accounts and their roles are kept. */
public interface AccountRepository {

  /** The account with that login name. */
  Optional<Account> find(AccountId id);

  /** All accounts, by login name. */
  List<Account> all();

  /**
   * Inserts (version 0) or updates (same version as stored) an account.
   *
   * @return the stored account with its new version
   */
  Account save(Account account);
}
