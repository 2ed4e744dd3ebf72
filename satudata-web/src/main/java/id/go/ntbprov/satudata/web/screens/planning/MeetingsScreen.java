package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Forum meetings (SOP 1b) and the forum's agreement of the list (1c): the secretariat records a
 * meeting with its minutes file; the forum agrees recommended items in a recorded meeting.
 */
@Named("meetings")
@ViewScoped
public class MeetingsScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;

  private String id;
  private Integer year;
  private LocalDate date;
  private String minutesNumber;
  private String attendees;
  private transient UploadedFile minutes;
  private String meeting;
  private List<String> agreed = new ArrayList<>();

  /** Every recorded meeting, newest first. */
  public List<ForumMeeting> getAll() {
    List<ForumMeeting> all = new ArrayList<>(core.sop().ports().meetings().all());
    java.util.Collections.reverse(all);
    return all;
  }

  /** Records the meeting entered, with its minutes file (SOP 1b). */
  public void record() {
    if (feedback.perform(
        () ->
            core.sop()
                .planning()
                .recordForumMeeting(
                    signedIn.require(),
                    new MeetingRecord(
                        id,
                        year == null ? core.today().getYear() : year,
                        date,
                        minutesNumber,
                        attendees == null ? List.of() : Arrays.asList(attendees.split("\\R")),
                        Uploads.store(core.sop(), minutes))),
        "planning.meeting.recorded",
        id)) {
      meeting = id;
      id = null;
      minutesNumber = null;
      attendees = null;
      date = null;
    }
  }

  /** Items recommended for the chosen meeting's year: what the forum may agree. */
  public List<DataItem> getCandidates() {
    return core.sop().ports().meetings().all().stream()
        .filter(m -> m.id().equals(meeting))
        .findFirst()
        .map(
            m ->
                core.sop().ports().items().byYear(m.year()).stream()
                    .filter(i -> i.status() == ItemStatus.RECOMMENDED)
                    .toList())
        .orElse(List.of());
  }

  /** The forum agrees the chosen items in the chosen meeting (SOP 1c). */
  public void agree() {
    if (feedback.perform(
        () ->
            core.sop()
                .planning()
                .agree(
                    signedIn.require(), meeting, agreed.stream().map(DataItemId::parse).toList()),
        "planning.meeting.agreed",
        agreed.size())) {
      agreed = new ArrayList<>();
    }
  }

  /** Those present at a meeting, in one line. */
  public String attendeesOf(ForumMeeting m) {
    return String.join(", ", m.attendees());
  }

  /** The minutes file of a meeting, as a download. */
  public StreamedContent minutesOf(ForumMeeting m) {
    return m.minutesFile().map(Uploads::download).orElse(null);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getYear() {
    return year == null ? core.today().getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getMinutesNumber() {
    return minutesNumber;
  }

  public void setMinutesNumber(String minutesNumber) {
    this.minutesNumber = minutesNumber;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public UploadedFile getMinutes() {
    return minutes;
  }

  public void setMinutes(UploadedFile minutes) {
    this.minutes = minutes;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public List<String> getAgreed() {
    return agreed;
  }

  public void setAgreed(List<String> agreed) {
    this.agreed = agreed;
  }
}
