package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionRepository;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link SubmissionRepository} on tables {@code submission} and {@code submission_transition}.
 * Every finder is served by an index of the migration.
 */
public final class JpaSubmissionRepository implements SubmissionRepository {

  private static final Comparator<Submission> BY_ID = Comparator.comparing(Submission::id);

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
    return store.list(
        query("s.itemId = :item and s.period = :period")
            .setParameter("item", item.toString())
            .setParameter("period", period.toString()),
        BY_ID);
  }

  @Override
  public List<Submission> byListYear(int year) {
    return store.list(query("s.itemYear = :year").setParameter("year", year), BY_ID);
  }

  @Override
  public List<Submission> byStatus(SubmissionStatus status) {
    return store.list(query("s.status = :status").setParameter("status", status.name()), BY_ID);
  }

  @Override
  public List<Submission> byAgency(AgencyCode agency) {
    return store.list(query("s.agency = :agency").setParameter("agency", agency.value()), BY_ID);
  }

  @Override
  public Submission save(Submission submission) {
    return store.save(submission);
  }

  private TypedQuery<SubmissionEntity> query(String where) {
    TypedQuery<SubmissionEntity> q =
        store
            .em()
            .createQuery("select s from SubmissionEntity s where " + where, SubmissionEntity.class);
    BatchFetch.of(q, "s", "history");
    return q;
  }
}
