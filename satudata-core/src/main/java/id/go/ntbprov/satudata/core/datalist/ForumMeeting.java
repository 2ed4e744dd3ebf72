package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A meeting of the Forum Satu Data as recorded by the secretariat (SOP 1b), and the items agreed in
 * it (1c).
 *
 * @param id identifier, e.g. {@code FDM-2026-01}
 * @param year the data list year the meeting works on
 * @param date the meeting date
 * @param minutesNumber number of the minutes (berita acara / notulen)
 * @param attendees who attended (names and agencies)
 * @param minutesFile the scanned minutes, if uploaded
 * @param agreedItems items the forum agreed in this meeting
 * @param recordedBy the secretariat member who recorded it
 * @param recordedAt when it was recorded
 * @param version optimistic-lock version
 */
public record ForumMeeting(
    String id,
    int year,
    LocalDate date,
    String minutesNumber,
    List<String> attendees,
    Optional<FileRef> minutesFile,
    List<DataItemId> agreedItems,
    AccountId recordedBy,
    Instant recordedAt,
    long version)
    implements Versioned<String, ForumMeeting> {

  /** Refuses a record without date, minutes number or attendees. */
  public ForumMeeting {
    id = RuleViolation.requireText(id, "meeting.id");
    RuleViolation.requirePresent(date, "meeting.date");
    minutesNumber = RuleViolation.requireText(minutesNumber, "meeting.minutesNumber");
    attendees =
        List.copyOf(attendees == null ? List.of() : attendees).stream()
            .filter(a -> !a.isBlank())
            .toList();
    RuleViolation.require(!attendees.isEmpty(), Rule.INPUT_REQUIRED, "meeting.attendees");
    minutesFile = minutesFile == null ? Optional.empty() : minutesFile;
    agreedItems = List.copyOf(agreedItems == null ? List.of() : agreedItems);
  }

  @Override
  public ForumMeeting withVersion(long version) {
    return new ForumMeeting(
        id,
        year,
        date,
        minutesNumber,
        attendees,
        minutesFile,
        agreedItems,
        recordedBy,
        recordedAt,
        version);
  }

  /** A copy listing more agreed items. */
  public ForumMeeting withAgreed(List<DataItemId> items) {
    List<DataItemId> all = new ArrayList<>(agreedItems);
    items.stream().filter(i -> !all.contains(i)).forEach(all::add);
    return new ForumMeeting(
        id,
        year,
        date,
        minutesNumber,
        attendees,
        minutesFile,
        all,
        recordedBy,
        recordedAt,
        version);
  }
}
