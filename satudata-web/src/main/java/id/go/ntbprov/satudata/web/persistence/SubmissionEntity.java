package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.submission.CheckSummary;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.Transition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table {@code submission} with its history in child table {@code submission_transition}. The id's
 * parts (item, year, period) are columns too, for the series, year and queue queries. Rows and
 * findings are not here: see {@link JdbcContentStore}.
 */
@Entity
@Table(name = "submission")
public class SubmissionEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 200)
  String id;

  @Column(name = "item_id", nullable = false, length = 60)
  String itemId;

  @Column(name = "item_year", nullable = false)
  int itemYear;

  @Column(name = "data_period", nullable = false, length = 20)
  String period;

  @Column(name = "version_no", nullable = false)
  int versionNo;

  @Column(name = "agency", nullable = false, length = 40)
  String agency;

  @Column(name = "status", nullable = false, length = 20)
  String status;

  @Embedded FileColumns original;

  @Column(name = "check_rows", nullable = false)
  long checkRows;

  @Column(name = "check_errors", nullable = false)
  long checkErrors;

  @Column(name = "check_warnings", nullable = false)
  long checkWarnings;

  @Column(name = "validation_letter", length = 64)
  String validationLetter;

  @Column(name = "withdrawal_reason", length = 4000)
  String withdrawalReason;

  @ElementCollection
  @CollectionTable(
      name = "submission_transition",
      joinColumns = @JoinColumn(name = "submission_id"))
  @OrderColumn(name = "idx")
  List<TransitionColumns> history = new ArrayList<>();

  /** For the provider. */
  protected SubmissionEntity() {}

  static SubmissionEntity blank() {
    return new SubmissionEntity();
  }

  void write(Submission s) {
    id = s.id().toString();
    itemId = s.id().item().toString();
    itemYear = s.id().item().year();
    period = s.id().period().toString();
    versionNo = s.id().version();
    agency = s.agency().value();
    status = s.status().name();
    original = FileColumns.of(s.original());
    checkRows = s.check().rows();
    checkErrors = s.check().errors();
    checkWarnings = s.check().warnings();
    validationLetter = s.validationLetter().orElse(null);
    withdrawalReason = s.withdrawalReason().orElse(null);
    history.clear();
    s.history().stream().map(TransitionColumns::of).forEach(history::add);
  }

  Submission toDomain() {
    return toDomain(history.stream().map(TransitionColumns::toDomain).toList());
  }

  /** The aggregate with a history read by other means (see {@link JpaSubmissionRepository}). */
  Submission toDomain(List<Transition> history) {
    return new Submission(
        SubmissionId.parse(id),
        AgencyCode.of(agency),
        SubmissionStatus.valueOf(status),
        FileColumns.toRef(original),
        new CheckSummary(checkRows, checkErrors, checkWarnings),
        history,
        Optional.ofNullable(validationLetter),
        Optional.ofNullable(withdrawalReason),
        getVersion());
  }
}
