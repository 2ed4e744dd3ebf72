package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The letters register (statement and validation letters): search by number, agency, date range and
 * kind, among the letters of agencies whose data the account may read; the scanned letter downloads
 * as stored.
 */
@Named
@ViewScoped
public class LettersRegister implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SignedIn signedIn;
  @Inject UnitOfWork unit;
  @Inject SubmissionViews views;

  private String number;
  private String agency;
  private LocalDate from;
  private LocalDate to;
  private String kind;
  private List<LetterRow> letters;

  /** The letters found, newest first. */
  public List<LetterRow> getLetters() {
    if (letters == null) {
      search();
    }
    return letters;
  }

  /** Runs the search with the filters as entered. */
  public void search() {
    letters =
        unit.call(
            () ->
                views
                    .sop()
                    .ports()
                    .letters()
                    .registeredBetween(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"))
                    .stream()
                    .filter(l -> signedIn.mayRead(l.agency()))
                    .filter(this::matches)
                    .sorted(Comparator.comparing(Letter::registeredAt).reversed())
                    .map(views::letter)
                    .toList());
  }

  private boolean matches(Letter l) {
    return (blank(number)
            || l.number()
                .toLowerCase(Locale.ROOT)
                .contains(number.strip().toLowerCase(Locale.ROOT)))
        && (blank(agency) || l.agency().value().equalsIgnoreCase(agency.strip()))
        && (from == null || !l.date().isBefore(from))
        && (to == null || !l.date().isAfter(to))
        && (blank(kind) || l.kind() == LetterKind.valueOf(kind));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Clears the filters. */
  public void reset() {
    number = null;
    agency = null;
    from = null;
    to = null;
    kind = null;
    search();
  }

  /** The scanned file of a letter in the list (only letters the account may read are listed). */
  public StreamedContent download(String letterId) {
    LetterRow row =
        getLetters().stream()
            .filter(l -> l.id().equals(letterId) && l.scanId() != null)
            .findFirst()
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "letter", letterId));
    String fileId = row.scanId();
    FileRef ref =
        views
            .sop()
            .ports()
            .files()
            .find(fileId)
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId));
    return DefaultStreamedContent.builder()
        .name(ref.name())
        .contentType(ref.mediaType())
        .contentLength(ref.size())
        .stream(() -> open(fileId))
        .build();
  }

  private static InputStream open(String fileId) {
    try {
      return CDI.current()
          .select(SatuData.class)
          .get()
          .ports()
          .files()
          .open(fileId)
          .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The letter kinds to choose from, labelled by the core's bundle. */
  public List<SelectItem> getKinds() {
    return Arrays.stream(LetterKind.values())
        .map(k -> new SelectItem(k.name(), Messages.format(views.locale(), k.messageKey())))
        .toList();
  }

  /** The agencies to choose from. */
  public List<String> getAgencies() {
    return unit.call(
        () ->
            views.sop().ports().agencies().all().stream()
                .map(a -> a.code().value())
                .filter(c -> signedIn.mayRead(id.go.ntbprov.satudata.core.actor.AgencyCode.of(c)))
                .sorted()
                .toList());
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
