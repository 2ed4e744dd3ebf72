package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.Availability;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table {@code data_item} with child table {@code item_recommendation}. The definition's scalars
 * (title, producer, periodicity ...) are columns for the catalogue's queries; its deep parts are
 * {@code definition_json} ({@link ItemDocument}).
 */
@Entity
@Table(name = "data_item")
public class DataItemEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 60)
  String id;

  @Column(name = "list_year", nullable = false)
  int year;

  @Column(name = "code", nullable = false, length = 40)
  String code;

  @Column(name = "title", nullable = false, length = 500)
  String title;

  @Column(name = "description", nullable = false, length = 4000)
  String description;

  @Column(name = "topic", nullable = false, length = 200)
  String topic;

  @Column(name = "producer", nullable = false, length = 40)
  String producer;

  @Column(name = "periodicity", nullable = false, length = 20)
  String periodicity;

  @Column(name = "disaggregation", nullable = false, length = 20)
  String disaggregation;

  @Column(name = "priority", nullable = false)
  boolean priority;

  @Column(name = "definition_json", nullable = false)
  String definitionJson;

  @Column(name = "status", nullable = false, length = 20)
  String status;

  @Column(name = "agreed_in_meeting", length = 100)
  String agreedInMeeting;

  @Column(name = "agreed_at")
  Instant agreedAt;

  @Column(name = "availability_status", length = 20)
  String availabilityStatus;

  @Column(name = "availability_reason", length = 4000)
  String availabilityReason;

  @Column(name = "availability_checked_at")
  Instant availabilityCheckedAt;

  @Column(name = "availability_checked_by", length = 100)
  String availabilityCheckedBy;

  @Column(name = "proposed_at", nullable = false)
  Instant proposedAt;

  @ElementCollection
  @CollectionTable(name = "item_recommendation", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "idx")
  List<RecommendationColumns> recommendations = new ArrayList<>();

  /** For the provider. */
  protected DataItemEntity() {}

  static DataItemEntity blank() {
    return new DataItemEntity();
  }

  void write(DataItem item) {
    ItemDefinition d = item.definition();
    id = item.id().toString();
    year = item.id().year();
    code = item.id().code();
    title = d.title();
    description = d.description();
    topic = d.topic();
    producer = d.producer().value();
    periodicity = d.periodicity().name();
    disaggregation = d.disaggregation().name();
    priority = d.priority();
    definitionJson = Json.write(ItemDocument.of(d.standard(), d.metadata(), d.structure()));
    status = item.status().name();
    agreedInMeeting = item.agreedInMeeting().orElse(null);
    agreedAt = item.agreedAt().orElse(null);
    Availability a = item.availability().orElse(null);
    availabilityStatus = a == null ? null : a.status().name();
    availabilityReason = a == null ? null : a.reason();
    availabilityCheckedAt = a == null ? null : a.checkedAt();
    availabilityCheckedBy = a == null || a.checkedBy() == null ? null : a.checkedBy().value();
    proposedAt = item.proposedAt();
    recommendations.clear();
    item.recommendations().stream().map(RecommendationColumns::of).forEach(recommendations::add);
  }

  DataItem toDomain() {
    ItemDocument doc = Json.read(definitionJson, ItemDocument.class);
    ItemDefinition d =
        new ItemDefinition(
            title,
            description,
            topic,
            AgencyCode.of(producer),
            doc.standardValue(),
            Periodicity.valueOf(periodicity),
            RegionLevel.valueOf(disaggregation),
            priority,
            doc.metadataValue(),
            doc.structureValue());
    Optional<Availability> availability =
        Optional.ofNullable(availabilityStatus)
            .map(
                s ->
                    new Availability(
                        AvailabilityStatus.valueOf(s),
                        availabilityReason,
                        availabilityCheckedAt,
                        availabilityCheckedBy == null
                            ? null
                            : AccountId.of(availabilityCheckedBy)));
    return new DataItem(
        new DataItemId(year, code),
        d,
        ItemStatus.valueOf(status),
        recommendations.stream().map(RecommendationColumns::toDomain).toList(),
        Optional.ofNullable(agreedInMeeting),
        Optional.ofNullable(agreedAt),
        availability,
        proposedAt,
        getVersion());
  }
}
