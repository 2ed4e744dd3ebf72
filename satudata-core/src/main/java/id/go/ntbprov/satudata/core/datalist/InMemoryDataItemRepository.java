package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link DataItemRepository}. */
public final class InMemoryDataItemRepository implements DataItemRepository {

  private final InMemoryStore<DataItemId, DataItem> store = new InMemoryStore<>("item");

  @Override
  public Optional<DataItem> find(DataItemId id) {
    return store.find(id);
  }

  @Override
  public List<DataItem> byYear(int year) {
    return store.list(i -> i.id().year() == year, Comparator.comparing(DataItem::id));
  }

  @Override
  public DataItem save(DataItem item) {
    return store.save(item);
  }
}
