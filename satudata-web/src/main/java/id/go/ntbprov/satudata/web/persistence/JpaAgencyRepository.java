package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.AgencyRepository;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link AgencyRepository} on table {@code agency}. */
public final class JpaAgencyRepository implements AgencyRepository {

  private final VersionedStore<Agency, AgencyEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaAgencyRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            AgencyEntity.class,
            "agency",
            a -> a.code().value(),
            AgencyEntity::blank,
            (a, e) -> e.write(a),
            AgencyEntity::toDomain);
  }

  @Override
  public Optional<Agency> find(AgencyCode code) {
    return store.find(code.value());
  }

  @Override
  public List<Agency> all() {
    return store.list(
        store.em().createQuery("select a from AgencyEntity a", AgencyEntity.class),
        Comparator.comparing(Agency::code));
  }

  @Override
  public Agency save(Agency agency) {
    return store.save(agency);
  }
}
