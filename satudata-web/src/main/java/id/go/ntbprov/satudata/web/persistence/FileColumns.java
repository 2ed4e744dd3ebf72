package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.file.FileRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * An optional {@link FileRef} as five columns. Each table refers to at most one file, so the
 * columns have the same names everywhere ({@code file_id}, {@code file_name} ...).
 */
@Embeddable
public class FileColumns {

  @Column(name = "file_id", length = 64)
  String fileId;

  @Column(name = "file_name", length = 500)
  String name;

  @Column(name = "file_media_type", length = 200)
  String mediaType;

  @Column(name = "file_size")
  Long size;

  @Column(name = "file_sha256", length = 64)
  String sha256;

  /** For the provider. */
  protected FileColumns() {}

  static FileColumns of(Optional<FileRef> ref) {
    FileColumns c = new FileColumns();
    ref.ifPresent(
        r -> {
          c.fileId = r.id();
          c.name = r.name();
          c.mediaType = r.mediaType();
          c.size = r.size();
          c.sha256 = r.sha256();
        });
    return c;
  }

  /** Present when a file id is stored: EclipseLink reads an all-null embeddable as null. */
  static Optional<FileRef> toRef(FileColumns c) {
    if (c == null || c.fileId == null) {
      return Optional.empty();
    }
    return Optional.of(new FileRef(c.fileId, c.name, c.mediaType, c.size, c.sha256));
  }
}
