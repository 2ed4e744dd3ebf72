package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.batch.imports.ImportLauncher;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.Outside;
import id.go.ntbprov.satudata.web.screens.ScreenGuard;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.Uploads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The producer's uploads (SOP 2): one item and period at a time, chosen from the agency's due items
 * (see {@link DueItems}) or by URL; a CSV or XLSX imported by the bulk import job with its
 * progress, then the findings with row, column and message, the rejected-rows report, and submit
 * for check (see {@link UploadProgress}, {@link UploadFindings}). Only the own agency's items open:
 * another agency's is refused (403) with the rule's message.
 */
@Named("uploads")
@ViewScoped
public class UploadsScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject ScreenGuard guard;
  @Inject Outside outside;
  @Inject ImportLauncher launcher;

  private final UploadsUrl url = new UploadsUrl();
  private String item;
  private String period;
  private String periodInput;
  private String version;
  private final ImportOptionsForm options = new ImportOptionsForm();
  private transient UploadedFile file;

  /** Opens the item and period named by the URL, if any, after checking the account reads it. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete() || url.getItem() == null || url.getItem().isBlank()) {
      return;
    }
    Optional<DataItem> found = find(url.getItem());
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, url.getItem());
      faces.responseComplete();
      return;
    }
    try {
      core.sop()
          .authorization()
          .requireRead(signedIn.require(), found.get().definition().producer());
    } catch (RuleViolation refused) {
      guard.refuse(refused);
      return;
    }
    choose(url.getItem(), url.getPeriod());
    if (url.getVersion() != null && url.getVersion().startsWith(url.getItem() + "/")) {
      version = url.getVersion(); // an import just started from this page (see upload)
    }
  }

  private Optional<DataItem> find(String id) {
    try {
      return core.sop().ports().items().find(DataItemId.parse(id));
    } catch (RuleViolation malformed) {
      return Optional.empty();
    }
  }

  /** Chooses an item and period of the own agency (from the due list). */
  public void choose(String itemId, String periodText) {
    item = itemId;
    periodInput = periodText;
    period = validPeriod(periodText);
    List<Submission> versions = getVersions();
    version = versions.isEmpty() ? null : versions.get(0).id().toString();
    if (period != null) { // an import after the newest version: running, or failed to restart
      int next = versions.isEmpty() ? 1 : versions.get(0).id().version() + 1;
      UploadProgress.unrecorded(
              launcher, new SubmissionId(DataItemId.parse(item), Period.parse(period), next))
          .ifPresent(id -> version = id.toString());
    }
  }

  /** A period as written, or null when it is not one (the upload then says why). */
  private static String validPeriod(String text) {
    try {
      return Period.parse(text).toString();
    } catch (RuleViolation notAPeriod) {
      return null;
    }
  }

  /** Shows one version of the chosen item and period. */
  public void show(String versionId) {
    version = versionId;
  }

  /**
   * Stores the file and starts its import as the next version (the core's upload rules), then shows
   * the page again by a redirect: the started job's thread must not outlive a request it was
   * started from (it shares the request's invocation context on Payara), and a reload does not
   * upload twice.
   */
  public String upload() {
    Optional<ImportProgressStore.Progress> started =
        feedback.attempt(
            () -> {
              Account who = signedIn.require();
              DataItemId id = DataItemId.parse(item);
              Period p = Period.parse(RuleViolation.requireText(periodInput, "period"));
              core.sop().collection().prepareUpload(who, id, p); // refuse before storing
              FileRef original = Uploads.require(core.sop(), file, "file");
              return outside.call(() -> launcher.start(who, id, p, original, options.toLauncher()));
            },
            null);
    return started.map(p -> UploadsUrl.redirect(SubmissionId.parse(p.submission()))).orElse(null);
  }

  /** Hands the shown version to the custodian (SOP 2). */
  public void submit() {
    feedback.perform(
        () -> core.sop().collection().submitForCheck(signedIn.require(), versionId()),
        "collection.submitted",
        version);
  }

  /** The shown version once recorded. */
  public Submission getSubmission() {
    return version == null ? null : core.sop().ports().submissions().find(versionId()).orElse(null);
  }

  /** Every version of the chosen item and period, newest first. */
  public List<Submission> getVersions() {
    if (item == null || period == null) {
      return List.of();
    }
    List<Submission> all =
        new ArrayList<>(
            core.sop().ports().submissions().series(DataItemId.parse(item), Period.parse(period)));
    Collections.reverse(all);
    return all;
  }

  /** The shown version's id (the screen only shows the own agency's versions). */
  public SubmissionId versionId() {
    return SubmissionId.parse(version);
  }

  public UploadsUrl getUrl() {
    return url;
  }

  public String getItem() {
    return item;
  }

  public String getPeriodInput() {
    return periodInput;
  }

  public void setPeriodInput(String periodInput) {
    this.periodInput = periodInput;
  }

  public String getVersion() {
    return version;
  }

  public ImportOptionsForm getOptions() {
    return options;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
