package id.go.ntbprov.satudata.core;

import id.go.ntbprov.satudata.core.actor.AccountRepository;
import id.go.ntbprov.satudata.core.actor.AgencyRepository;
import id.go.ntbprov.satudata.core.actor.InMemoryAccountRepository;
import id.go.ntbprov.satudata.core.actor.InMemoryAgencyRepository;
import id.go.ntbprov.satudata.core.audit.AuditTrail;
import id.go.ntbprov.satudata.core.audit.InMemoryAuditTrail;
import id.go.ntbprov.satudata.core.datalist.DataItemRepository;
import id.go.ntbprov.satudata.core.datalist.ForumMeetingRepository;
import id.go.ntbprov.satudata.core.datalist.InMemoryDataItemRepository;
import id.go.ntbprov.satudata.core.datalist.InMemoryForumMeetingRepository;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReportRepository;
import id.go.ntbprov.satudata.core.evaluation.InMemoryEvaluationReportRepository;
import id.go.ntbprov.satudata.core.event.EventSink;
import id.go.ntbprov.satudata.core.event.InMemoryEventSink;
import id.go.ntbprov.satudata.core.file.FileStore;
import id.go.ntbprov.satudata.core.file.InMemoryFileStore;
import id.go.ntbprov.satudata.core.letter.InMemoryLetterRepository;
import id.go.ntbprov.satudata.core.letter.LetterRepository;
import id.go.ntbprov.satudata.core.reference.CodeListRepository;
import id.go.ntbprov.satudata.core.reference.InMemoryCodeListRepository;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.InMemoryContentStore;
import id.go.ntbprov.satudata.core.submission.InMemorySubmissionRepository;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the core needs from outside: repositories, content and file stores, audit trail, event
 * sink and clock. An embedding program passes its own adapters, or takes {@link #inMemory(Clock)}.
 *
 * @param agencies agencies (OPD)
 * @param accounts accounts and roles
 * @param codeLists reference code lists
 * @param items data list items
 * @param meetings forum meetings
 * @param submissions submission versions
 * @param content rows and findings of submissions
 * @param letters letters register
 * @param reports evaluation reports
 * @param files originals, scans and documents
 * @param audit the audit trail
 * @param events the event sink
 * @param clock the clock
 */
public record Ports(
    AgencyRepository agencies,
    AccountRepository accounts,
    CodeListRepository codeLists,
    DataItemRepository items,
    ForumMeetingRepository meetings,
    SubmissionRepository submissions,
    ContentStore content,
    LetterRepository letters,
    EvaluationReportRepository reports,
    FileStore files,
    AuditTrail audit,
    EventSink events,
    Clock clock) {

  /** Refuses a missing port. */
  public Ports {
    Objects.requireNonNull(agencies, "agencies");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(codeLists, "codeLists");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(meetings, "meetings");
    Objects.requireNonNull(submissions, "submissions");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(letters, "letters");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(clock, "clock");
  }

  /** Thread-safe in-memory ports with the given clock. */
  public static Ports inMemory(Clock clock) {
    return new Ports(
        new InMemoryAgencyRepository(),
        new InMemoryAccountRepository(),
        new InMemoryCodeListRepository(),
        new InMemoryDataItemRepository(),
        new InMemoryForumMeetingRepository(),
        new InMemorySubmissionRepository(),
        new InMemoryContentStore(),
        new InMemoryLetterRepository(),
        new InMemoryEvaluationReportRepository(),
        new InMemoryFileStore(),
        new InMemoryAuditTrail(),
        new InMemoryEventSink(),
        clock);
  }
}
