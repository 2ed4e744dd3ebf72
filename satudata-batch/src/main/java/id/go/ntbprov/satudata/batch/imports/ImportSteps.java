package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadOptions;
import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.conformity.ConformityReport;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.CheckSummary;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.UploadTicket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The transactional work of the import's first and last steps, through the core's use cases: the
 * batchlets themselves run outside a transaction.
 */
@ApplicationScoped
public class ImportSteps {

  @Inject SatuData app;
  @Inject ImportProgressStore progress;
  @Inject RowChecks checks;

  /**
   * First step: checks again who imports (the account may have lost its role since it queued the
   * job), reads the file's header and stores it as the version's empty content. A restart finds the
   * content already there and leaves it.
   */
  @Transactional
  public void openContent(Properties job) {
    SubmissionId id = SubmissionId.parse(job.getProperty(ImportJob.SUBMISSION));
    UploadTicket ticket = app.collection().resumeUpload(account(job), id);
    if (!app.ports().content().header(id).isEmpty()) {
      return;
    }
    Path copy =
        ImportFiles.workingCopy(
            app.ports().files(), job.getProperty(ImportJob.FILE), id.toString());
    try (TableSource source = TableReaders.open(copy, options(job, ticket, 0))) {
      try (ContentStore.ContentWriter w = app.ports().content().open(id, source.header())) {
        // The findings about the item's metadata and the file's header come first, as they do for
        // an upload in one piece; the rows' follow, chunk by chunk, as the rows are stored.
        app.collection().checkMetadata(ticket, w::finding);
        app.collection()
            .startCheck(
                ticket,
                source.numberStyle(),
                source.headerRowNumber(),
                source.header(),
                w::finding);
        w.commit();
      }
      progress.layout(id.toString(), source.numberStyle().name(), source.headerRowNumber());
    }
  }

  /**
   * Last step: ends the conformity check that ran while the rows were stored (or, after a restart,
   * one rebuilt from the stored rows), stores its findings about the table as a whole and records
   * the new draft version (the core's {@code completeUpload}). One transaction: a failure leaves no
   * version and no finding of this step, and the step can run again.
   */
  @Transactional
  public Submission checkAndRecord(Properties job) {
    SubmissionId id = SubmissionId.parse(job.getProperty(ImportJob.SUBMISSION));
    Account account = account(job);
    UploadTicket ticket = app.collection().resumeUpload(account, id);
    RowCheck check = checks.take(job, ticket);
    ConformityReport rows;
    try (ContentStore.ContentWriter findings = app.ports().content().append(id)) {
      rows = check.finish(findings);
      findings.commit();
    }
    CheckSummary summary = CheckSummary.of(app.collection().checkMetadata(ticket, f -> {}), rows);
    Submission recorded =
        app.collection()
            .completeUpload(
                account,
                ticket,
                summary,
                app.ports().files().find(job.getProperty(ImportJob.FILE)));
    progress.finished(
        id.toString(),
        ImportProgressStore.Status.COMPLETED,
        summary.errors(),
        summary.warnings(),
        null);
    progress.rejected(id.toString(), check.rejectedRows());
    return recorded;
  }

  /** The reading options of an import, skipping {@code skip} rows already stored. */
  static ReadOptions options(Properties job, UploadTicket ticket, long skip) {
    ReadOptions o =
        ReadOptions.defaults()
            .withSkip(skip)
            .withExpectedHeader(
                ticket.item().structure().variables().stream().map(Variable::name).toList());
    String delimiter = job.getProperty(ImportJob.DELIMITER);
    if (delimiter != null) {
      o = o.withDelimiter(ImportOptions.delimiter(delimiter));
    }
    String charset = job.getProperty(ImportJob.CHARSET);
    if (charset != null) {
      o = o.withCharset(ImportOptions.charset(charset));
    }
    String style = job.getProperty(ImportJob.NUMBER_STYLE);
    if (style != null) {
      o = o.withNumberStyle(ImportOptions.numberStyle(style));
    }
    String sheet = job.getProperty(ImportJob.SHEET);
    if (sheet != null) {
      o = o.withSheetName(sheet);
    }
    return o;
  }

  Account account(Properties job) {
    AccountId id = AccountId.of(job.getProperty(ImportJob.ACCOUNT));
    return app.ports()
        .accounts()
        .find(id)
        .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "account", id));
  }

  /** The message of a failure for the progress record, in Bahasa Indonesia. */
  static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RuleViolation v) {
        return v.rule() + ": " + v.message(Messages.INDONESIAN);
      }
      if (t instanceof ReadException r) {
        return r.problem() + ": " + r.message(Messages.INDONESIAN);
      }
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
