package id.go.ntbprov.satudata.web.screens.checking;

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
 * Publication (SOP 4): validated versions ready to publish in one click, each with the time
 * standard's indicator (publication within the region's time of validation: elapsed, within or
 * late), and published versions with their withdrawal (a reason required by the core).
 */
@Named("publication")
@ViewScoped
public class PublicationScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  private List<SubmissionRow> ready;
  private List<SubmissionRow> published;
  private String withdrawing;
  private String reason;

  /** Validated versions the account may read, awaiting publication. */
  public List<SubmissionRow> getReady() {
    if (ready == null) {
      ready = rows(SubmissionStatus.VALIDATED);
    }
    return ready;
  }

  /** Published versions the account may read. */
  public List<SubmissionRow> getPublished() {
    if (published == null) {
      published = rows(SubmissionStatus.PUBLISHED);
    }
    return published;
  }

  private List<SubmissionRow> rows(SubmissionStatus status) {
    return unit.call(
        () -> views.readable(signedIn.require(), status).stream().map(views::row).toList());
  }

  /** Reloads both lists (the indicator's elapsed time moves on). */
  public void refresh() {
    ready = null;
    published = null;
  }

  /** Publishes a version in one click; the core checks the letter and the role. */
  public void publish(String id) {
    if (feedback.perform(
        () -> views.sop().dissemination().publish(signedIn.require(), SubmissionId.parse(id)),
        "checking.published",
        id)) {
      refresh();
    }
  }

  /** Chooses the published version to withdraw (the dialog asks the reason). */
  public void startWithdrawal(String id) {
    withdrawing = id;
    reason = null;
  }

  /** Withdraws the chosen version with the reason entered. */
  public void withdraw() {
    if (withdrawing != null
        && feedback.perform(
            () ->
                views
                    .sop()
                    .dissemination()
                    .withdraw(signedIn.require(), SubmissionId.parse(withdrawing), reason),
            "checking.withdrawn",
            withdrawing)) {
      withdrawing = null;
      refresh();
    }
  }

  public String getWithdrawing() {
    return withdrawing;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
