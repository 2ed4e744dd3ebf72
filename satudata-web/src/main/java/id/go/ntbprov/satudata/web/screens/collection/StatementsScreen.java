package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Statement letters (surat pernyataan) of the producer's agency (SOP 2, letters register): register
 * one with number, date, signatory, the versions it covers and the scanned PDF; list the agency's.
 */
@Named("statements")
@ViewScoped
public class StatementsScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;

  private String number;
  private LocalDate date;
  private String signatory;
  private String agency;
  private List<String> covers = new ArrayList<>();
  private transient UploadedFile scan;

  /** Agencies the account may register statement letters for (the core's answer). */
  public List<Agency> getAgencies() {
    return core.sop().ports().agencies().all().stream()
        .filter(a -> signedIn.mayOn("REGISTER_STATEMENT_LETTER", a.code().value()))
        .toList();
  }

  /** The chosen agency, or the first one the account may register for. */
  public String getAgency() {
    if (agency == null) {
      agency = getAgencies().stream().findFirst().map(a -> a.code().value()).orElse(null);
    }
    return agency;
  }

  /** The chosen agency's versions a letter may cover, newest first. */
  public List<Submission> getCoverable() {
    String a = getAgency();
    if (a == null || !signedIn.mayRead(AgencyCode.of(a))) {
      return List.of();
    }
    return core.sop().ports().submissions().byAgency(AgencyCode.of(a)).stream()
        .sorted(Comparator.comparing(Submission::id).reversed())
        .toList();
  }

  /** Registers the letter entered. */
  public void register() {
    if (feedback.perform(
        () ->
            core.sop()
                .letters()
                .registerStatementLetter(
                    signedIn.require(),
                    new LetterDraft(
                        number,
                        date,
                        signatory,
                        agency == null ? null : AgencyCode.of(agency),
                        covers.stream().map(SubmissionId::parse).toList(),
                        Uploads.store(core.sop(), scan))),
        "collection.letter.registered",
        number)) {
      number = null;
      date = null;
      signatory = null;
      covers = new ArrayList<>();
    }
  }

  /**
   * The statement letters the account may read (its own agencies'; all for province-wide roles).
   */
  public List<Letter> getLetters() {
    Instant until = core.sop().ports().clock().instant().plus(1, ChronoUnit.DAYS);
    return core.sop().ports().letters().registeredBetween(Instant.EPOCH, until).stream()
        .filter(l -> l.kind() == LetterKind.STATEMENT && signedIn.mayRead(l.agency()))
        .sorted(Comparator.comparing(Letter::registeredAt).reversed())
        .toList();
  }

  /** The covered versions of a letter, in one line. */
  public String coversOf(Letter l) {
    return String.join(", ", l.covers().stream().map(SubmissionId::toString).toList());
  }

  /** A letter's scan as a download. */
  public StreamedContent scanOf(Letter l) {
    return l.scan().map(Uploads::download).orElse(null);
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

  public String getSignatory() {
    return signatory;
  }

  public void setSignatory(String signatory) {
    this.signatory = signatory;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public List<String> getCovers() {
    return covers;
  }

  public void setCovers(List<String> covers) {
    this.covers = covers;
  }

  public UploadedFile getScan() {
    return scan;
  }

  public void setScan(UploadedFile scan) {
    this.scan = scan;
  }
}
