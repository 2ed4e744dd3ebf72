package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An item of a year's Daftar Data Daerah: its definition and where it stands in planning.
 * Immutable: every transition returns a new instance, refusing with the rule that forbids it.
 *
 * @param id year and code
 * @param definition what the item is
 * @param status where it stands
 * @param recommendations every decision of the Pembina Data, oldest first
 * @param agreedInMeeting the forum meeting that agreed it
 * @param agreedAt when the forum agreed it
 * @param availability the availability check, once done
 * @param proposedAt when it was first proposed
 * @param version optimistic-lock version
 */
public record DataItem(
    DataItemId id,
    ItemDefinition definition,
    ItemStatus status,
    List<Recommendation> recommendations,
    Optional<String> agreedInMeeting,
    Optional<Instant> agreedAt,
    Optional<Availability> availability,
    Instant proposedAt,
    long version)
    implements Versioned<DataItemId, DataItem> {

  /** Copies lists and replaces null optionals. */
  public DataItem {
    RuleViolation.requirePresent(id, "item.id");
    RuleViolation.requirePresent(definition, "item.definition");
    RuleViolation.requirePresent(status, "item.status");
    recommendations = List.copyOf(recommendations == null ? List.of() : recommendations);
    agreedInMeeting = agreedInMeeting == null ? Optional.empty() : agreedInMeeting;
    agreedAt = agreedAt == null ? Optional.empty() : agreedAt;
    availability = availability == null ? Optional.empty() : availability;
  }

  /** A newly proposed item. */
  public static DataItem propose(DataItemId id, ItemDefinition definition, Instant at) {
    return new DataItem(
        id,
        definition,
        ItemStatus.PROPOSED,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        at,
        0);
  }

  @Override
  public DataItem withVersion(long version) {
    return new DataItem(
        id,
        definition,
        status,
        recommendations,
        agreedInMeeting,
        agreedAt,
        availability,
        proposedAt,
        version);
  }

  /** True once the forum agreed the item. */
  public boolean agreed() {
    return status == ItemStatus.AGREED;
  }

  /**
   * Records a decision of the Pembina Data. Recommend and send back are possible from PROPOSED (and
   * send back also from RECOMMENDED, before the forum); reject only from PROPOSED.
   */
  public DataItem decide(Recommendation r) {
    switch (r.decision()) {
      case RECOMMEND -> requireState("RECOMMEND_ITEM", ItemStatus.PROPOSED);
      case SEND_BACK -> requireState("RECOMMEND_ITEM", ItemStatus.PROPOSED, ItemStatus.RECOMMENDED);
      case REJECT -> requireState("RECOMMEND_ITEM", ItemStatus.PROPOSED);
      default -> throw new IllegalArgumentException(String.valueOf(r.decision()));
    }
    RuleViolation.require(
        r.decision() == RecommendationDecision.RECOMMEND || !r.notes().isEmpty(),
        Rule.RECOMMENDATION_NOTES_REQUIRED,
        id);
    ItemStatus next =
        switch (r.decision()) {
          case RECOMMEND -> ItemStatus.RECOMMENDED;
          case SEND_BACK -> ItemStatus.SENT_BACK;
          case REJECT -> ItemStatus.REJECTED;
        };
    List<Recommendation> recs = new ArrayList<>(recommendations);
    recs.add(r);
    return new DataItem(
        id, definition, next, recs, agreedInMeeting, agreedAt, availability, proposedAt, version);
  }

  /** Revises a proposed or sent-back item; it returns to PROPOSED. */
  public DataItem revise(ItemDefinition revised) {
    requireState("PROPOSE_ITEM", ItemStatus.PROPOSED, ItemStatus.SENT_BACK);
    return new DataItem(
        id,
        revised,
        ItemStatus.PROPOSED,
        recommendations,
        agreedInMeeting,
        agreedAt,
        availability,
        proposedAt,
        version);
  }

  /** The forum agrees the item in a meeting. */
  public DataItem agree(String meetingId, Instant at) {
    RuleViolation.require(
        status == ItemStatus.RECOMMENDED, Rule.AGREEMENT_REQUIRES_RECOMMENDATION, id, status);
    return new DataItem(
        id,
        definition,
        ItemStatus.AGREED,
        recommendations,
        Optional.of(meetingId),
        Optional.of(at),
        availability,
        proposedAt,
        version);
  }

  /** Records the availability check of an agreed item (repeatable: the latest counts). */
  public DataItem checkAvailability(Availability checked) {
    RuleViolation.require(agreed(), Rule.AVAILABILITY_REQUIRES_AGREED_ITEM, id, status);
    return new DataItem(
        id,
        definition,
        status,
        recommendations,
        agreedInMeeting,
        agreedAt,
        Optional.of(checked),
        proposedAt,
        version);
  }

  private void requireState(String step, ItemStatus... allowed) {
    if (!Arrays.asList(allowed).contains(status)) {
      throw new RuleViolation(Rule.WRONG_STATE, "item", id, status, step, Arrays.toString(allowed));
    }
  }
}
