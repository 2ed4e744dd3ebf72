package id.go.ntbprov.satudata.core.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Port: where originals, scanned letters and report documents are kept. Stored files are never
 * changed; a failed step never removes one.
 */
public interface FileStore {

  /** Stores the content and returns its reference, with size and SHA-256 computed while reading. */
  FileRef store(String name, String mediaType, InputStream content) throws IOException;

  /** Opens a stored file, if it exists. */
  Optional<InputStream> open(String id) throws IOException;

  /** The reference of a stored file, if it exists. */
  Optional<FileRef> find(String id);
}
