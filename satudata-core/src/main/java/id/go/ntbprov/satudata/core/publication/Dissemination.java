package id.go.ntbprov.satudata.core.publication;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountRepository;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.letter.LetterRepository;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Use cases of the dissemination stage (Penyebarluasan, SOP 4): publish validated data, and
 * withdraw published data with a reason.
 */
public final class Dissemination {

  private final Authorization authorization;
  private final SubmissionRepository submissions;
  private final LetterRepository letters;
  private final AccountRepository accounts;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Dissemination(
      Authorization authorization,
      SubmissionRepository submissions,
      LetterRepository letters,
      AccountRepository accounts,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.submissions = Objects.requireNonNull(submissions);
    this.letters = Objects.requireNonNull(letters);
    this.accounts = Objects.requireNonNull(accounts);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /**
   * Publishes a version on the portal. Refused unless it was found conformant and is covered by a
   * validation letter signed by the head of the version's own agency. A previously published
   * version of the same item and period becomes SUPERSEDED.
   *
   * @throws RuleViolation {@link Rule#PUBLICATION_REQUIRES_VALIDATION_LETTER}, {@link
   *     Rule#VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD}, {@link Rule#PUBLICATION_OF_RETIRED_VERSION}
   */
  public Submission publish(Account actor, SubmissionId id) {
    Submission s = submissions.require(id);
    RoleAssignment role = authorization.require(actor, SopStep.PUBLISH, s.agency());
    Instant now = recorder.now();
    Submission published = s.publish(now, actor.id());
    requireLetterOfOwnHead(s);
    Optional<Submission> previous =
        submissions.series(id.item(), id.period()).stream()
            .filter(o -> o.status() == SubmissionStatus.PUBLISHED && !o.id().equals(id))
            .findFirst();
    if (previous.isPresent()) {
      Submission old = previous.get();
      Submission superseded = submissions.save(old.supersede(now, actor.id(), id));
      recorder.record(
          now,
          actor,
          role,
          SopStep.PUBLISH,
          "submission",
          old.id(),
          old.status(),
          superseded.status(),
          "superseded by " + id);
    }
    Submission saved = submissions.save(published);
    recorder.record(
        now,
        actor,
        role,
        SopStep.PUBLISH,
        "submission",
        id,
        s.status(),
        saved.status(),
        s.validationLetter().orElse(""));
    return saved;
  }

  /** Withdraws a published version; the public sees a tombstone with the reason. */
  public Submission withdraw(Account actor, SubmissionId id, String reason) {
    Submission s = submissions.require(id);
    RoleAssignment role = authorization.require(actor, SopStep.WITHDRAW, s.agency());
    Instant now = recorder.now();
    Submission saved = submissions.save(s.withdraw(now, actor.id(), reason));
    recorder.record(
        now, actor, role, SopStep.WITHDRAW, "submission", id, s.status(), saved.status(), reason);
    return saved;
  }

  /**
   * The letter must exist, be a validation letter of the version's agency covering it, and be
   * signed by an account heading that agency.
   */
  private void requireLetterOfOwnHead(Submission s) {
    Letter letter =
        s.validationLetter()
            .flatMap(letters::find)
            .filter(l -> l.kind() == LetterKind.VALIDATION && l.covers(s.id()))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        Rule.PUBLICATION_REQUIRES_VALIDATION_LETTER,
                        s.id(),
                        s.agency(),
                        s.status()));
    boolean signedByOwnHead =
        letter.agency().equals(s.agency())
            && letter
                .signedBy()
                .flatMap(accounts::find)
                .filter(a -> a.roles().contains(RoleAssignment.of(Role.KEPALA_OPD, s.agency())))
                .isPresent();
    RuleViolation.require(
        signedByOwnHead,
        Rule.VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD,
        s.id(),
        s.agency(),
        letter.signatory());
  }
}
