package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.conformity.CheckSession;
import id.go.ntbprov.satudata.core.conformity.ConformityReport;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.conformity.FindingSink;
import id.go.ntbprov.satudata.core.submission.ContentStore;

/**
 * The conformity check of one import, run over its rows while they are stored: each chunk's rows
 * and their findings go to the database in the chunk's transaction, so the stored findings always
 * cover exactly the stored rows. The session's own state (row keys seen, regions present, counts)
 * lives in memory; when it is lost (a restart, another JVM), {@link RowChecks#resume} rebuilds it
 * by passing the rows already stored (read again from the file) through a fresh session, counting
 * their findings without storing them a second time.
 *
 * <p>Every finding is counted, stored or not: the rejected rows and the session's totals are those
 * of the whole file.
 */
final class RowCheck implements FindingSink {

  private final RejectedRows rejected = new RejectedRows();
  private CheckSession session;
  private ContentStore.ContentWriter target;
  private long rows;
  private boolean spoiled;

  void start(CheckSession session) {
    this.session = session;
  }

  @Override
  public void accept(Finding f) {
    rejected.accept(f);
    if (target != null) {
      target.finding(f);
    }
  }

  /** Checks a row whose findings were stored before (a replay): counted, not stored again. */
  void replay(String[] row) {
    session.accept(row);
    rows++;
  }

  /** Checks one chunk's rows, storing them and their findings through {@code writer}. */
  void storeAndCheck(ContentStore.ContentWriter writer, Iterable<Object> chunk) {
    target = writer;
    try {
      for (Object item : chunk) {
        String[] row = (String[]) item;
        writer.row(row);
        session.accept(row);
        rows++;
      }
    } finally {
      target = null;
    }
  }

  /** Marks the check out of step with the database (its chunk's transaction failed). */
  void spoil() {
    spoiled = true;
  }

  /** True when the check has seen exactly the {@code stored} rows that were committed. */
  boolean matches(long stored) {
    return !spoiled && rows == stored;
  }

  /** Ends the check: the findings about the whole table go to {@code writer}. */
  ConformityReport finish(ContentStore.ContentWriter writer) {
    target = writer;
    try {
      return session.finish();
    } finally {
      target = null;
    }
  }

  long rejectedRows() {
    return rejected.count();
  }
}
