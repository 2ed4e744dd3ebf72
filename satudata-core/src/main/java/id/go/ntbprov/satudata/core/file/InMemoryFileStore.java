package id.go.ntbprov.satudata.core.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link FileStore}, for tests and small embeddings. */
public final class InMemoryFileStore implements FileStore {

  private record Stored(FileRef ref, byte[] bytes) {}

  private final Map<String, Stored> files = new ConcurrentHashMap<>();

  @Override
  public FileRef store(String name, String mediaType, InputStream content) throws IOException {
    byte[] bytes = content.readAllBytes();
    FileRef ref =
        new FileRef(UUID.randomUUID().toString(), name, mediaType, bytes.length, sha256(bytes));
    files.put(ref.id(), new Stored(ref, bytes));
    return ref;
  }

  @Override
  public Optional<InputStream> open(String id) {
    return Optional.ofNullable(files.get(id)).map(s -> new ByteArrayInputStream(s.bytes()));
  }

  @Override
  public Optional<FileRef> find(String id) {
    return Optional.ofNullable(files.get(id)).map(Stored::ref);
  }

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
