package id.go.ntbprov.satudata.core.reference;

import java.util.List;
import java.util.Optional;

/** Port: where reference code lists are kept. */
public interface CodeListRepository {

  /** The list with that identifier. */
  Optional<CodeList> find(String id);

  /** All lists, by identifier. */
  List<CodeList> all();

  /** Inserts (version 0) or updates (same version as stored) a list. */
  CodeList save(CodeList list);
}
