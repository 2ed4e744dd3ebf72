package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link ForumMeetingRepository}. */
public final class InMemoryForumMeetingRepository implements ForumMeetingRepository {

  private final InMemoryStore<String, ForumMeeting> store = new InMemoryStore<>("meeting");

  @Override
  public Optional<ForumMeeting> find(String id) {
    return store.find(id);
  }

  @Override
  public List<ForumMeeting> all() {
    return store.list(
        m -> true, Comparator.comparing(ForumMeeting::date).thenComparing(ForumMeeting::id));
  }

  @Override
  public ForumMeeting save(ForumMeeting meeting) {
    return store.save(meeting);
  }
}
