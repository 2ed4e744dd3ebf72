package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.repository.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * @param annexes its supporting documents (figures workbook, progress exposé), at most one of each
 *     kind, in the order of {@link ReportAnnex.Kind}
 * @param deliveries deliveries to the regional head, oldest first
 * @param version optimistic-lock version
 */
public record EvaluationReport(
    String id,
    Evaluation evaluation,
    Instant createdAt,
    AccountId createdBy,
    Optional<FileRef> document,
    List<ReportAnnex> annexes,
    List<ReportDelivery> deliveries,
    long version)
    implements Versioned<String, EvaluationReport> {

  /** Copies the list and replaces null optionals. */
  public EvaluationReport {
    document = document == null ? Optional.empty() : document;
    annexes =
        annexes == null
            ? List.of()
            : annexes.stream().sorted(Comparator.comparing(ReportAnnex::kind)).toList();
    for (int i = 1; i < annexes.size(); i++) {
      if (annexes.get(i).kind() == annexes.get(i - 1).kind()) {
        throw new IllegalArgumentException("two annexes of kind " + annexes.get(i).kind());
      }
    }
    deliveries = List.copyOf(deliveries == null ? List.of() : deliveries);
  }

  /** A report without supporting documents (as before they existed). */
  public EvaluationReport(
      String id,
      Evaluation evaluation,
      Instant createdAt,
      AccountId createdBy,
      Optional<FileRef> document,
      List<ReportDelivery> deliveries,
      long version) {
    this(id, evaluation, createdAt, createdBy, document, List.of(), deliveries, version);
  }

  /** The supporting document of that kind, if attached. */
  public Optional<FileRef> annex(ReportAnnex.Kind kind) {
    return annexes.stream().filter(a -> a.kind() == kind).map(ReportAnnex::file).findFirst();
  }

  /** A copy with a supporting document attached, replacing one of the same kind. */
  public EvaluationReport withAnnex(ReportAnnex annex) {
    List<ReportAnnex> a = new ArrayList<>(annexes);
    a.removeIf(x -> x.kind() == annex.kind());
    a.add(annex);
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, document, a, deliveries, version);
  }

  @Override
  public EvaluationReport withVersion(long version) {
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, document, annexes, deliveries, version);
  }

  /** A copy with the rendered document attached. */
  public EvaluationReport withDocument(FileRef document) {
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, Optional.of(document), annexes, deliveries, version);
  }

  /** A copy with one more delivery. */
  public EvaluationReport delivered(ReportDelivery delivery) {
    List<ReportDelivery> d = new ArrayList<>(deliveries);
    d.add(delivery);
    return new EvaluationReport(
        id, evaluation, createdAt, createdBy, document, annexes, d, version);
  }
}
