package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataItemRepository;
import id.go.ntbprov.satudata.core.datalist.ForumMeetingRepository;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.letter.LetterRepository;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.Transition;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import id.go.ntbprov.satudata.core.timestandard.TimeStandardMonitor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes the evaluation of a quarter or year from the repositories and the audit trail. Pure:
 * reads only, changes nothing. See {@link Figures} for the definition of every figure.
 */
public final class Evaluator {

  private final DataItemRepository items;
  private final SubmissionRepository submissions;
  private final LetterRepository letters;
  private final ForumMeetingRepository meetings;
  private final EvaluationReportRepository reports;
  private final TimeStandardMonitor monitor;
  private final ZoneId zone;

  /** Reads from the given ports; periods close in {@code zone}. */
  public Evaluator(
      DataItemRepository items,
      SubmissionRepository submissions,
      LetterRepository letters,
      ForumMeetingRepository meetings,
      EvaluationReportRepository reports,
      TimeStandardMonitor monitor,
      ZoneId zone) {
    this.items = Objects.requireNonNull(items);
    this.submissions = Objects.requireNonNull(submissions);
    this.letters = Objects.requireNonNull(letters);
    this.meetings = Objects.requireNonNull(meetings);
    this.reports = Objects.requireNonNull(reports);
    this.monitor = Objects.requireNonNull(monitor);
    this.zone = Objects.requireNonNull(zone);
  }

  /** Evaluates {@code period} as known at {@code asOf}. */
  public Evaluation evaluate(Period period, Instant asOf) {
    Window w = new Window(period.start(zone).toInstant(), period.end(zone).toInstant());
    List<DataItem> scope =
        items.byYear(period.year()).stream()
            .filter(DataItem::agreed)
            .filter(i -> i.agreedAt().filter(w::beforeEnd).isPresent())
            .toList();
    Map<DataItemId, AgencyCode> producerOf = new HashMap<>();
    scope.forEach(i -> producerOf.put(i.id(), i.definition().producer()));
    List<Submission> versions =
        submissions.byListYear(period.year()).stream()
            .filter(s -> producerOf.containsKey(s.id().item()))
            .toList();
    List<Letter> registered = letters.registeredBetween(w.from(), w.to());
    List<Breach> breaches = monitor.breaches(w.from(), w.to(), asOf);
    Map<String, AgencyCode> agencyOfSubmission = new HashMap<>();
    versions.forEach(v -> agencyOfSubmission.put(v.id().toString(), v.agency()));
    Map<Breach, AgencyCode> breachAgency = new HashMap<>();
    for (Breach b : breaches) {
      if (b.objectType().equals("submission") && agencyOfSubmission.containsKey(b.objectId())) {
        breachAgency.put(b, agencyOfSubmission.get(b.objectId()));
      }
    }

    Figures region = figures(w, scope, versions, registered, breaches, breachAgency, a -> true);
    Map<AgencyCode, Figures> byAgency = new TreeMap<>();
    for (AgencyCode agency : new java.util.TreeSet<>(producerOf.values())) {
      byAgency.put(
          agency, figures(w, scope, versions, registered, breaches, breachAgency, agency::equals));
    }
    int meetingsHeld =
        (int)
            meetings.all().stream()
                .filter(m -> w.contains(m.date().atStartOfDay(zone).toInstant()))
                .count();
    int delivered =
        (int)
            reports.all().stream()
                .flatMap(r -> r.deliveries().stream())
                .filter(d -> w.contains(d.deliveredAt()))
                .count();
    return new Evaluation(period, asOf, region, byAgency, breaches, meetingsHeld, delivered);
  }

