package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.StepRecorder;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.Authorization;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use cases of the planning stage (Perencanaan, SOP 1a–1d): propose, recommend / send back /
 * reject, record the forum meeting, agree the list, check availability. Each checks who may act and
 * what must be in hand before it changes anything, then records the step.
 */
public final class Planning {

  private final Authorization authorization;
  private final DataItemRepository items;
  private final ForumMeetingRepository meetings;
  private final StepRecorder recorder;

  /** Wires the use cases to their ports. */
  public Planning(
      Authorization authorization,
      DataItemRepository items,
      ForumMeetingRepository meetings,
      StepRecorder recorder) {
    this.authorization = Objects.requireNonNull(authorization);
    this.items = Objects.requireNonNull(items);
    this.meetings = Objects.requireNonNull(meetings);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /** Proposes a new item for a year's list, on behalf of its producing agency. */
  public DataItem propose(Account actor, DataItemId id, ItemDefinition definition) {
    RoleAssignment role = authorization.require(actor, SopStep.PROPOSE_ITEM, definition.producer());
    Instant now = recorder.now();
    DataItem saved = items.save(DataItem.propose(id, definition, now));
    recorder.record(
        now, actor, role, SopStep.PROPOSE_ITEM, "item", id, "", saved.status(), definition.title());
    return saved;
  }

  /** Revises a proposed or sent-back item; it goes back to the Pembina Data. */
  public DataItem revise(Account actor, DataItemId id, ItemDefinition revised) {
    DataItem item = items.require(id);
    RoleAssignment role =
        authorization.require(actor, SopStep.PROPOSE_ITEM, item.definition().producer());
    authorization.require(actor, SopStep.PROPOSE_ITEM, revised.producer());
    DataItem saved = items.save(item.revise(revised));
    recorder.record(
        recorder.now(),
        actor,
        role,
        SopStep.PROPOSE_ITEM,
        "item",
        id,
        item.status(),
        saved.status(),
        "revised");
    return saved;
  }

  /** The Pembina Data recommends a proposed item to the forum (SOP 1a). */
  public DataItem recommend(Account actor, DataItemId id, String notes) {
    return decide(actor, id, RecommendationDecision.RECOMMEND, notes);
  }

  /** The Pembina Data sends a proposal back for revision, with notes (SOP 1a). */
  public DataItem sendBack(Account actor, DataItemId id, String notes) {
    return decide(actor, id, RecommendationDecision.SEND_BACK, notes);
  }

  /** The Pembina Data rejects a proposal, with notes (SOP 1a). */
  public DataItem reject(Account actor, DataItemId id, String notes) {
    return decide(actor, id, RecommendationDecision.REJECT, notes);
  }

  private DataItem decide(
      Account actor, DataItemId id, RecommendationDecision decision, String notes) {
    RoleAssignment role = authorization.require(actor, SopStep.RECOMMEND_ITEM, null);
    DataItem item = items.require(id);
    Instant now = recorder.now();
    DataItem saved = items.save(item.decide(new Recommendation(now, actor.id(), decision, notes)));
    recorder.record(
        now,
        actor,
        role,
        SopStep.RECOMMEND_ITEM,
        "item",
        id,
        item.status(),
        saved.status(),
        decision + (notes == null || notes.isBlank() ? "" : ": " + notes.strip()));
    return saved;
  }

  /** The secretariat records a forum meeting (SOP 1b). */
  public ForumMeeting recordForumMeeting(Account actor, MeetingRecord record) {
    RoleAssignment role = authorization.require(actor, SopStep.RECORD_FORUM_MEETING, null);
    Instant now = recorder.now();
    ForumMeeting saved =
        meetings.save(
            new ForumMeeting(
                record.id(),
                record.year(),
                record.date(),
                record.minutesNumber(),
                record.attendees(),
                record.minutesFile(),
                List.of(),
                actor.id(),
                now,
                0));
    recorder.record(
        now,
        actor,
        role,
        SopStep.RECORD_FORUM_MEETING,
        "meeting",
        saved.id(),
        "",
        "RECORDED",
        saved.minutesNumber());
    return saved;
  }

  /**
   * The forum agrees items into the year's Daftar Data Daerah in a recorded meeting (SOP 1c). All
   * items must be recommended; if one is not, none is agreed.
   */
  public List<DataItem> agree(Account actor, String meetingId, List<DataItemId> ids) {
    RoleAssignment role = authorization.require(actor, SopStep.AGREE_DATA_LIST, null);
    ForumMeeting meeting =
        meetings
            .find(meetingId)
            .orElseThrow(
                () -> new RuleViolation(Rule.AGREEMENT_REQUIRES_MEETING_RECORD, meetingId));
    RuleViolation.require(!ids.isEmpty(), Rule.INPUT_REQUIRED, "items");
    Instant now = recorder.now();
    List<DataItem> agreed = new ArrayList<>();
    for (DataItemId id : ids) {
      RuleViolation.require(
          id.year() == meeting.year(),
          Rule.MEETING_YEAR_MISMATCH,
          meetingId,
          meeting.year(),
          id.year());
      agreed.add(items.require(id).agree(meetingId, now));
    }
    List<DataItem> saved = new ArrayList<>();
    for (DataItem item : agreed) {
      saved.add(items.save(item));
    }
    meetings.save(meeting.withAgreed(ids));
    for (DataItem item : saved) {
      recorder.record(
          now,
          actor,
          role,
          SopStep.AGREE_DATA_LIST,
          "item",
          item.id(),
          ItemStatus.RECOMMENDED,
          item.status(),
          meetingId);
    }
    return saved;
  }

  /** The custodian, with the producer, records whether an agreed item is available (SOP 1d). */
  public DataItem checkAvailability(
      Account actor, DataItemId id, AvailabilityStatus status, String reason) {
    DataItem item = items.require(id);
    RoleAssignment role =
        authorization.require(actor, SopStep.CHECK_AVAILABILITY, item.definition().producer());
    Instant now = recorder.now();
    DataItem saved =
        items.save(item.checkAvailability(new Availability(status, reason, now, actor.id())));
    recorder.record(
        now,
        actor,
        role,
        SopStep.CHECK_AVAILABILITY,
        "item",
        id,
        item.availability().map(a -> a.status().name()).orElse(""),
        status,
        reason == null ? "" : reason);
    return saved;
  }
}
