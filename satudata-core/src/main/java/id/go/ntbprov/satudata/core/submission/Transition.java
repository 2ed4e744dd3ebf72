package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.AccountId;
import java.time.Instant;

/**
 * One change of a submission's state, kept in the submission's own history.
 *
 * @param at when
 * @param by who
 * @param from state before (null for the upload)
 * @param to state after
 * @param note notes, reasons or the letter that justified it
 */
public record Transition(
    Instant at, AccountId by, SubmissionStatus from, SubmissionStatus to, String note) {

  /** Replaces a null note by an empty string. */
  public Transition {
    note = note == null ? "" : note;
  }
}
