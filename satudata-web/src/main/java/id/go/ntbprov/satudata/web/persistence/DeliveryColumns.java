package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.core.file.FileRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A row of {@code report_delivery}: one {@link ReportDelivery}. The delivered document's columns
 * are spelt out rather than a nested {@link FileColumns}: nested embeddables inside element
 * collections are where JPA providers differ most.
 */
@Embeddable
public class DeliveryColumns {

  @Column(name = "delivered_at", nullable = false)
  Instant deliveredAt;

  @Column(name = "recipient", nullable = false, length = 300)
  String recipient;

  @Column(name = "document_reference", nullable = false, length = 200)
  String documentReference;

  @Column(name = "delivered_by", length = 100)
  String deliveredBy;

  @Column(name = "file_id", length = 64)
  String fileId;

  @Column(name = "file_name", length = 500)
  String fileName;

  @Column(name = "file_media_type", length = 200)
  String fileMediaType;

  @Column(name = "file_size")
  Long fileSize;

  @Column(name = "file_sha256", length = 64)
  String fileSha256;

  /** For the provider. */
  protected DeliveryColumns() {}

  static DeliveryColumns of(ReportDelivery d) {
    DeliveryColumns c = new DeliveryColumns();
    c.deliveredAt = d.deliveredAt();
    c.recipient = d.recipient();
    c.documentReference = d.documentReference();
    c.deliveredBy = d.deliveredBy() == null ? null : d.deliveredBy().value();
    FileRef f = d.document();
    if (f != null) {
      c.fileId = f.id();
      c.fileName = f.name();
      c.fileMediaType = f.mediaType();
      c.fileSize = f.size();
      c.fileSha256 = f.sha256();
    }
    return c;
  }

  ReportDelivery toDomain() {
    return new ReportDelivery(
        deliveredAt,
        recipient,
        documentReference,
        fileId == null ? null : new FileRef(fileId, fileName, fileMediaType, fileSize, fileSha256),
        deliveredBy == null ? null : AccountId.of(deliveredBy));
  }
}
