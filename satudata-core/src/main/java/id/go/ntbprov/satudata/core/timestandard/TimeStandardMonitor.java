package id.go.ntbprov.satudata.core.timestandard;

import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.audit.AuditTrail;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Measures elapsed times from the audit trail against the region's time standards and lists the
 * breaches whose deadline falls in a window.
 *
 * <p>A standard "S after A" starts the clock at each audit entry of A on an object and stops it at
 * the first later entry of S on the same object. A standard "S after the period's close" starts at
 * the close of the object's period: for evaluation reports every quarter and year is expected, so a
 * report not written by its deadline counts as a pending breach.
 */
public final class TimeStandardMonitor {

  /** Audit object type of evaluation reports; their object id is the period, e.g. 2026-Q1. */
  public static final String EVALUATION = "evaluation";

  private final TimeStandards standards;
  private final AuditTrail audit;
  private final ZoneId zone;

  /** Measures with the given standards over the given trail, periods closing in {@code zone}. */
  public TimeStandardMonitor(TimeStandards standards, AuditTrail audit, ZoneId zone) {
    this.standards = Objects.requireNonNull(standards);
    this.audit = Objects.requireNonNull(audit);
    this.zone = Objects.requireNonNull(zone);
  }

  /** The standards in force. */
  public TimeStandards standards() {
    return standards;
  }

  /**
   * Breaches whose deadline lies in {@code [from, to)}, as known at {@code asOf}: steps done late,
   * and steps still not done although their deadline passed before {@code asOf}.
   */
  public List<Breach> breaches(Instant from, Instant to, Instant asOf) {
    List<Breach> out = new ArrayList<>();
    for (TimeStandard s : standards.all()) {
      if (s.startsAfter().isPresent()) {
        afterStep(s, from, to, asOf, out);
      } else {
        afterPeriodEnd(s, from, to, asOf, out);
      }
    }
    out.sort(Comparator.comparing(Breach::deadline).thenComparing(Breach::objectId));
    return out;
  }

  private void afterStep(TimeStandard s, Instant from, Instant to, Instant asOf, List<Breach> out) {
    String type = objectType(s.step());
    SopStep start = s.startsAfter().orElseThrow();
    List<AuditEntry> starts =
        audit.forStep(start, from.minus(s.allowed()), to.minus(s.allowed())).stream()
            .filter(a -> a.objectType().equals(type))
            .toList();
    if (starts.isEmpty()) {
      return;
    }
    // One read of the measured step's entries, indexed by object: looking each object up in the
    // whole trail would make the evaluation quadratic in the number of entries.
    Map<String, List<Instant>> done = new HashMap<>();
    for (AuditEntry e : audit.forStep(s.step(), starts.get(0).at(), asOf.plusNanos(1))) {
      if (e.objectType().equals(type)) {
        done.computeIfAbsent(e.objectId(), k -> new ArrayList<>()).add(e.at());
      }
    }
    for (AuditEntry a : starts) {
      Optional<Instant> first =
          done.getOrDefault(a.objectId(), List.of()).stream()
              .filter(t -> !t.isBefore(a.at()))
              .findFirst();
      measure(s, a.objectType(), a.objectId(), a.at(), first, asOf).ifPresent(out::add);
    }
  }

  private void afterPeriodEnd(
      TimeStandard s, Instant from, Instant to, Instant asOf, List<Breach> out) {
    String type = objectType(s.step());
    if (type.equals(EVALUATION)) {
      for (Period p : reportPeriodsClosingIn(from.minus(s.allowed()), to.minus(s.allowed()))) {
        Instant closed = p.end(zone).toInstant();
        Optional<Instant> done = firstAfter(s.step(), type, p.toString(), Instant.MIN);
        measure(s, type, p.toString(), closed, done, asOf).ifPresent(out::add);
      }
      return;
    }
    // Other steps: a late entry is done after its deadline, so after the window opens.
    for (AuditEntry e : audit.forStep(s.step(), from, asOf.plusNanos(1))) {
      if (!e.objectType().equals(type)) {
        continue;
      }
      periodOf(e)
          .map(p -> p.end(zone).toInstant())
          .flatMap(closed -> measure(s, type, e.objectId(), closed, Optional.of(e.at()), asOf))
          .filter(b -> !b.deadline().isBefore(from) && b.deadline().isBefore(to))
          .ifPresent(out::add);
    }
  }

