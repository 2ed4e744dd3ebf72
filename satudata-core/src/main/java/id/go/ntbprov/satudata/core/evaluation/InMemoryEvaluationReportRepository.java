package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link EvaluationReportRepository}. */
public final class InMemoryEvaluationReportRepository implements EvaluationReportRepository {

  private final InMemoryStore<String, EvaluationReport> store = new InMemoryStore<>("report");

  @Override
  public Optional<EvaluationReport> find(String id) {
    return store.find(id);
  }

  @Override
  public List<EvaluationReport> all() {
    return store.list(r -> true, Comparator.comparing(EvaluationReport::createdAt).reversed());
  }

  @Override
  public EvaluationReport save(EvaluationReport report) {
    return store.save(report);
  }
}
