package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.timestandard.Elapsed;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns the core's submissions, letters and time measurements into rows in the user's language and
 * the region's time zone, and lists submissions by status as the account may see them.
 */
@RequestScoped
public class SubmissionViews {

  @Inject SatuData satuData;
  @Inject RegionProfile profile;
  @Inject LocaleSelection selection;

  /**
   * Versions in a status on which the core lets the account perform {@code step} (for queues: a
   * Walidata Pendukung gets only its own agency's).
   */
  public List<Submission> actionable(Account account, SubmissionStatus status, SopStep step) {
    return inStatus(status, s -> satuData.authorization().permits(account, step, s.agency()));
  }

  /** Versions in a status the account may read. */
  public List<Submission> readable(Account account, SubmissionStatus status) {
    return inStatus(status, s -> satuData.authorization().mayRead(account, s.agency()));
  }

  private List<Submission> inStatus(SubmissionStatus status, Predicate<Submission> keep) {
    return satuData.ports().submissions().byStatus(status).stream().filter(keep).toList();
  }

  /**
   * The SOP's use cases and ports (view-scoped beans reach them here: the core is not
   * serializable).
   */
  public SatuData sop() {
    return satuData;
  }

  /** A version as a row. */
  public SubmissionRow row(Submission s) {
    return new SubmissionRow(
        s.id().toString(),
        s.id().item().code(),
        s.id().period().toString(),
        s.id().version(),
        s.agency().value(),
        s.status().name(),
        status(s.status()),
        when(s.uploadedAt()),
        s.check().rows(),
        s.check().errors(),
        s.check().warnings(),
        time(s));
  }

  /** The publication time standard of a version, once validated (else null). */
  public TimeIndicator time(Submission s) {
    return satuData
        .timeStandards()
        .elapsed(SopStep.PUBLISH, s.id().toString(), satuData.ports().clock().instant())
        .map(this::indicator)
        .orElse(null);
  }

  private TimeIndicator indicator(Elapsed e) {
    String elapsed = duration(e.elapsed());
    String allowed = duration(e.allowed());
    String verdict = text(e.breached() ? "checking.time.late" : "checking.time.ok");
    String text =
        text(
            e.pending() ? "checking.time.pending" : "checking.time.done",
            elapsed,
            allowed,
            verdict);
    return new TimeIndicator(elapsed, allowed, e.breached(), e.pending(), text);
  }

  /** A duration as "2 mnt 05 dtk" (or days and hours when long). */
  public String duration(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s >= 86_400) {
      return text("checking.time.daysHours", s / 86_400, (s % 86_400) / 3600);
    }
    if (s >= 3600) {
      return text("checking.time.hoursMinutes", s / 3600, (s % 3600) / 60);
    }
    return text("checking.time.minutesSeconds", s / 60, String.format("%02d", s % 60));
  }

  /** A status's label. */
  public String status(SubmissionStatus status) {
    return Messages.format(locale(), status.messageKey());
  }

  /** An instant in the region's zone, e.g. "6 Feb 2026 09.00". */
  public String when(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .withZone(profile.zone())
        .format(at);
  }

  /** A date, e.g. "6 Feb 2026". */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }

  /** A letter as a row. */
  public LetterRow letter(Letter l) {
    return new LetterRow(
        l.id(),
        l.kind().name(),
        Messages.format(locale(), l.kind().messageKey()),
        l.number(),
        date(l.date()),
        l.signatory(),
        l.agency().value(),
        l.covers().stream().map(Object::toString).toList(),
        l.scan().map(f -> f.id()).orElse(null),
        l.scan().map(f -> f.name()).orElse(null),
        when(l.registeredAt()));
  }

  /** A text of the screens' bundle in the user's language. */
  public String text(String key, Object... args) {
    return Texts.format(locale(), key, args);
  }

  /** The user's language. */
  public Locale locale() {
    return selection.getLocale();
  }
}
