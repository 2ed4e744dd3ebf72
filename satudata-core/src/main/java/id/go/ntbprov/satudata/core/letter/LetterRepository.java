package id.go.ntbprov.satudata.core.letter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the letters register. */
public interface LetterRepository {

  /** The letter with that register id. */
  Optional<Letter> find(String id);

  /** The letter of that kind, agency and number, if registered. */
  Optional<Letter> findByNumber(LetterKind kind, String agency, String number);

  /** Letters registered in {@code [from, to)}, oldest first. */
  List<Letter> registeredBetween(Instant from, Instant to);

  /** Inserts (version 0) or updates (same version as stored) a letter. */
  Letter save(Letter letter);
}
