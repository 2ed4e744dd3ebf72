package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.web.api.FileResource;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Files between the screens and the file store: an upload stored as the API stores it (size limit,
 * SHA-256), and a stored file offered as a download.
 */
public final class Uploads {

  private Uploads() {}

  /** Whether a file was chosen. */
  public static boolean chosen(UploadedFile file) {
    return file != null && file.getFileName() != null && !file.getFileName().isBlank();
  }

  /** Stores a chosen file, or nothing. Call inside {@code Feedback.perform}. */
  public static Optional<FileRef> store(SatuData app, UploadedFile file) {
    if (!chosen(file)) {
      return Optional.empty();
    }
    try (InputStream in = file.getInputStream()) {
      return Optional.of(FileResource.store(app, file.getFileName(), file.getContentType(), in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores a chosen file; refuses naming the field when none was chosen. */
  public static FileRef require(SatuData app, UploadedFile file, String field) {
    return store(app, file).orElseThrow(() -> new RuleViolation(Rule.INPUT_REQUIRED, field));
  }

  /** A stored file as a download. */
  public static StreamedContent download(FileRef ref) {
    String id = ref.id();
    return DefaultStreamedContent.builder()
        .name(ref.name())
        .contentType(ref.mediaType())
        .contentLength(ref.size())
        .stream(
            () -> {
              try {
                return CDI.current()
                    .select(SatuData.class)
                    .get()
                    .ports()
                    .files()
                    .open(id)
                    .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", id));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
