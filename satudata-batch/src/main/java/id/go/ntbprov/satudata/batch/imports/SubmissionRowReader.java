package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.UploadTicket;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads the data rows of the import's file, one {@code String[]} per row (blank rows included, so
 * that stored rows keep the numbers the user sees). The checkpoint is the number of rows read and
 * committed: a restart skips exactly those. Reading has no side effect. The file is parsed on a
 * managed thread of its own a few thousand rows ahead ({@link ReadAhead}), beside the job's thread
 * that checks and stores the rows.
 */
@Named("submissionImportReader")
@Dependent
public class SubmissionRowReader extends AbstractItemReader {

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject SatuData app;
  @Inject ImportSteps steps;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private ReadAhead rows;
  private long read;
  private final ReadPosition position = new ReadPosition();

  @Override
  public void open(Serializable checkpoint) {
    Properties p = ImportContext.parameters(job);
    read = checkpoint == null ? 0 : (Long) checkpoint;
    SubmissionId id = SubmissionId.parse(p.getProperty(ImportJob.SUBMISSION));
    UploadTicket ticket = app.collection().resumeUpload(steps.account(p), id);
    Path copy =
        ImportFiles.workingCopy(app.ports().files(), p.getProperty(ImportJob.FILE), id.toString());
    TableSource source = TableReaders.open(copy, ImportSteps.options(p, ticket, read));
    rows = new ReadAhead(source, threads); // parsing beside the check and the writes
    step.setTransientUserData(position);
  }

  @Override
  public Object readItem() {
    try {
      String[] row = rows.next();
      position.fraction = rows.fraction();
      if (row != null) {
        read++;
      }
      return row;
    } catch (RuntimeException e) {
      job.setExitStatus(ImportSteps.message(e)); // the listener records it for the API
      throw e;
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }

  @Override
  public void close() {
    if (rows != null) {
      rows.close(); // the working copy stays for the import's next step; the listener deletes it
    }
  }
}
