package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.batch.imports.ImportLauncher;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore.Progress;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore.Status;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.Outside;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The import of the version the uploads screen shows, as its progress bar shows it: the percent of
 * the file stored (the API's {@code percent}) and the stage, read once a request from the import's
 * progress row; and the restart of a failed import from its last checkpoint, through the same
 * {@link ImportLauncher#restart} as {@code POST /api/v1/imports/…/restart} (the core's upload rules
 * decide who may).
 */
@Named
@RequestScoped
public class UploadProgress {

  @Inject UploadsScreen uploads;
  @Inject ImportLauncher launcher;
  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject Outside outside;

  /** How many imports after the newest recorded version the screen looks for. */
  static final int UNRECORDED = 20;

  private static final String OFFERED = "uploadProgress.offered";

  private Optional<Progress> progress;

  /**
   * The last import registered from {@code first} on without gaps: imports not recorded as versions
   * (still running, or failed and restartable), which take the versions after the newest recorded.
   */
  static Optional<SubmissionId> unrecorded(ImportLauncher launcher, SubmissionId first) {
    Optional<SubmissionId> last = Optional.empty();
    SubmissionId next = first;
    for (int i = 0; i < UNRECORDED && launcher.status(next).isPresent(); i++) {
      last = Optional.of(next);
      next = new SubmissionId(next.item(), next.period(), next.version() + 1);
    }
    return last;
  }

  /** The shown version's import, while or after it runs (none for API-less versions). */
  public Optional<Progress> getProgress() {
    if (progress == null) {
      progress =
          uploads.getVersion() == null ? Optional.empty() : launcher.status(uploads.versionId());
    }
    return progress;
  }

  /** Whether the shown version has an import to show. */
  public boolean isPresent() {
    return getProgress().isPresent();
  }

  /** Whether the shown version's import still runs (the page polls while it does). */
  public boolean isRunning() {
    return is(Status.RUNNING);
  }

  /** Whether the shown version's import failed (restartable). */
  public boolean isFailed() {
    return is(Status.FAILED);
  }

  /** Whether the shown version's import completed. */
  public boolean isCompleted() {
    return is(Status.COMPLETED);
  }

  private boolean is(Status status) {
    return getProgress().filter(p -> p.status() == status).isPresent();
  }

  /** The percent of the file stored, 100 from the check on (a failed import keeps its own). */
  public int getPercent() {
    return getProgress().map(Progress::percent).orElse(0);
  }

  /** The import's stage: OPENING, STORING, CHECKING or DONE. */
  public String getStage() {
    return getProgress()
        .map(p -> p.stage().name())
        .orElse(ImportProgressStore.Stage.OPENING.name());
  }

  /** The import's status: RUNNING, COMPLETED or FAILED. */
  public String getStatus() {
    return getProgress().map(p -> p.status().name()).orElse(Status.RUNNING.name());
  }

  /**
   * Whether a failed import recorded what went wrong (a refused file says so); a failure the job
   * did not explain (the database, a crash) records only the batch status.
   */
  public boolean isReasonKnown() {
    return getProgress()
        .map(Progress::message)
        .filter(m -> !m.isBlank() && !m.equals(Status.FAILED.name()) && !m.equals("STOPPED"))
        .isPresent();
  }

  /** The bar's colour: red when failed, green when completed. */
  public String getSeverity() {
    return isFailed() ? "danger" : isCompleted() ? "success" : "info";
  }

  /** The agency producing the shown item (for asking the core whether the account may upload). */
  public String getAgency() {
    return core.sop()
        .ports()
        .items()
        .find(DataItemId.parse(uploads.getItem()))
        .map(i -> i.definition().producer().value())
        .orElse("");
  }

  /**
   * Before each rendering: whether the page offers the restart (a failed import, an account the
   * core lets upload for the item's agency), kept in the view, so that a click on a page shown
   * earlier is still taken and answered by the core's rule should the import have moved on
   * meanwhile (restarted elsewhere, recorded).
   */
  public void offer() {
    boolean offered = isFailed() && signedIn.mayOn("UPLOAD", getAgency());
    FacesContext.getCurrentInstance().getViewRoot().getViewMap().put(OFFERED, offered);
  }

  /** Whether the page, as last rendered, offers the restart. */
  public boolean isOffered() {
    return Boolean.TRUE.equals(
        FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(OFFERED));
  }

  /**
   * Restarts the shown failed import from its last checkpoint (Jakarta Batch restart) outside the
   * action's transaction, then shows the page again by a redirect (as {@link UploadsScreen#upload}:
   * the job's thread must not outlive the request that started it). A refusal shows the core's
   * rule, e.g. a version recorded meanwhile or an import no longer failed.
   */
  public String restart() {
    SubmissionId id = uploads.versionId();
    Optional<Progress> restarted =
        feedback.attempt(
            () -> outside.call(() -> launcher.restart(signedIn.require(), id)),
            "collection.restarted",
            id.toString());
    if (restarted.isEmpty()) {
      return null;
    }
    feedback.keepForRedirect();
    return UploadsUrl.redirect(id);
  }
}
