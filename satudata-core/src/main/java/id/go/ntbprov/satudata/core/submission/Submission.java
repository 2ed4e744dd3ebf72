package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One version of a producer's table for an item and period, with its state and history. Immutable:
 * every transition returns a new instance or refuses with the rule that forbids it.
 *
 * @param id item, period and version number
 * @param agency the producing agency (the item's producer at upload time)
 * @param status where the version stands
 * @param original the uploaded file, if the table came from one
 * @param check counts of the automatic conformity check
 * @param history every state change, oldest first; the first is the upload
 * @param validationLetter id of the validation letter that covers it, once validated
 * @param withdrawalReason why it was withdrawn, if it was
 * @param version optimistic-lock version
 */
public record Submission(
    SubmissionId id,
    AgencyCode agency,
    SubmissionStatus status,
    Optional<FileRef> original,
    CheckSummary check,
    List<Transition> history,
    Optional<String> validationLetter,
    Optional<String> withdrawalReason,
    long version)
    implements Versioned<SubmissionId, Submission> {

  /** Copies the history and replaces null optionals. */
  public Submission {
    RuleViolation.requirePresent(id, "submission.id");
    RuleViolation.requirePresent(agency, "submission.agency");
    RuleViolation.requirePresent(status, "submission.status");
    original = original == null ? Optional.empty() : original;
    RuleViolation.requirePresent(check, "submission.check");
    history = List.copyOf(history == null ? List.of() : history);
    validationLetter = validationLetter == null ? Optional.empty() : validationLetter;
    withdrawalReason = withdrawalReason == null ? Optional.empty() : withdrawalReason;
  }

  /** A newly uploaded draft. */
  public static Submission uploaded(
      SubmissionId id,
      AgencyCode agency,
      Optional<FileRef> original,
      CheckSummary check,
      Instant at,
      AccountId by) {
    return new Submission(
        id,
        agency,
        SubmissionStatus.DRAFT,
        original,
        check,
        List.of(new Transition(at, by, null, SubmissionStatus.DRAFT, "")),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  @Override
  public Submission withVersion(long version) {
    return new Submission(
        id, agency, status, original, check, history, validationLetter, withdrawalReason, version);
  }

  /** When it was uploaded. */
  public Instant uploadedAt() {
    return history.get(0).at();
  }

  /** Who uploaded it. */
  public AccountId uploadedBy() {
    return history.get(0).by();
  }

  /** The last time the version entered {@code state}, if it ever did. */
  public Optional<Instant> enteredAt(SubmissionStatus state) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).to() == state) {
        return Optional.of(history.get(i).at());
      }
    }
    return Optional.empty();
  }

  /** Hands the draft to the custodian. */
  public Submission submitForCheck(Instant at, AccountId by) {
    requireState("SUBMIT_FOR_CHECK", SubmissionStatus.DRAFT);
    return move(SubmissionStatus.SUBMITTED, at, by, "", validationLetter, withdrawalReason);
  }

  /** Returns the version to the producer with notes. */
  public Submission returnToProducer(Instant at, AccountId by, String notes) {
    requireState("CHECK_CONFORMITY", SubmissionStatus.SUBMITTED);
    RuleViolation.require(notes != null && !notes.isBlank(), Rule.RETURN_REQUIRES_NOTES, id);
    return move(
        SubmissionStatus.RETURNED, at, by, notes.strip(), validationLetter, withdrawalReason);
  }

  /**
   * Accepts the version as conformant. Errors refuse; warnings need {@code overrideReason}.
   *
   * @param overrideReason why the warnings may stand (null or blank when there are none)
   */
  public Submission acceptAsConformant(Instant at, AccountId by, String overrideReason) {
    requireState("CHECK_CONFORMITY", SubmissionStatus.SUBMITTED);
    RuleViolation.require(
        !check.hasErrors(), Rule.ACCEPTANCE_BLOCKED_BY_ERRORS, id, check.errors());
    String reason = overrideReason == null ? "" : overrideReason.strip();
    RuleViolation.require(
        !check.hasWarnings() || !reason.isEmpty(),
        Rule.WARNINGS_REQUIRE_OVERRIDE_REASON,
        id,
        check.warnings());
    return move(SubmissionStatus.CONFORMANT, at, by, reason, validationLetter, withdrawalReason);
  }

  /** Validates the conformant version with the agency head's letter. */
  public Submission validate(Instant at, AccountId by, String letterId) {
    RuleViolation.require(
        status == SubmissionStatus.CONFORMANT,
        Rule.VALIDATION_REQUIRES_CONFORMANT_DATA,
        id,
        status);
    return move(
        SubmissionStatus.VALIDATED, at, by, letterId, Optional.of(letterId), withdrawalReason);
  }

  /**
   * Publishes the validated version. Retired versions never return; anything not validated lacks
   * the letter the SOP requires.
   */
  public Submission publish(Instant at, AccountId by) {
    RuleViolation.require(!status.retired(), Rule.PUBLICATION_OF_RETIRED_VERSION, id, status);
    requireNotAlready(SubmissionStatus.PUBLISHED, "PUBLISH");
    RuleViolation.require(
        status == SubmissionStatus.VALIDATED && validationLetter.isPresent(),
        Rule.PUBLICATION_REQUIRES_VALIDATION_LETTER,
        id,
        agency,
        status);
    return move(SubmissionStatus.PUBLISHED, at, by, "", validationLetter, withdrawalReason);
  }

  /** Marks the published version as replaced by a newer published one. */
  public Submission supersede(Instant at, AccountId by, SubmissionId newer) {
    requireState("PUBLISH", SubmissionStatus.PUBLISHED);
    return move(
        SubmissionStatus.SUPERSEDED, at, by, newer.toString(), validationLetter, withdrawalReason);
  }

  /** Withdraws the published version with a reason shown to the public. */
  public Submission withdraw(Instant at, AccountId by, String reason) {
    requireState("WITHDRAW", SubmissionStatus.PUBLISHED);
    RuleViolation.require(reason != null && !reason.isBlank(), Rule.WITHDRAWAL_REQUIRES_REASON, id);
    return move(
        SubmissionStatus.WITHDRAWN,
        at,
        by,
        reason.strip(),
        validationLetter,
        Optional.of(reason.strip()));
  }

  private Submission move(
      SubmissionStatus to,
      Instant at,
      AccountId by,
      String note,
      Optional<String> letter,
      Optional<String> withdrawal) {
    List<Transition> h = new ArrayList<>(history);
    h.add(new Transition(at, by, status, to, note));
    return new Submission(id, agency, to, original, check, h, letter, withdrawal, version);
  }

  private void requireNotAlready(SubmissionStatus state, String step) {
    if (status == state) {
      throw new RuleViolation(Rule.WRONG_STATE, "submission", id, status, step, "VALIDATED");
    }
  }

  private void requireState(String step, SubmissionStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw new RuleViolation(
          Rule.WRONG_STATE, "submission", id, status, step, Arrays.toString(allowed));
    }
  }
}
