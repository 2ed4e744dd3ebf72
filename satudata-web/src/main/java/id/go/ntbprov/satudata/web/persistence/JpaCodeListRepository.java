package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.CodeListRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link CodeListRepository} on tables {@code code_list} and {@code code_list_code}. */
public final class JpaCodeListRepository implements CodeListRepository {

  private final VersionedStore<CodeList, CodeListEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaCodeListRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            CodeListEntity.class,
            "codelist",
            CodeList::id,
            CodeListEntity::blank,
            (l, e) -> e.write(l),
            CodeListEntity::toDomain);
  }

  @Override
  public Optional<CodeList> find(String id) {
    return store.find(id);
  }

  @Override
  public List<CodeList> all() {
    TypedQuery<CodeListEntity> q =
        store.em().createQuery("select l from CodeListEntity l", CodeListEntity.class);
    return store.list(q, Comparator.comparing(CodeList::id));
  }

  @Override
  public CodeList save(CodeList list) {
    return store.save(list);
  }
}
