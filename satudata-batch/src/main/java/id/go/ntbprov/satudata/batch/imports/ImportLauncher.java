package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.UploadTicket;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;

/**
 * Starts and restarts bulk imports. Starting is itself the SOP's upload step: the core checks who
 * uploads and what must be in hand before anything is queued.
 */
@ApplicationScoped
public class ImportLauncher {

  @Inject SatuData app;
  @Inject ImportProgressStore progress;

  /** Options the uploader may declare; null means detect. */
  public record Options(String delimiter, String charset, String numberStyle, String sheet) {}

  /**
   * Queues the import of a stored original as the next version of an item and period.
   *
   * @throws RuleViolation the core's upload rules
   */
  public ImportProgressStore.Progress start(
      Account actor, DataItemId item, Period period, FileRef original, Options options) {
    return start(actor, item, period, original, options, null);
  }

  /** As {@link #start}, with a fault injected at a data row (tests only; see ImportJob). */
  public ImportProgressStore.Progress start(
      Account actor,
      DataItemId item,
      Period period,
      FileRef original,
      Options options,
      Long failAtRow) {
    int chunkSize = chunkSize(); // a bad setting refuses before anything is registered
    UploadTicket ticket = app.collection().prepareUpload(actor, item, period);
    // The next free version: imports registered but not recorded yet (running, or failed and
    // perhaps restarted later) keep theirs, so a new import takes the one after.
    SubmissionId id = ticket.id();
    while (!progress.register(
        id.toString(), actor.id().value(), original.id(), original.name(), original.size())) {
      RuleViolation.require(
          id.version() < ticket.id().version() + 1000, Rule.DUPLICATE_IDENTIFIER, "import", id);
      id = new SubmissionId(item, period, id.version() + 1);
    }
    ticket = app.collection().resumeUpload(actor, id);
    Properties p =
        ImportJob.parameters(
            ticket.id(),
            actor.id().value(),
            original.id(),
            options.delimiter(),
            options.charset(),
            options.numberStyle(),
            options.sheet());
    p.setProperty(ImportJob.CHUNK_SIZE, Integer.toString(chunkSize));
    if (failAtRow != null) {
      p.setProperty(ImportJob.FAIL_AT_ROW, Long.toString(failAtRow));
      p.setProperty(ImportJob.CHUNK_SIZE, "100");
    }
    long execution = BatchRuntime.getJobOperator().start(ImportJob.NAME, p);
    progress.running(id.toString(), execution);
    return progress.find(id.toString()).orElseThrow();
  }

  /**
   * Rows per chunk (one transaction, one checkpoint): system property {@code
   * satudata.import.chunk-size} or environment variable {@code SATUDATA_IMPORT_CHUNK_SIZE}, default
   * {@value ImportJob#DEFAULT_CHUNK_SIZE}. A value that is not a whole number from 1 to 1,000,000
   * makes every import fail to start, before anything is registered, with an {@link
   * IllegalStateException} naming the setting and the value.
   */
  static int chunkSize() {
    String v = System.getProperty("satudata.import.chunk-size");
    if (v == null || v.isBlank()) {
      v = System.getenv("SATUDATA_IMPORT_CHUNK_SIZE");
    }
    if (v == null || v.isBlank()) {
      return ImportJob.DEFAULT_CHUNK_SIZE;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= 1_000_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalStateException(
        "SATUDATA_IMPORT_CHUNK_SIZE (satudata.import.chunk-size) must be a whole number from 1 to"
            + " 1000000, not '"
            + v
            + "'");
  }

  /** Restarts a failed import from its last checkpoint; only its owner or a custodian may. */
  public ImportProgressStore.Progress restart(Account actor, SubmissionId id) {
    ImportProgressStore.Progress p =
        progress
            .find(id.toString())
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "import", id));
    app.collection().resumeUpload(actor, id); // the upload rules, again
    RuleViolation.require(
        p.status() == ImportProgressStore.Status.FAILED,
        Rule.WRONG_STATE,
        "import",
        id,
        p.status(),
        "RESTART",
        "[FAILED]");
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = operator.getParameters(p.executionId());
    long execution = operator.restart(p.executionId(), parameters);
    progress.running(id.toString(), execution);
    return progress.find(id.toString()).orElseThrow();
  }

  /** The progress of an import. */
  public Optional<ImportProgressStore.Progress> status(SubmissionId id) {
    return progress.find(id.toString());
  }
}
