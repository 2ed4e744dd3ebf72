package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.file.FileRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the secretariat enters to record a forum meeting.
 *
 * @param id identifier chosen by the secretariat, e.g. {@code FDM-2026-01}
 * @param year the data list year discussed
 * @param date the meeting date
 * @param minutesNumber number of the minutes
 * @param attendees names (and agencies) of those present
 * @param minutesFile the scanned minutes, if any
 */
public record MeetingRecord(
    String id,
    int year,
    LocalDate date,
    String minutesNumber,
    List<String> attendees,
    Optional<FileRef> minutesFile) {}
