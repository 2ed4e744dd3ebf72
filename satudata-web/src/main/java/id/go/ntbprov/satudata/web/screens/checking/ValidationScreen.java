package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.api.FileResource;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The agency head's validation (SOP 3b): the own agency's conformant versions, validated with the
 * signed letter (number, date, signatory, the versions it covers, the scanned PDF stored through
 * the file store). The core checks that the signer heads the versions' agency and that the letter
 * is complete.
 */
@Named("validation")
@ViewScoped
public class ValidationScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  private List<SubmissionRow> awaiting;
  private List<SubmissionRow> selected = new ArrayList<>();
  private String number;
  private LocalDate date;
  private String signatory;
  private transient UploadedFile scan;

  /** Conformant versions the core lets this account validate. */
  public List<SubmissionRow> getAwaiting() {
    if (awaiting == null) {
      awaiting =
          unit.call(
              () ->
                  views
                      .actionable(signedIn.require(), SubmissionStatus.CONFORMANT, SopStep.VALIDATE)
                      .stream()
                      .map(views::row)
                      .toList());
    }
    return awaiting;
  }

  /** Registers the letter and validates the selected versions, or shows the core's refusal. */
  public void validate() {
    List<SubmissionId> covers = selected.stream().map(r -> SubmissionId.parse(r.id())).toList();
    boolean done =
        feedback.perform(
            () ->
                views
                    .sop()
                    .letters()
                    .validate(
                        signedIn.require(),
                        new LetterDraft(number, date, signatory, null, covers, storeScan())),
            "validation.done",
            number,
            covers.size());
    if (done) {
      awaiting = null;
      selected = new ArrayList<>();
      number = null;
      date = null;
      scan = null;
    }
  }

  /** Stores the uploaded scan through the file store (size limit as for the API's files). */
  private Optional<FileRef> storeScan() {
    if (scan == null || scan.getSize() == 0) {
      return Optional.empty();
    }
    try (InputStream in = scan.getInputStream()) {
      return Optional.of(
          FileResource.store(views.sop(), scan.getFileName(), scan.getContentType(), in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<SubmissionRow> getSelected() {
    return selected;
  }

  public void setSelected(List<SubmissionRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  /** The signatory; the signed-in head's name until changed. */
  public String getSignatory() {
    if (signatory == null) {
      signatory = signedIn.getDisplayName();
    }
    return signatory;
  }

  public void setSignatory(String signatory) {
    this.signatory = signatory;
  }

  public UploadedFile getScan() {
    return scan;
  }

  public void setScan(UploadedFile scan) {
    this.scan = scan;
  }
}
