package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.actor.AccountId;
import java.time.Instant;

/**
 * A decision of the Pembina Data on an item, with notes.
 *
 * @param at when
 * @param by who decided
 * @param decision recommend, send back or reject
 * @param notes the coaching notes (required to send back or reject)
 */
public record Recommendation(
    Instant at, AccountId by, RecommendationDecision decision, String notes) {

  /** Replaces null notes by an empty string. */
  public Recommendation {
    notes = notes == null ? "" : notes.strip();
  }
}
