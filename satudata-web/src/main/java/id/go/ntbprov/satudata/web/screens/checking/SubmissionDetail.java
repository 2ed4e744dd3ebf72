package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.ScreenGuard;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One submission version opened by URL ({@code ?id=2026/KES-001/2025/v2}): status, the versions of
 * its series, its history, findings and data, the letters covering it, the publication time
 * standard, and the actions the core lets this account perform. Another agency's unpublished
 * version is refused with 403 and the core's rule.
 */
@Named
@ViewScoped
public class SubmissionDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject ScreenGuard guard;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  private String id;
  private SubmissionRow summary;
  private List<SubmissionRow> series = List.of();
  private List<HistoryRow> history = List.of();
  private List<LetterRow> letters = List.of();
  private SubmissionContent content;
  private String note;

  /** Loads the version named by the URL, or answers 404 / 403. */
  public void load() {
    if (FacesContext.getCurrentInstance().getResponseComplete()) {
      return; // the screen guard refused already
    }
    Optional<Submission> found = unit.call(() -> parse(id).flatMap(this::find));
    if (found.isEmpty()) {
      guard.notFound();
    } else if (guard.allowsReading(found.get().agency())) {
      show(found.get());
    }
  }

  private static Optional<SubmissionId> parse(String text) {
    try {
      return Optional.of(SubmissionId.parse(text));
    } catch (RuleViolation malformed) {
      return Optional.empty(); // a malformed id names no version: 404
    }
  }

  private Optional<Submission> find(SubmissionId sid) {
    return views.sop().ports().submissions().find(sid);
  }

  private void show(Submission s) {
    unit.run(
        () -> {
          summary = views.row(s);
          series =
              views.sop().ports().submissions().series(s.id().item(), s.id().period()).stream()
                  .map(views::row)
                  .toList();
          history =
              s.history().stream()
                  .map(
                      h ->
                          new HistoryRow(
                              views.when(h.at()),
                              h.by().value(),
                              h.from() == null ? "" : views.status(h.from()),
                              views.status(h.to()),
                              h.note()))
                  .toList();
          letters =
              views
                  .sop()
                  .ports()
                  .letters()
                  .registeredBetween(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"))
                  .stream()
                  .filter(l -> l.covers(s.id()))
                  .map(views::letter)
                  .toList();
        });
    content = new SubmissionContent(s.id());
    note = null;
  }

  /** Accepts as conformant (the note is the override reason for warnings). */
  public void accept() {
    act(
        () -> views.sop().checking().acceptAsConformant(signedIn.require(), sid(), note),
        "accepted");
  }

  /** Returns to the producer with the note. */
  public void returnToProducer() {
    act(() -> views.sop().checking().returnToProducer(signedIn.require(), sid(), note), "returned");
  }

  /** Publishes. */
  public void publish() {
    act(() -> views.sop().dissemination().publish(signedIn.require(), sid()), "published");
  }

  /** Withdraws with the note as the reason. */
  public void withdraw() {
    act(() -> views.sop().dissemination().withdraw(signedIn.require(), sid(), note), "withdrawn");
  }

  private void act(Runnable action, String outcome) {
    if (summary != null && feedback.perform(action, "checking." + outcome, summary.id())) {
      unit.call(() -> find(sid())).ifPresent(this::show);
    }
  }

  private SubmissionId sid() {
    return SubmissionId.parse(summary.id());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SubmissionRow getSummary() {
    return summary;
  }

  public List<SubmissionRow> getSeries() {
    return series;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public List<LetterRow> getLetters() {
    return letters;
  }

  public SubmissionContent getContent() {
    return content;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
