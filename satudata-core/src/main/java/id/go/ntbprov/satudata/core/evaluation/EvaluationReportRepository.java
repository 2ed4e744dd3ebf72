package id.go.ntbprov.satudata.core.evaluation;

import java.util.List;
import java.util.Optional;

/** Port: where evaluation reports and their deliveries are kept. */
public interface EvaluationReportRepository {

  /** The report with that id. */
  Optional<EvaluationReport> find(String id);

  /** Every report, newest first. */
  List<EvaluationReport> all();

  /** Inserts (version 0) or updates (same version as stored) a report. */
  EvaluationReport save(EvaluationReport report);
}