  private Optional<Breach> measure(
      TimeStandard s,
      String type,
      String id,
      Instant started,
      Optional<Instant> done,
      Instant asOf) {
    Instant deadline = started.plus(s.allowed());
    if (done.isEmpty() && !asOf.isAfter(deadline)) {
      return Optional.empty(); // still within its time
    }
    Duration elapsed = Duration.between(started, done.orElse(asOf));
    if (!s.breachedBy(elapsed)) {
      return Optional.empty();
    }
    return Optional.of(
        new Breach(s.step(), type, id, started, deadline, done, elapsed, s.allowed()));
  }

  /**
   * The time a step has taken on one object, measured like {@link #breaches}: from the last entry
   * of the step the standard starts after (or the close of the object's period) to the first later
   * entry of the step, or to {@code asOf} while it is pending. Empty when the step has no standard
   * or its clock has not started.
   *
   * @param step the measured step, e.g. {@link SopStep#PUBLISH}
   * @param objectId the object as the audit trail names it, e.g. a submission id
   */
  public Optional<Elapsed> elapsed(SopStep step, String objectId, Instant asOf) {
    Optional<TimeStandard> standard = standards.forStep(step);
    if (standard.isEmpty()) {
      return Optional.empty();
    }
    TimeStandard s = standard.get();
    String type = objectType(step);
    List<AuditEntry> entries = audit.forObject(type, objectId);
    Optional<Instant> started;
    if (s.startsAfter().isPresent()) {
      SopStep start = s.startsAfter().get();
      started =
          entries.stream().filter(e -> e.step() == start).map(AuditEntry::at).reduce((a, b) -> b);
    } else {
      started = periodOfObject(type, objectId).map(p -> p.end(zone).toInstant());
    }
    if (started.isEmpty() || started.get().isAfter(asOf)) {
      return Optional.empty();
    }
    Instant from = started.get();
    Optional<Instant> done =
        entries.stream()
            .filter(e -> e.step() == step && !e.at().isBefore(from) && !e.at().isAfter(asOf))
            .map(AuditEntry::at)
            .findFirst();
    return Optional.of(
        new Elapsed(
            s,
            objectId,
            from,
            from.plus(s.allowed()),
            done,
            Duration.between(from, done.orElse(asOf))));
  }

  private static Optional<Period> periodOfObject(String type, String objectId) {
    try {
      return switch (type) {
        case EVALUATION -> Optional.of(Period.parse(objectId));
        case "submission" -> Optional.of(SubmissionId.parse(objectId).period());
        default -> Optional.empty();
      };
    } catch (RuleViolation notAPeriod) {
      return Optional.empty();
    }
  }

  private Optional<Instant> firstAfter(SopStep step, String type, String id, Instant after) {
    return audit.forObject(type, id).stream()
        .filter(e -> e.step() == step && !e.at().isBefore(after))
        .map(AuditEntry::at)
        .findFirst();
  }

  private List<Period> reportPeriodsClosingIn(Instant from, Instant to) {
    List<Period> out = new ArrayList<>();
    int first = from.atZone(zone).getYear() - 1;
    int last = to.atZone(zone).getYear();
    for (int y = first; y <= last; y++) {
      for (int q = 1; q <= 4; q++) {
        out.add(Period.quarter(y, q));
      }
      out.add(Period.year(y));
    }
    return out.stream()
        .filter(
            p -> {
              Instant end = p.end(zone).toInstant();
              return !end.isBefore(from) && end.isBefore(to);
            })
        .toList();
  }

  private static Optional<Period> periodOf(AuditEntry e) {
    return periodOfObject(e.objectType(), e.objectId());
  }

  /** The kind of object a step's time is measured on. */
  static String objectType(SopStep step) {
    return switch (step.stage()) {
      case PERENCANAAN -> step == SopStep.RECORD_FORUM_MEETING ? "meeting" : "item";
      case PENGUMPULAN, PEMERIKSAAN, PENYEBARLUASAN ->
          step == SopStep.REGISTER_STATEMENT_LETTER ? "letter" : "submission";
      case EVALUASI -> EVALUATION;
      case ADMINISTRASI -> "account";
    };
  }
}
