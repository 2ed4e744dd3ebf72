package id.go.ntbprov.satudata.core.letter;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link LetterRepository}. */
public final class InMemoryLetterRepository implements LetterRepository {

  private final InMemoryStore<String, Letter> store = new InMemoryStore<>("letter");

  @Override
  public Optional<Letter> find(String id) {
    return store.find(id);
  }

  @Override
  public Optional<Letter> findByNumber(LetterKind kind, String agency, String number) {
    return store
        .list(
            l ->
                l.kind() == kind
                    && l.agency().value().equals(agency)
                    && l.number().equalsIgnoreCase(number.strip()),
            Comparator.comparing(Letter::registeredAt))
        .stream()
        .findFirst();
  }

  @Override
  public List<Letter> registeredBetween(Instant from, Instant to) {
    return store.list(
        l -> !l.registeredAt().isBefore(from) && l.registeredAt().isBefore(to),
        Comparator.comparing(Letter::registeredAt).thenComparing(Letter::id));
  }

  @Override
  public Letter save(Letter letter) {
    return store.save(letter);
  }
}
