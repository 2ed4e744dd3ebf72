package id.go.ntbprov.satudata.web.files;

import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.file.FileStore;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link FileStore} on a directory: each file is {@code <root>/<first two characters of id>/<id>}
 * (a random UUID), with its reference (name, media type, size, SHA-256) in the sidecar {@code
 * <id>.properties} beside it.
 *
 * <p>Why a sidecar and not a table: the folder stays self-describing (a backup of it alone can be
 * checked and restored), and no database transaction has to agree with the file system — a file
 * cannot be rolled back, so the aggregates that refer to a file keep its {@link FileRef} in their
 * own rows instead.
 *
 * <p>Storing writes a temporary file in the target's own directory while computing the SHA-256,
 * forces it to disk, then publishes it under its id without ever replacing an existing file (a hard
 * link, which fails when the name exists, or else an atomic move after a check). The sidecar is
 * published last: a file without one (a crash in between) is invisible. Nothing here deletes or
 * rewrites a published file. Reading checks that the content is there with its recorded size, and
 * the stream fails at its end if the content no longer matches its SHA-256.
 */
public final class DiskFileStore implements FileStore {

  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String SIDECAR = ".properties";

  private final Path root;

  /**
   * @param root the store's directory, created if missing
   * @throws UncheckedIOException when it cannot be created
   */
  public DiskFileStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create file store " + this.root, e);
    }
  }

  @Override
  public FileRef store(String name, String mediaType, InputStream content) throws IOException {
    String id = UUID.randomUUID().toString();
    Path dir = Files.createDirectories(root.resolve(id.substring(0, 2)));
    Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
    try {
      MessageDigest sha = sha256();
      long size;
      try (InputStream in = new DigestInputStream(content, sha);
          FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        size = in.transferTo(out);
        out.flush();
        channel.force(true);
      }
      FileRef ref = new FileRef(id, name, mediaType, size, HexFormat.of().formatHex(sha.digest()));
      publish(temp, dir.resolve(id));
      writeSidecar(dir, ref);
      forceDirectory(dir);
      return ref;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Optional<InputStream> open(String id) throws IOException {
    Optional<FileRef> ref = find(id);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    Path data = dataPath(id);
    long size;
    try {
      size = Files.size(data);
    } catch (NoSuchFileException e) {
      throw new IOException("stored file " + id + " has lost its content: " + data, e);
    }
    if (size != ref.get().size()) {
      throw new IOException(
          "stored file " + id + " has " + size + " bytes, " + ref.get().size() + " recorded");
    }
    return Optional.of(new VerifyingStream(Files.newInputStream(data), ref.get()));
  }

  @Override
  public Optional<FileRef> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty(); // also keeps "../" and the like out of the path
    }
    Path sidecar = dataPath(id).resolveSibling(id + SIDECAR);
    Properties p = new Properties();
    try (var reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sidecar, e);
    }
    return Optional.of(
        new FileRef(
            id,
            p.getProperty("name"),
            p.getProperty("mediaType"),
            Long.parseLong(p.getProperty("size")),
            p.getProperty("sha256")));
  }

  private Path dataPath(String id) {
    return root.resolve(id.substring(0, 2)).resolve(id);
  }

  private static void writeSidecar(Path dir, FileRef ref) throws IOException {
    Properties p = new Properties();
    p.setProperty("name", ref.name());
    p.setProperty("mediaType", ref.mediaType());
    p.setProperty("size", Long.toString(ref.size()));
    p.setProperty("sha256", ref.sha256());
    Path temp = Files.createTempFile(dir, ".incoming-", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          var writer =
              new java.io.OutputStreamWriter(
                  java.nio.channels.Channels.newOutputStream(channel), StandardCharsets.UTF_8)) {
        p.store(writer, "satudata file " + ref.id());
        writer.flush();
        channel.force(true);
      }
      publish(temp, dir.resolve(ref.id() + SIDECAR));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Gives {@code temp} the name {@code target}, refusing to replace an existing file. */
  private static void publish(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp); // atomic, and fails if target exists
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // No hard links here (some network or FAT file systems): check, then move atomically.
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Makes the new names durable too; not every platform can open a directory, which is fine. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Best effort: the file contents themselves are already forced.
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Fails at the end of the stream when the bytes read do not hash to the recorded SHA-256. */
  private static final class VerifyingStream extends FilterInputStream {
    private final MessageDigest sha = sha256();
    private final FileRef ref;
    private boolean checked;

    VerifyingStream(InputStream in, FileRef ref) {
      super(in);
      this.ref = ref;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        check();
      } else {
        sha.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n < 0) {
        check();
      } else {
        sha.update(buf, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes must be hashed too: read them.
      byte[] buf = new byte[8192];
      long left = n;
      while (left > 0) {
        int r = read(buf, 0, (int) Math.min(buf.length, left));
        if (r < 0) {
          break;
        }
        left -= r;
      }
      return n - left;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void check() throws IOException {
      if (checked) {
        return;
      }
      checked = true;
      String actual = HexFormat.of().formatHex(sha.digest());
      if (!actual.equals(ref.sha256())) {
        throw new IOException(
            "stored file " + ref.id() + " is corrupt: SHA-256 " + actual + ", " + ref.sha256());
      }
    }
  }
}
