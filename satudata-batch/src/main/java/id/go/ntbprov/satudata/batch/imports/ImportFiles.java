package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.file.FileStore;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A private working copy of a stored original for the readers, which need a file (streaming XLSX
 * reads the zip by random access). The original in the file store is never touched.
 */
final class ImportFiles {

  private ImportFiles() {}

  static Path workingCopy(FileStore files, String fileId) {
    try (InputStream in =
        files.open(fileId).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId))) {
      Path copy = Files.createTempFile("satudata-import-", ".bin");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("copy of stored file " + fileId, e);
    }
  }

  static void delete(Path copy) {
    if (copy == null) {
      return;
    }
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      // A temporary file left behind is harmless; the import's outcome does not depend on it.
    }
  }
}
