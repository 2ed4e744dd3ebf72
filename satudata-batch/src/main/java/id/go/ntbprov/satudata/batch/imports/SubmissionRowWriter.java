package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends a chunk of rows to the version's content, checks them on the way (their findings stored
 * with them) and records the progress, all in the chunk's transaction (the same one in which the
 * batch runtime stores the checkpoint), so rows, findings, progress and checkpoint commit or roll
 * back together: a restart neither loses nor repeats a row or a finding. On PostgreSQL the content
 * store sends the rows with {@code COPY} on the transaction's connection.
 */
@Named("submissionImportWriter")
@Dependent
public class SubmissionRowWriter extends AbstractItemWriter {

  /** Job instances whose injected fault already fired: their restart passes. */
  private static final Set<Long> FAULTED = ConcurrentHashMap.newKeySet();

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject SatuData app;
  @Inject ImportProgressStore progress;
  @Inject ImportSteps steps;
  @Inject RowChecks checks;

  private Properties parameters;
  private SubmissionId id;
  private RowCheck check;
  private long stored;

  @Override
  public void open(Serializable checkpoint) {
    parameters = ImportContext.parameters(job); // once per step, not once per chunk
    id = SubmissionId.parse(parameters.getProperty(ImportJob.SUBMISSION));
    stored = app.ports().content().rowCount(id); // 0, or the rows committed before a restart
    check =
        checks.resume(
            parameters, app.collection().resumeUpload(steps.account(parameters), id), stored);
  }

  @Override
  public void writeItems(List<Object> items) {
    ContentStore content = app.ports().content();
    long before = stored;
    try {
      try (ContentStore.ContentWriter w = content.append(id)) {
        check.storeAndCheck(w, items);
        w.commit(); // in the chunk's transaction: sent, not yet committed
      }
      // After the rows went to the database, before the chunk's transaction ends: a fault here
      // must take the chunk's rows back with the transaction.
      injectFault(before, items.size());
      progress.rows(
          id.toString(), before + items.size(), before + items.size(), ReadPosition.percent(step));
    } catch (RuntimeException e) {
      check.spoil(); // the chunk's transaction rolls back: the check is ahead of the database
      throw e;
    }
    stored = before + items.size();
  }

  @Override
  public void close() {
    if (check != null) {
      checks.handOver(id, check); // taken only if it saw exactly the rows committed
    }
  }

  private void injectFault(long before, int size) {
    String at = parameters.getProperty(ImportJob.FAIL_AT_ROW);
    if (at == null || !Boolean.getBoolean("satudata.batch.fault-injection")) {
      return;
    }
    long row = Long.parseLong(at);
    if (row > before && row <= before + size && FAULTED.add(job.getInstanceId())) {
      throw new IllegalStateException("injected fault in the chunk holding data row " + row);
    }
  }
}
