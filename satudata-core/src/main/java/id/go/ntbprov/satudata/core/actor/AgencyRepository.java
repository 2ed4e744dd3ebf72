package id.go.ntbprov.satudata.core.actor;

import java.util.List;
import java.util.Optional;

/** Port: where agencies are kept. */
public interface AgencyRepository {

  /** The agency with that code. */
  Optional<Agency> find(AgencyCode code);

  /** All agencies, by code. */
  List<Agency> all();

  /**
   * Inserts (version 0) or updates (same version as stored) an agency.
   *
   * @return the stored agency with its new version
   */
  Agency save(Agency agency);
}
