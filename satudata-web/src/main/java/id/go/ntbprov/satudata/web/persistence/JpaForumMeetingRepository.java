package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.datalist.ForumMeetingRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link ForumMeetingRepository} on tables {@code forum_meeting}, {@code meeting_attendee} and
 * {@code meeting_agreed_item}.
 */
public final class JpaForumMeetingRepository implements ForumMeetingRepository {

  private final VersionedStore<ForumMeeting, ForumMeetingEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaForumMeetingRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            ForumMeetingEntity.class,
            "meeting",
            ForumMeeting::id,
            ForumMeetingEntity::blank,
            (m, e) -> e.write(m),
            ForumMeetingEntity::toDomain);
  }

  @Override
  public Optional<ForumMeeting> find(String id) {
    return store.find(id);
  }

  @Override
  public List<ForumMeeting> all() {
    TypedQuery<ForumMeetingEntity> q =
        store.em().createQuery("select m from ForumMeetingEntity m", ForumMeetingEntity.class);
    return store.list(q, Comparator.comparing(ForumMeeting::date).thenComparing(ForumMeeting::id));
  }

  @Override
  public ForumMeeting save(ForumMeeting meeting) {
    return store.save(meeting);
  }
}
