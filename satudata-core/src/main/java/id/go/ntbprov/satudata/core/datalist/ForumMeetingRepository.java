package id.go.ntbprov.satudata.core.datalist;

import java.util.List;
import java.util.Optional;

/** Port: where forum meeting records are kept. */
public interface ForumMeetingRepository {

  /** The meeting with that id. */
  Optional<ForumMeeting> find(String id);

  /** All meetings, by date. */
  List<ForumMeeting> all();

  /** Inserts (version 0) or updates (same version as stored) a meeting. */
  ForumMeeting save(ForumMeeting meeting);
}
