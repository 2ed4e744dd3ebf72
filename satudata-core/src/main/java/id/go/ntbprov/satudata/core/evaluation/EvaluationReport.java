package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.repository.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report on running Satu Data for a period (SOP 5a): the evaluation, the rendered document once
 * attached, and its deliveries to the regional head (5b).
 *
 * @param id report identifier
 * @param evaluation the computed evaluation
 * @param createdAt when it was computed
 * @param createdBy who ran it
 * @param document the rendered report document (PDF), once attached
 * @param deliveries deliveries to the regional head, oldest first
 * @param version optimistic-lock version
 */
public record EvaluationReport(
    String id,
    Evaluation evaluation,
    Instant createdAt,
    AccountId createdBy,
    Optional<FileRef> document,
    List<ReportDelivery> deliveries,
    long version)
    implements Versioned<String, EvaluationReport> {

  /** Copies the list and replaces null optionals. */
  public EvaluationReport {
    document = document == null ? Optional.empty() : document;
    deliveries = List.copyOf(deliveries == null ? List.of() : deliveries);
  }

  @Override
  public EvaluationReport withVersion(long version) {
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, document, deliveries, version);
  }

  /** A copy with the rendered document attached. */
  public EvaluationReport withDocument(FileRef document) {
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, Optional.of(document), deliveries, version);
  }

  /** A copy with one more delivery. */
  public EvaluationReport delivered(ReportDelivery delivery) {
    List<ReportDelivery> d = new ArrayList<>(deliveries);
    d.add(delivery);
    return new EvaluationReport(id, evaluation, createdAt, createdBy, document, d, version);
  }
}
