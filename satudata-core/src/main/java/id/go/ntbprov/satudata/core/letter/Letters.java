package id.go.ntbprov.satudata.core.letter;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of the letters register: the agency head's validation (SOP 3b), which moves conformant
 * data to VALIDATED, and producers' statement letters.
 */
public final class Letters {

  private final Authorization authorization;
  private final SubmissionRepository submissions;
  private final LetterRepository letters;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Letters(
      Authorization authorization,
      SubmissionRepository submissions,
      LetterRepository letters,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.submissions = Objects.requireNonNull(submissions);
    this.letters = Objects.requireNonNull(letters);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /**
   * The head of an agency validates conformant versions of the agency's data with a signed letter
   * (number, date, signatory, scan). The letter enters the register; each covered version becomes
   * VALIDATED. If any covered version cannot be validated, nothing is.
   *
   * @throws RuleViolation {@link Rule#VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD} when the signer does
   *     not head the agency of every covered version; {@link
   *     Rule#VALIDATION_REQUIRES_CONFORMANT_DATA}; {@link Rule#LETTER_INCOMPLETE}
   */
  public Letter validate(Account head, LetterDraft draft) {
    RoleAssignment role = authorization.require(head, SopStep.VALIDATE, null);
    Optional<AgencyCode> headed = head.headOf();
    List<Submission> covered = covered(draft);
    for (Submission s : covered) {
      RuleViolation.require(
          headed.filter(s.agency()::equals).isPresent()
              && (draft.agency() == null || draft.agency().equals(s.agency())),
          Rule.VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD,
          s.id(),
          s.agency(),
          head.id());
    }
    Instant now = recorder.now();
    Letter letter = newLetter(LetterKind.VALIDATION, draft, Optional.of(head.id()), head, now);
    List<Submission> validated = new ArrayList<>();
    for (Submission s : covered) {
      validated.add(s.validate(now, head.id(), letter.id()));
    }
    Letter saved = letters.save(letter);
    recorder.record(
        now, head, role, SopStep.VALIDATE, "letter", saved.id(), "", "REGISTERED", saved.number());
    for (int i = 0; i < covered.size(); i++) {
      Submission after = submissions.save(validated.get(i));
      recorder.record(
          now,
          head,
          role,
          SopStep.VALIDATE,
          "submission",
          after.id(),
          covered.get(i).status(),
          after.status(),
          saved.number());
    }
    return saved;
  }

  /**
   * Registers a producer's statement letter covering versions of its own agency's data. Changes no
   * submission's state.
   */
  public Letter registerStatementLetter(Account actor, LetterDraft draft) {
    RuleViolation.requirePresent(draft.agency(), "letter.agency");
    RoleAssignment role =
        authorization.require(actor, SopStep.REGISTER_STATEMENT_LETTER, draft.agency());
    for (Submission s : covered(draft)) {
      RuleViolation.require(
          s.agency().equals(draft.agency()),
          Rule.STATEMENT_LETTER_FROM_OWN_AGENCY,
          draft.agency(),
          s.id(),
          s.agency());
    }
    Instant now = recorder.now();
    Letter saved =
        letters.save(newLetter(LetterKind.STATEMENT, draft, Optional.empty(), actor, now));
    recorder.record(
        now,
        actor,
        role,
        SopStep.REGISTER_STATEMENT_LETTER,
        "letter",
        saved.id(),
        "",
        "REGISTERED",
        saved.number());
    return saved;
  }

  private List<Submission> covered(LetterDraft draft) {
    List<SubmissionId> ids = draft.covers() == null ? List.of() : draft.covers();
    RuleViolation.require(!ids.isEmpty(), Rule.LETTER_INCOMPLETE, "letter.covers");
    List<Submission> out = new ArrayList<>();
    for (SubmissionId id : ids) {
      out.add(submissions.require(id));
    }
    return out;
  }

  private Letter newLetter(
      LetterKind kind,
      LetterDraft draft,
      Optional<id.go.ntbprov.satudata.core.actor.AccountId> signedBy,
      Account registeredBy,
      Instant now) {
    AgencyCode agency =
        draft.agency() != null ? draft.agency() : registeredBy.headOf().orElse(null);
    if (draft.number() != null && agency != null) {
      letters
          .findByNumber(kind, agency.value(), draft.number())
          .ifPresent(
              l -> {
                throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, "letter", l.number());
              });
    }
    return new Letter(
        UUID.randomUUID().toString(),
        kind,
        draft.number(),
        draft.date(),
        draft.signatory(),
        signedBy,
        agency,
        draft.covers(),
        draft.scan(),
        now,
        registeredBy.id(),
        0);
  }
}
