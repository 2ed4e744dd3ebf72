package id.go.ntbprov.satudata.core.letter;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry of the letters register: a statement letter of a producer or a validation letter of an
 * agency head.
 *
 * @param id register identifier
 * @param kind statement or validation
 * @param number the letter's own number, e.g. {@code 050/123/DINKES/2026}
 * @param date the date on the letter
 * @param signatory the name of who signed it, as printed
 * @param signedBy the account of the signatory, when they sign in the system
 * @param agency the agency the letter comes from
 * @param covers the submission versions it covers
 * @param scan the scanned signed letter
 * @param registeredAt when it entered the register
 * @param registeredBy who registered it
 * @param version optimistic-lock version
 */
public record Letter(
    String id,
    LetterKind kind,
    String number,
    LocalDate date,
    String signatory,
    Optional<AccountId> signedBy,
    AgencyCode agency,
    List<SubmissionId> covers,
    Optional<FileRef> scan,
    Instant registeredAt,
    AccountId registeredBy,
    long version)
    implements Versioned<String, Letter> {

  /** Refuses an incomplete letter with {@link Rule#LETTER_INCOMPLETE}, naming the field. */
  public Letter {
    RuleViolation.requirePresent(id, "letter.id");
    RuleViolation.requirePresent(kind, "letter.kind");
    require(number != null && !number.isBlank(), "letter.number");
    number = number.strip();
    require(date != null, "letter.date");
    require(signatory != null && !signatory.isBlank(), "letter.signatory");
    signatory = signatory.strip();
    signedBy = signedBy == null ? Optional.empty() : signedBy;
    require(agency != null, "letter.agency");
    covers = List.copyOf(covers == null ? List.of() : covers);
    require(!covers.isEmpty(), "letter.covers");
    scan = scan == null ? Optional.empty() : scan;
    require(kind != LetterKind.VALIDATION || scan.isPresent(), "letter.scan");
  }

  private static void require(boolean ok, String field) {
    RuleViolation.require(ok, Rule.LETTER_INCOMPLETE, field);
  }

  @Override
  public Letter withVersion(long version) {
    return new Letter(
        id,
        kind,
        number,
        date,
        signatory,
        signedBy,
        agency,
        covers,
        scan,
        registeredAt,
        registeredBy,
        version);
  }

  /** True when the letter covers that version. */
  public boolean covers(SubmissionId submission) {
    return covers.contains(submission);
  }
}
