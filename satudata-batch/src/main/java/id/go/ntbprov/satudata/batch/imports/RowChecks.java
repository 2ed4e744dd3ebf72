package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.UploadTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each import's {@link RowCheck} from the step that stores the rows to the step that records
 * the version, within one JVM. A check that did not survive (a restart, a failed chunk, another
 * instance) is rebuilt from the rows already stored, read again from the file.
 */
@ApplicationScoped
public class RowChecks {

  @Inject SatuData app;
  @Inject ImportProgressStore progress;

  private final Map<String, RowCheck> handedOver = new ConcurrentHashMap<>();

  /**
   * A check that has seen the first {@code stored} rows already stored for the import (their
   * findings, and those of the header, are stored too), ready for the next rows. The rows are read
   * again from the import's file, not from the database: they are exactly its first {@code stored}
   * rows (the reader stores every row it reads, blank ones included).
   */
  RowCheck resume(Properties job, UploadTicket ticket, long stored) {
    SubmissionId id = ticket.id();
    ContentStore content = app.ports().content();
    NumberStyle style =
        progress
            .numberStyle(id.toString())
            .map(NumberStyle::valueOf)
            .orElse(NumberStyle.DOT_DECIMAL);
    RowCheck check = new RowCheck();
    check.start(
        app.collection()
            .startCheck(
                ticket, style, progress.headerRow(id.toString()), content.header(id), check));
    if (stored > 0) {
      Path copy =
          ImportFiles.workingCopy(
              app.ports().files(), job.getProperty(ImportJob.FILE), id.toString());
      try (TableSource rows = TableReaders.open(copy, ImportSteps.options(job, ticket, 0))) {
        for (long n = 0; n < stored && rows.hasNext(); n++) {
          check.replay(rows.next());
        }
      }
    }
    return check;
  }

  /** Leaves the store step's check for the record step. */
  void handOver(SubmissionId id, RowCheck check) {
    handedOver.put(id.toString(), check);
  }

  /** The check handed over for the import if it saw exactly the stored rows, else a rebuilt one. */
  RowCheck take(Properties job, UploadTicket ticket) {
    long stored = app.ports().content().rowCount(ticket.id());
    return Optional.ofNullable(handedOver.remove(ticket.id().toString()))
        .filter(c -> c.matches(stored))
        .orElseGet(() -> resume(job, ticket, stored));
  }

  /** Forgets an import's check (the job ended). */
  void forget(String submission) {
    if (submission != null) {
      handedOver.remove(submission);
    }
  }
}
