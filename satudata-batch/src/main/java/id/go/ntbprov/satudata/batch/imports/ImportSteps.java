package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadOptions;
import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
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
    Path copy = ImportFiles.workingCopy(app.ports().files(), job.getProperty(ImportJob.FILE));
    try (TableSource source = TableReaders.open(copy, options(job, ticket, 0))) {
      try (ContentStore.ContentWriter w = app.ports().content().open(id, source.header())) {
        w.commit();
      }
      progress.layout(id.toString(), source.numberStyle().name(), source.headerRowNumber());
    } finally {
      ImportFiles.delete(copy);
    }
  }

  /**
   * Last step: checks the stored rows against the item's structure, stores every finding and
   * records the new draft version (the core's {@code completeUpload}). One transaction: a failure
   * leaves no finding and no version, and the step can run again.
   */
  @Transactional
  public Submission checkAndRecord(Properties job) {
    SubmissionId id = SubmissionId.parse(job.getProperty(ImportJob.SUBMISSION));
    Account account = account(job);
    UploadTicket ticket = app.collection().resumeUpload(account, id);
    NumberStyle style =
        progress
            .numberStyle(id.toString())
            .map(NumberStyle::valueOf)
            .orElse(NumberStyle.DOT_DECIMAL);
    CheckSummary summary;
    RejectedRows rejected = new RejectedRows();
    try (ContentStore.ContentWriter findings = app.ports().content().append(id)) {
      summary =
          app.collection()
              .checkStored(
                  ticket,
                  style,
                  progress.headerRow(id.toString()),
                  f -> {
                    rejected.accept(f);
                    findings.finding(f);
                  });
      findings.commit();
    }
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
    progress.rejected(id.toString(), rejected.count());
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
