package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.conformity.CheckInput;
import id.go.ntbprov.satudata.core.conformity.CheckSession;
import id.go.ntbprov.satudata.core.conformity.ConformityChecker;
import id.go.ntbprov.satudata.core.conformity.ConformityReport;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.conformity.FindingSink;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataItemRepository;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Use cases of the collection stage (Pengumpulan, SOP 2): upload a table as an unpublished draft,
 * checked automatically while it is stored, and hand it in for the custodian's check.
 */
public final class Collection {

  private final Authorization authorization;
  private final DataItemRepository items;
  private final SubmissionRepository submissions;
  private final ContentStore content;
  private final ConformityChecker checker;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Collection(
      Authorization authorization,
      DataItemRepository items,
      SubmissionRepository submissions,
      ContentStore content,
      ConformityChecker checker,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.items = Objects.requireNonNull(items);
    this.submissions = Objects.requireNonNull(submissions);
    this.content = Objects.requireNonNull(content);
    this.checker = Objects.requireNonNull(checker);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /**
   * Uploads a producer's table for an agreed item and a period as a new draft version. The rows are
   * stored and checked in one streaming pass; the version keeps every finding. Nothing is stored if
   * the upload fails part-way, and the published version (if any) is untouched.
   *
   * @throws RuleViolation {@link Rule#UPLOAD_REQUIRES_AGREED_ITEM} for an item not agreed for its
   *     year; {@link Rule#PERIOD_DOES_NOT_MATCH_PERIODICITY}; permission rules for anyone but the
   *     item's producing agency
   */
  public Submission upload(Account actor, DataItemId itemId, Period period, UploadedTable table) {
    UploadTicket ticket = prepareUpload(actor, itemId, period);
    CheckSummary summary;
    try (ContentStore.ContentWriter writer = content.open(ticket.id(), table.header())) {
      CheckInput input = new CheckInput(ticket.item(), period, table.numberStyle());
      ConformityReport meta = checker.checkMetadata(ticket.item(), writer::finding);
      CheckSession session = checker.start(input, table.header(), writer::finding);
      while (table.rows().hasNext()) {
        String[] row = table.rows().next();
        session.accept(row); // numbers the row even when blank, as the spreadsheet does
        if (!CheckSession.isBlank(row)) {
          writer.row(row);
        }
      }
      summary = CheckSummary.of(meta, session.finish());
      writer.commit();
    }
    return completeUpload(actor, ticket, summary, table.original());
  }

  /**
   * The first step of an upload in several steps: checks who uploads and what must be in hand
   * (agreed item, period of the item's periodicity) and reserves the next version number. Changes
   * nothing; the rows are then stored under the ticket's id through the {@link ContentStore}.
   *
   * @throws RuleViolation as {@link #upload}
   */
  public UploadTicket prepareUpload(Account actor, DataItemId itemId, Period period) {
    DataItem item = items.require(itemId);
    authorization.require(actor, SopStep.UPLOAD, item.definition().producer());
    RuleViolation.require(
        item.agreed(), Rule.UPLOAD_REQUIRES_AGREED_ITEM, itemId, itemId.year(), item.status());
    RuleViolation.require(
        period.periodicity() == item.definition().periodicity(),
        Rule.PERIOD_DOES_NOT_MATCH_PERIODICITY,
        period,
        itemId,
        item.definition().periodicity());
    int next =
        submissions.series(itemId, period).stream().mapToInt(s -> s.id().version()).max().orElse(0)
            + 1;
    return new UploadTicket(
        new SubmissionId(itemId, period, next), item.definition().producer(), item.definition());
  }

  /**
   * The ticket of an upload in several steps that was prepared earlier (a bulk import's later
   * steps, possibly after a restart): checks again who uploads and what must be in hand, and that
   * the version has not been recorded yet.
   *
   * @throws RuleViolation {@link Rule#DUPLICATE_IDENTIFIER} when the version exists already
   */
  public UploadTicket resumeUpload(Account actor, SubmissionId id) {
    UploadTicket fresh = prepareUpload(actor, id.item(), id.period());
    RuleViolation.require(
        submissions.find(id).isEmpty(), Rule.DUPLICATE_IDENTIFIER, "submission", id);
    return new UploadTicket(id, fresh.agency(), fresh.item());
  }

  /**
   * Checks the rows already stored under a ticket, streaming them back from the {@link
   * ContentStore}: metadata, then every row. Findings go to {@code sink} (the caller stores them).
   */
  public CheckSummary checkStored(UploadTicket ticket, NumberStyle style, FindingSink sink) {
    return checkStored(ticket, style, 1, sink);
  }

  /**
   * As {@link #checkStored(UploadTicket, NumberStyle, FindingSink)}, for a file whose header is on
   * row {@code headerRow} (a spreadsheet with title rows above it): findings then name the rows the
   * user sees.
   */
  public CheckSummary checkStored(
      UploadTicket ticket, NumberStyle style, long headerRow, FindingSink sink) {
    ConformityReport meta = checkMetadata(ticket, sink);
    CheckSession session = startCheck(ticket, style, headerRow, content.header(ticket.id()), sink);
    try (ContentStore.RowCursor rows = content.cursor(ticket.id())) {
      while (rows.hasNext()) {
        session.accept(rows.next());
      }
    }
    return CheckSummary.of(meta, session.finish());
  }

  /**
   * Checks the metadata of the item an upload in several steps is for (SOP step 3a's metadata
   * completeness); findings go to {@code sink}. Pure: the same item gives the same findings.
   */
  public ConformityReport checkMetadata(UploadTicket ticket, FindingSink sink) {
    return checker.checkMetadata(ticket.item(), sink);
  }

  /**
   * Starts the streaming conformity check of an upload in several steps whose rows are checked as
   * they are stored (a bulk import that checks each chunk while it stores it): the header's
   * findings go to {@code sink} at once, then each row passed to the session. The caller numbers
   * nothing: the session numbers rows from {@code headerRow + 1}. Combine the session's report with
   * {@link #checkMetadata} through {@link CheckSummary#of}.
   */
  public CheckSession startCheck(
      UploadTicket ticket,
      NumberStyle style,
      long headerRow,
      List<String> header,
      FindingSink sink) {
    return checker.start(
        new CheckInput(ticket.item(), ticket.id().period(), style, headerRow), header, sink);
  }

  /**
   * The last step of an upload in several steps: the rows and findings are stored; records the new
   * draft version and its audit entry. Authorises again, since time passed since the ticket.
   *
   * @throws RuleViolation {@link Rule#DUPLICATE_IDENTIFIER} when another upload took the version
   *     number meanwhile; permission rules as {@link #upload}
   */
  public Submission completeUpload(
      Account actor, UploadTicket ticket, CheckSummary summary, Optional<FileRef> original) {
    RoleAssignment role = authorization.require(actor, SopStep.UPLOAD, ticket.agency());
    Instant now = recorder.now();
    Submission saved =
        submissions.save(
            Submission.uploaded(ticket.id(), ticket.agency(), original, summary, now, actor.id()));
    recorder.record(
        now,
        actor,
        role,
        SopStep.UPLOAD,
        "submission",
        ticket.id(),
        "",
        saved.status(),
        summary.rows()
            + " rows, "
            + summary.errors()
            + " errors, "
            + summary.warnings()
            + " warnings");
    return saved;
  }

  /**
   * Hands a draft to the custodian for the conformity check.
   *
   * @throws RuleViolation {@link Rule#SUBMISSION_ALREADY_IN_PROGRESS} while another version of the
   *     same item and period is being checked, validated or awaits publication
   */
  public Submission submitForCheck(Account actor, SubmissionId id) {
    Submission s = submissions.require(id);
    RoleAssignment role = authorization.require(actor, SopStep.SUBMIT_FOR_CHECK, s.agency());
    for (Submission other : submissions.series(id.item(), id.period())) {
      RuleViolation.require(
          other.id().equals(id) || !other.status().inProgress(),
          Rule.SUBMISSION_ALREADY_IN_PROGRESS,
          other.id(),
          id.item(),
          id.period(),
          other.status());
    }
    Instant now = recorder.now();
    Submission saved = submissions.save(s.submitForCheck(now, actor.id()));
    recorder.record(
        now,
        actor,
        role,
        SopStep.SUBMIT_FOR_CHECK,
        "submission",
        id,
        s.status(),
        saved.status(),
        "");
    return saved;
  }

  /** The findings of a version, a page at a time, in the order found. */
  public List<Finding> findings(SubmissionId id, long offset, int limit) {
    submissions.require(id);
    return content.findings(id, offset, limit);
  }
}
