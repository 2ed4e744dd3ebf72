package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.Objects;

/**
 * Use cases of the custodian's conformity check (Pemeriksaan, SOP 3a): after the automatic check,
 * the Walidata (or the agency's Walidata Pendukung) accepts the version as conformant or returns it
 * to the producer with notes.
 */
public final class Checking {

  private final Authorization authorization;
  private final SubmissionRepository submissions;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Checking(
      Authorization authorization, SubmissionRepository submissions, StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.submissions = Objects.requireNonNull(submissions);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /** Returns a submitted version to its producer with notes on what to fix. */
  public Submission returnToProducer(Account actor, SubmissionId id, String notes) {
    Submission s = submissions.require(id);
    RoleAssignment role = authorization.require(actor, SopStep.CHECK_CONFORMITY, s.agency());
    Instant now = recorder.now();
    Submission saved = submissions.save(s.returnToProducer(now, actor.id(), notes));
    recorder.record(
        now,
        actor,
        role,
        SopStep.CHECK_CONFORMITY,
        "submission",
        id,
        s.status(),
        saved.status(),
        notes);
    return saved;
  }

  /**
   * Accepts a submitted version as conformant. Refused while it has error findings; with warnings,
   * only with an override reason.
   */
  public Submission acceptAsConformant(Account actor, SubmissionId id, String overrideReason) {
    Submission s = submissions.require(id);
    RoleAssignment role = authorization.require(actor, SopStep.CHECK_CONFORMITY, s.agency());
    Instant now = recorder.now();
    Submission saved = submissions.save(s.acceptAsConformant(now, actor.id(), overrideReason));
    recorder.record(
        now,
        actor,
        role,
        SopStep.CHECK_CONFORMITY,
        "submission",
        id,
        s.status(),
        saved.status(),
        overrideReason == null ? "" : overrideReason);
    return saved;
  }
}
