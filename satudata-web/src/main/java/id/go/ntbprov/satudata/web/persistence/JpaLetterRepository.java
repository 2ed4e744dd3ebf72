package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.letter.LetterRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link LetterRepository} (the letters register) on tables {@code letter} and {@code
 * letter_cover}.
 */
public final class JpaLetterRepository implements LetterRepository {

  private static final Comparator<Letter> REGISTER_ORDER =
      Comparator.comparing(Letter::registeredAt).thenComparing(Letter::id);

  private final VersionedStore<Letter, LetterEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaLetterRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            LetterEntity.class,
            "letter",
            Letter::id,
            LetterEntity::blank,
            (l, e) -> e.write(l),
            LetterEntity::toDomain);
  }

  @Override
  public Optional<Letter> find(String id) {
    return store.find(id);
  }

  /**
   * The first registered letter of that kind, agency (as stored: upper case) and number (compared
   * stripped and case-insensitively).
   */
  @Override
  public Optional<Letter> findByNumber(LetterKind kind, String agency, String number) {
    TypedQuery<LetterEntity> q =
        store
            .em()
            .createQuery(
                "select l from LetterEntity l where l.kind = :kind and l.agency = :agency"
                    + " and l.numberKey = :key",
                LetterEntity.class)
            .setParameter("kind", kind.name())
            .setParameter("agency", agency)
            .setParameter("key", LetterEntity.numberKey(number));
    return store.list(q, REGISTER_ORDER).stream().findFirst();
  }

  @Override
  public List<Letter> registeredBetween(Instant from, Instant to) {
    TypedQuery<LetterEntity> q =
        store
            .em()
            .createQuery(
                "select l from LetterEntity l where l.registeredAt >= :from"
                    + " and l.registeredAt < :to",
                LetterEntity.class)
            .setParameter("from", InstantConverter.ceilMicros(from))
            .setParameter("to", InstantConverter.ceilMicros(to));
    return store.list(q, REGISTER_ORDER);
  }

  @Override
  public Letter save(Letter letter) {
    return store.save(letter);
  }
}
