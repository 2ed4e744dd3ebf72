package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataItemRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link DataItemRepository} on tables {@code data_item} and {@code item_recommendation}. */
public final class JpaDataItemRepository implements DataItemRepository {

  private final VersionedStore<DataItem, DataItemEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaDataItemRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            DataItemEntity.class,
            "item",
            i -> i.id().toString(),
            DataItemEntity::blank,
            (i, e) -> e.write(i),
            DataItemEntity::toDomain);
  }

  @Override
  public Optional<DataItem> find(DataItemId id) {
    return store.find(id.toString());
  }

  @Override
  public List<DataItem> byYear(int year) {
    TypedQuery<DataItemEntity> q =
        store
            .em()
            .createQuery(
                "select i from DataItemEntity i where i.year = :year", DataItemEntity.class)
            .setParameter("year", year);
    return store.list(q, Comparator.comparing(DataItem::id));
  }

  @Override
  public DataItem save(DataItem item) {
    return store.save(item);
  }
}
