package id.go.ntbprov.satudata.core.reference;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link CodeListRepository}. */
public final class InMemoryCodeListRepository implements CodeListRepository {

  private final InMemoryStore<String, CodeList> store = new InMemoryStore<>("codelist");

  @Override
  public Optional<CodeList> find(String id) {
    return store.find(id);
  }

  @Override
  public List<CodeList> all() {
    return store.list(l -> true, Comparator.comparing(CodeList::id));
  }

  @Override
  public CodeList save(CodeList list) {
    return store.save(list);
  }
}
