package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code forum_meeting} with child tables {@code meeting_attendee} and {@code
 * meeting_agreed_item}.
 */
@Entity
@Table(name = "forum_meeting")
public class ForumMeetingEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 100)
  String id;

  @Column(name = "list_year", nullable = false)
  int year;

  @Column(name = "meeting_date", nullable = false)
  LocalDate date;

  @Column(name = "minutes_number", nullable = false, length = 200)
  String minutesNumber;

  @Embedded FileColumns minutesFile;

  @Column(name = "recorded_by", length = 100)
  String recordedBy;

  @Column(name = "recorded_at")
  Instant recordedAt;

  @ElementCollection
  @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "idx")
  @Column(name = "attendee", nullable = false, length = 300)
  List<String> attendees = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "meeting_agreed_item", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "idx")
  @Column(name = "item_id", nullable = false, length = 60)
  List<String> agreedItems = new ArrayList<>();

  /** For the provider. */
  protected ForumMeetingEntity() {}

  static ForumMeetingEntity blank() {
    return new ForumMeetingEntity();
  }

  void write(ForumMeeting m) {
    id = m.id();
    year = m.year();
    date = m.date();
    minutesNumber = m.minutesNumber();
    minutesFile = FileColumns.of(m.minutesFile());
    recordedBy = m.recordedBy() == null ? null : m.recordedBy().value();
    recordedAt = m.recordedAt();
    attendees.clear();
    attendees.addAll(m.attendees());
    agreedItems.clear();
    m.agreedItems().stream().map(DataItemId::toString).forEach(agreedItems::add);
  }

  ForumMeeting toDomain() {
    return new ForumMeeting(
        id,
        year,
        date,
        minutesNumber,
        List.copyOf(attendees),
        FileColumns.toRef(minutesFile),
        agreedItems.stream().map(DataItemId::parse).toList(),
        recordedBy == null ? null : AccountId.of(recordedBy),
        recordedAt,
        getVersion());
  }
}
