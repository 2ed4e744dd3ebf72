package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link AgencyRepository}. */
public final class InMemoryAgencyRepository implements AgencyRepository {

  private final InMemoryStore<AgencyCode, Agency> store = new InMemoryStore<>("agency");

  @Override
  public Optional<Agency> find(AgencyCode code) {
    return store.find(code);
  }

  @Override
  public List<Agency> all() {
    return store.list(a -> true, Comparator.comparing(Agency::code));
  }

  @Override
  public Agency save(Agency agency) {
    return store.save(agency);
  }
}
