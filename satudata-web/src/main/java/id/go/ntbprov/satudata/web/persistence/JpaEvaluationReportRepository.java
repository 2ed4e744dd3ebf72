package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReportRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link EvaluationReportRepository} on tables {@code evaluation_report} and {@code
 * report_delivery}.
 */
public final class JpaEvaluationReportRepository implements EvaluationReportRepository {

  private final VersionedStore<EvaluationReport, EvaluationReportEntity> store;

  /**
   * @param em the entity manager (container-managed in the server); saves need a transaction
   */
  public JpaEvaluationReportRepository(EntityManager em) {
    this.store =
        new VersionedStore<>(
            em,
            EvaluationReportEntity.class,
            "report",
            EvaluationReport::id,
            EvaluationReportEntity::blank,
            (r, e) -> e.write(r),
            EvaluationReportEntity::toDomain);
  }

  @Override
  public Optional<EvaluationReport> find(String id) {
    return store.find(id);
  }

  @Override
  public List<EvaluationReport> all() {
    TypedQuery<EvaluationReportEntity> q =
        store
            .em()
            .createQuery("select r from EvaluationReportEntity r", EvaluationReportEntity.class);
    return store.list(q, Comparator.comparing(EvaluationReport::createdAt).reversed());
  }

  @Override
  public EvaluationReport save(EvaluationReport report) {
    return store.save(report);
  }
}