  private Figures figures(
      Window w,
      List<DataItem> allScope,
      List<Submission> allVersions,
      List<Letter> registered,
      List<Breach> allBreaches,
      Map<Breach, AgencyCode> breachAgency,
      Predicate<AgencyCode> agency) {
    List<DataItem> scope =
        allScope.stream().filter(i -> agency.test(i.definition().producer())).toList();
    List<Submission> versions = allVersions.stream().filter(s -> agency.test(s.agency())).toList();
    int available = countAvailability(scope, AvailabilityStatus.AVAILABLE);
    int partly = countAvailability(scope, AvailabilityStatus.PARTLY);
    int notAvailable = countAvailability(scope, AvailabilityStatus.NOT_AVAILABLE);
    List<Submission> uploaded = versions.stream().filter(s -> w.contains(s.uploadedAt())).toList();
    int itemsUploaded = (int) uploaded.stream().map(s -> s.id().item()).distinct().count();

    int returned = 0;
    int validated = 0;
    List<Submission> publishedInWindow = new ArrayList<>();
    for (Submission s : versions) {
      returned += countTransitions(s, SubmissionStatus.RETURNED, w);
      validated += countTransitions(s, SubmissionStatus.VALIDATED, w);
      if (countTransitions(s, SubmissionStatus.PUBLISHED, w) > 0) {
        publishedInWindow.add(s);
      }
    }
    int itemsPublished =
        (int)
            versions.stream()
                .filter(s -> publicAtEnd(s, w))
                .map(s -> s.id().item())
                .distinct()
                .count();
    Durations toPublication = new Durations();
    Durations sinceClose = new Durations();
    for (Submission s : publishedInWindow) {
      Instant published = s.enteredAt(SubmissionStatus.PUBLISHED).orElseThrow();
      s.enteredAt(SubmissionStatus.VALIDATED).ifPresent(v -> toPublication.add(v, published));
      sinceClose.add(s.id().period().end(zone).toInstant(), published);
    }
    // A breach on a submission counts for its agency; others (reports) for the region only.
    int breaches = (int) allBreaches.stream().filter(b -> agency.test(breachAgency.get(b))).count();
    return new Figures(
        scope.size(),
        available,
        partly,
        notAvailable,
        itemsUploaded,
        uploaded.size(),
        conformantAtFirstCheck(versions, w),
        returned,
        validated,
        publishedInWindow.size(),
        itemsPublished,
        Durations.ratio(itemsPublished, scope.size()),
        toPublication.median(),
        toPublication.worst(),
        sinceClose.median(),
        sinceClose.worst(),
        breaches,
        countLetters(registered, LetterKind.STATEMENT, agency),
        countLetters(registered, LetterKind.VALIDATION, agency));
  }

  private static int countAvailability(List<DataItem> scope, AvailabilityStatus status) {
    return (int)
        scope.stream()
            .filter(i -> i.availability().filter(a -> a.status() == status).isPresent())
            .count();
  }

  private static int countTransitions(Submission s, SubmissionStatus to, Window w) {
    return (int) s.history().stream().filter(t -> t.to() == to && w.contains(t.at())).count();
  }

  /** Published before the window's end and not withdrawn by then. */
  private static boolean publicAtEnd(Submission s, Window w) {
    return s.enteredAt(SubmissionStatus.PUBLISHED).filter(w::beforeEnd).isPresent()
        && s.enteredAt(SubmissionStatus.WITHDRAWN).filter(w::beforeEnd).isEmpty();
  }

  /** Series whose first check decision ever fell in the window and was an acceptance. */
  private static int conformantAtFirstCheck(List<Submission> versions, Window w) {
    Map<String, Transition> firstDecision = new HashMap<>();
    for (Submission s : versions) {
      String series = s.id().item() + "/" + s.id().period();
      for (Transition t : s.history()) {
        boolean decision =
            t.from() == SubmissionStatus.SUBMITTED
                && (t.to() == SubmissionStatus.CONFORMANT || t.to() == SubmissionStatus.RETURNED);
        if (decision) {
          firstDecision.merge(series, t, (a, b) -> a.at().isAfter(b.at()) ? b : a);
        }
      }
    }
    return (int)
        firstDecision.values().stream()
            .filter(t -> t.to() == SubmissionStatus.CONFORMANT && w.contains(t.at()))
            .count();
  }

  private static int countLetters(
      List<Letter> registered, LetterKind kind, Predicate<AgencyCode> agency) {
    return (int)
        registered.stream().filter(l -> l.kind() == kind && agency.test(l.agency())).count();
  }

  /** The evaluated window {@code [from, to)}. */
  private record Window(Instant from, Instant to) {
    boolean contains(Instant t) {
      return !t.isBefore(from) && t.isBefore(to);
    }

    boolean beforeEnd(Instant t) {
      return t.isBefore(to);
    }
  }
}
