package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.file.FileStore;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The import's private working copy of a stored original, for the readers, which need a file
 * (streaming XLSX reads the zip by random access). One copy per import, made by the first step that
 * needs it (reading the stored file through the store, so its SHA-256 is verified) and reused by
 * the next steps on the same machine; the job listener deletes it when the job ends. The original
 * in the file store is never touched.
 */
final class ImportFiles {

  private ImportFiles() {}

  /** The working copy of {@code fileId} for the import of {@code submission}, made if missing. */
  static Path workingCopy(FileStore files, String fileId, String submission) {
    FileRef ref =
        files.find(fileId).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId));
    Path copy = location(submission, fileId);
    try {
      if (Files.isRegularFile(copy) && Files.size(copy) == ref.size()) {
        return copy; // made by an earlier step of this import (written whole, then renamed)
      }
      Files.createDirectories(copy.getParent());
      Path part = Files.createTempFile(copy.getParent(), "copy-", ".part");
      try (InputStream in =
          files.open(fileId).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId))) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(part);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("copy of stored file " + fileId, e);
    }
  }

  /** Deletes the import's working copy, if any. */
  static void delete(String submission, String fileId) {
    if (submission == null || fileId == null) {
      return;
    }
    try {
      Files.deleteIfExists(location(submission, fileId));
    } catch (IOException e) {
      // A temporary file left behind is harmless; the import's outcome does not depend on it.
    }
  }

  private static Path location(String submission, String fileId) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "satudata-imports");
    if (!Files.isDirectory(dir)) {
      try {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException | IOException e) {
        // Not a POSIX file system, or made meanwhile: createDirectories in workingCopy settles it.
      }
    }
    String name = (submission + "-" + fileId).replaceAll("[^A-Za-z0-9._-]", "_");
    return dir.resolve(name + ".bin");
  }
}
