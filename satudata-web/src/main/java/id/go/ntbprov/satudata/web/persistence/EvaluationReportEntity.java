package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code evaluation_report} with child tables {@code report_annex} and {@code
 * report_delivery}. The evaluation itself is {@code evaluation_json} ({@link EvaluationDocument});
 * its period and time are columns too.
 */
@Entity
@Table(name = "evaluation_report")
public class EvaluationReportEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 64)
  String id;

  @Column(name = "data_period", nullable = false, length = 20)
  String period;

  @Column(name = "as_of", nullable = false)
  Instant asOf;

  @Column(name = "evaluation_json", nullable = false)
  String evaluationJson;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "created_by", length = 100)
  String createdBy;

  @Embedded FileColumns document;

  @ElementCollection
  @CollectionTable(name = "report_annex", joinColumns = @JoinColumn(name = "report_id"))
  List<AnnexColumns> annexes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "report_delivery", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "idx")
  List<DeliveryColumns> deliveries = new ArrayList<>();

  /** For the provider. */
  protected EvaluationReportEntity() {}

  static EvaluationReportEntity blank() {
    return new EvaluationReportEntity();
  }

  void write(EvaluationReport r) {
    id = r.id();
    period = r.evaluation().period().toString();
    asOf = r.evaluation().asOf();
    evaluationJson = Json.write(EvaluationDocument.of(r.evaluation()));
    createdAt = r.createdAt();
    createdBy = r.createdBy() == null ? null : r.createdBy().value();
    document = FileColumns.of(r.document());
    annexes.clear();
    r.annexes().stream().map(AnnexColumns::of).forEach(annexes::add);
    deliveries.clear();
    r.deliveries().stream().map(DeliveryColumns::of).forEach(deliveries::add);
  }

  EvaluationReport toDomain() {
    return new EvaluationReport(
        id,
        Json.read(evaluationJson, EvaluationDocument.class).toDomain(),
        createdAt,
        createdBy == null ? null : AccountId.of(createdBy),
        FileColumns.toRef(document),
        annexes.stream().map(AnnexColumns::toDomain).toList(),
        deliveries.stream().map(DeliveryColumns::toDomain).toList(),
        getVersion());
  }
}
