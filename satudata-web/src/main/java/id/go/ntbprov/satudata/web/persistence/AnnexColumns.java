package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.evaluation.ReportAnnex;
import id.go.ntbprov.satudata.core.file.FileRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A row of {@code report_annex}: one {@link ReportAnnex} of an evaluation report (primary key:
 * report and kind). The file's columns are spelt out, as in {@link DeliveryColumns}.
 */
@Embeddable
public class AnnexColumns {

  @Column(name = "kind", nullable = false, length = 20)
  String kind;

  @Column(name = "file_id", nullable = false, length = 64)
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
  protected AnnexColumns() {}

  static AnnexColumns of(ReportAnnex a) {
    AnnexColumns c = new AnnexColumns();
    c.kind = a.kind().name();
    FileRef f = a.file();
    c.fileId = f.id();
    c.fileName = f.name();
    c.fileMediaType = f.mediaType();
    c.fileSize = f.size();
    c.fileSha256 = f.sha256();
    return c;
  }

  ReportAnnex toDomain() {
    return new ReportAnnex(
        ReportAnnex.Kind.valueOf(kind),
        new FileRef(fileId, fileName, fileMediaType, fileSize, fileSha256));
  }
}
