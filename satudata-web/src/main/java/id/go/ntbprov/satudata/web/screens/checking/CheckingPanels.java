package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The home page's panels of the check, validation and publication: how many versions wait for this
 * account (counted as the queues list them).
 */
@Named
@RequestScoped
public class CheckingPanels {

  @Inject SignedIn signedIn;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  /** Versions submitted for check that this account may check. */
  public int getToCheck() {
    return count(SubmissionStatus.SUBMITTED, SopStep.CHECK_CONFORMITY);
  }

  /** Validated versions this account may publish. */
  public int getToPublish() {
    return count(SubmissionStatus.VALIDATED, SopStep.PUBLISH);
  }

  /** Conformant versions this account may validate. */
  public int getToValidate() {
    return count(SubmissionStatus.CONFORMANT, SopStep.VALIDATE);
  }

  private int count(SubmissionStatus status, SopStep step) {
    return unit.call(() -> views.actionable(signedIn.require(), status, step).size());
  }
}
