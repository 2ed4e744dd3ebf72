package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.Transition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SubmissionRepository} on tables {@code submission} and {@code submission_transition}.
 * Every finder is served by an index of the migration.
 *
 * <p>The finders may return thousands of versions (a year's, for the evaluation), so they read the
 * histories of all results in one more query instead of one lazy load per version. EclipseLink's
 * own batch and join fetching cannot be used: on element collections of embeddables they break the
 * commit (eclipse-ee4j/eclipselink#1455, #921), and as read-only queries they miss the
 * transaction's own writes. Selecting the history's columns as scalars has neither problem.
 */
public final class JpaSubmissionRepository implements SubmissionRepository {

  private static final Comparator<Submission> BY_ID = Comparator.comparing(Submission::id);
  private static final int IN_LIST = 500;

  private final VersionedStore<Submission, SubmissionEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaSubmissionRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            SubmissionEntity.class,
            "submission",
            s -> s.id().toString(),
            SubmissionEntity::blank,
            (s, e) -> e.write(s),
            SubmissionEntity::toDomain);
  }

  @Override
  public Optional<Submission> find(SubmissionId id) {
    return store.find(id.toString());
  }

  @Override
  public List<Submission> series(DataItemId item, Period period) {
    return list(
        query("s.itemId = :item and s.period = :period")
            .setParameter("item", item.toString())
            .setParameter("period", period.toString()));
  }

  @Override
  public List<Submission> byListYear(int year) {
    return list(query("s.itemYear = :year").setParameter("year", year));
  }

  @Override
  public List<Submission> byStatus(SubmissionStatus status) {
    return list(query("s.status = :status").setParameter("status", status.name()));
  }

  @Override
  public List<Submission> byAgency(AgencyCode agency) {
    return list(query("s.agency = :agency").setParameter("agency", agency.value()));
  }

  @Override
  public Submission save(Submission submission) {
    return store.save(submission);
  }

  private TypedQuery<SubmissionEntity> query(String where) {
    return store
        .em()
        .createQuery("select s from SubmissionEntity s where " + where, SubmissionEntity.class);
  }

  private List<Submission> list(TypedQuery<SubmissionEntity> query) {
    List<SubmissionEntity> found = query.getResultList();
    Map<String, List<Transition>> histories = histories(found);
    List<Submission> out = new ArrayList<>(found.size());
    for (SubmissionEntity e : found) {
      out.add(e.toDomain(histories.getOrDefault(e.id, List.of())));
    }
    out.sort(BY_ID);
    return out;
  }

  /** The histories of these versions, by id, each in order; IN lists of at most 500 ids. */
  private Map<String, List<Transition>> histories(List<SubmissionEntity> versions) {
    Map<String, List<Transition>> out = new HashMap<>();
    List<String> ids = versions.stream().map(e -> e.id).toList();
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<Object[]> rows =
          store
              .em()
              .createQuery(
                  "select s.id, h.at, h.by, h.from, h.to, h.note from SubmissionEntity s"
                      + " join s.history h where s.id in :ids order by s.id, index(h)",
                  Object[].class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
              .getResultList();
      for (Object[] r : rows) {
        out.computeIfAbsent((String) r[0], k -> new ArrayList<>())
            .add(
                new Transition(
                    (Instant) r[1],
                    AccountId.of((String) r[2]),
                    r[3] == null ? null : SubmissionStatus.valueOf((String) r[3]),
                    SubmissionStatus.valueOf((String) r[4]),
                    (String) r[5]));
      }
    }
    return out;
  }
}
