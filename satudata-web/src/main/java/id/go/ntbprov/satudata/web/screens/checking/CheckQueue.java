package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The custodian's check queue (SOP 3a): versions submitted for check that the core lets this
 * account check, each with its findings and a data preview; accept as conformant (with an override
 * reason for warnings) or return to the producer with notes.
 */
@Named
@ViewScoped
public class CheckQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  private List<SubmissionRow> queue;
  private SubmissionRow selected;
  private SubmissionContent content;
  private String notes;
  private String overrideReason;

  /** The queue, oldest item first. */
  public List<SubmissionRow> getQueue() {
    if (queue == null) {
      queue =
          unit.call(
              () ->
                  views
                      .actionable(
                          signedIn.require(), SubmissionStatus.SUBMITTED, SopStep.CHECK_CONFORMITY)
                      .stream()
                      .map(views::row)
                      .toList());
    }
    return queue;
  }

  /** Opens a version of the queue for checking. */
  public void select(String id) {
    selected = getQueue().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    content = selected == null ? null : new SubmissionContent(SubmissionId.parse(id));
    notes = null;
    overrideReason = null;
  }

  /** Accepts the selected version as conformant; the core decides on errors and warnings. */
  public void accept() {
    act(
        () ->
            views
                .sop()
                .checking()
                .acceptAsConformant(signedIn.require(), selectedId(), overrideReason),
        "checking.accepted");
  }

  /** Returns the selected version to its producer with the notes. */
  public void returnToProducer() {
    act(
        () -> views.sop().checking().returnToProducer(signedIn.require(), selectedId(), notes),
        "checking.returned");
  }

  private void act(Runnable action, String successKey) {
    if (selected == null) {
      return;
    }
    String id = selected.id();
    if (feedback.perform(action, successKey, id)) {
      queue = null;
      selected = null;
      content = null;
    }
  }

  private SubmissionId selectedId() {
    return SubmissionId.parse(selected.id());
  }

  public SubmissionRow getSelected() {
    return selected;
  }

  public SubmissionContent getContent() {
    return content;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
