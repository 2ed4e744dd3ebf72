package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends a chunk of rows to the version's content and records the progress, both in the chunk's
 * transaction (the same one in which the batch runtime stores the checkpoint), so rows, progress
 * and checkpoint commit or roll back together: a restart neither loses nor repeats a row.
 */
@Named("submissionImportWriter")
@Dependent
public class SubmissionRowWriter extends AbstractItemWriter {

  /** Job instances whose injected fault already fired: their restart passes. */
  private static final Set<Long> FAULTED = ConcurrentHashMap.newKeySet();

  @Inject JobContext job;
  @Inject SatuData app;
  @Inject ImportProgressStore progress;

  @Override
  public void writeItems(List<Object> items) {
    Properties p = ImportContext.parameters(job);
    SubmissionId id = SubmissionId.parse(p.getProperty(ImportJob.SUBMISSION));
    long stored;
    try (ContentStore.ContentWriter w = app.ports().content().append(id)) {
      for (Object row : items) {
        w.row((String[]) row);
      }
      injectFault(p, app.ports().content().rowCount(id), items.size());
      w.commit();
    }
    stored = app.ports().content().rowCount(id);
    progress.rows(id.toString(), stored, stored);
  }

  private void injectFault(Properties p, long before, int size) {
    String at = p.getProperty(ImportJob.FAIL_AT_ROW);
    if (at == null || !Boolean.getBoolean("satudata.batch.fault-injection")) {
      return;
    }
    long row = Long.parseLong(at);
    if (row > before && row <= before + size && FAULTED.add(job.getInstanceId())) {
      throw new IllegalStateException("injected fault in the chunk holding data row " + row);
    }
  }
}
