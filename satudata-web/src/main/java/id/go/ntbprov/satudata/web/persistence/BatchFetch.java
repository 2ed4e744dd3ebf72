package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.Query;

/**
 * Hints for the list queries of the repositories, set by name so that the code compiles against the
 * JPA API alone (another provider ignores them, and is merely slower).
 *
 * <ul>
 *   <li>Batch fetching loads the child tables in one extra query per collection ({@code ... where
 *       owner in (...)}) instead of one per result row.
 *   <li>Read-only: the results are mapped to aggregates at once and never changed, and EclipseLink
 *       4.0.7 fails at commit ({@code NullPointerException} comparing an embeddable,
 *       eclipse-ee4j/eclipselink#1455, #921) when batch- or join-fetched element collections are
 *       registered in the persistence context. A read-only query still runs on the transaction's
 *       connection, so it sees what this transaction has flushed.
 * </ul>
 */
final class BatchFetch {

  private BatchFetch() {}

  /** Makes {@code query} read-only and batch-fetches {@code alias.collection} for each named. */
  static void of(Query query, String alias, String... collections) {
    query.setHint("eclipselink.read-only", "true");
    query.setHint("eclipselink.batch.type", "IN");
    for (String c : collections) {
      query.setHint("eclipselink.batch", alias + "." + c);
    }
  }
}
