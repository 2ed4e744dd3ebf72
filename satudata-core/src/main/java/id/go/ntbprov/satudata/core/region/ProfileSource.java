package id.go.ntbprov.satudata.core.region;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the files of a profile come from: a folder on the class path or a directory. Paths are
 * relative to the profile's base and use {@code /}.
 */
abstract class ProfileSource {

  /** The raw content of a file, or empty when it does not exist. */
  abstract Optional<byte[]> bytes(String path);

  /**
   * The names of the {@code .csv} files in a sub-folder, sorted; empty when the source cannot list
   * folders (the class path), an empty list when the folder does not exist.
   */
  abstract Optional<List<String>> csvFiles(String folder);

  /** A file's text; refuses a missing file or one that is not UTF-8. */
  final String read(String path) {
    return readIfPresent(path).orElseThrow(() -> ProfileTable.refuse(path, 0, "missing file"));
  }

  /** A file's text when the file exists; refuses one that is not UTF-8. */
  final Optional<String> readIfPresent(String path) {
    return bytes(path).map(b -> decode(path, b));
  }

  /**
   * Files in a folder of the class path, found with the core's (then the thread's) class loader.
   */
  static ProfileSource classpath(String basePath) {
    String base = basePath.strip();
    while (base.startsWith("/")) {
      base = base.substring(1);
    }
    String prefix = base.isEmpty() || base.endsWith("/") ? base : base + "/";
    return new ProfileSource() {
      @Override
      Optional<byte[]> bytes(String path) {
        InputStream in = open(RegionProfiles.class.getClassLoader(), prefix + path);
        if (in == null) {
          in = open(Thread.currentThread().getContextClassLoader(), prefix + path);
        }
        if (in == null) {
          return Optional.empty();
        }
        try (InputStream s = in) {
          return Optional.of(s.readAllBytes());
        } catch (IOException e) {
          throw ProfileTable.refuse(path, 0, "unreadable");
        }
      }

      @Override
      Optional<List<String>> csvFiles(String folder) {
        return Optional.empty();
      }
    };
  }

  /** Files in a directory of the file system. */
  static ProfileSource directory(Path dir) {
    return new ProfileSource() {
      @Override
      Optional<byte[]> bytes(String path) {
        Path file = dir.resolve(path);
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
          throw ProfileTable.refuse(path, 0, "unreadable");
        }
      }

      @Override
      Optional<List<String>> csvFiles(String folder) {
        Path sub = dir.resolve(folder);
        if (!Files.isDirectory(sub)) {
          return Optional.of(List.of());
        }
        try (Stream<Path> files = Files.list(sub)) {
          return Optional.of(
              files
                  .filter(Files::isRegularFile)
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".csv"))
                  .sorted()
                  .toList());
        } catch (IOException e) {
          throw ProfileTable.refuse(folder, 0, "unreadable");
        }
      }
    };
  }

  private static InputStream open(ClassLoader loader, String resource) {
    return loader == null ? null : loader.getResourceAsStream(resource);
  }

  /** Strict UTF-8 decoding; refuses malformed bytes at the line they occur on. */
  private static String decode(String path, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw ProfileTable.refuse(path, line, "not UTF-8");
    }
    return out.flip().toString();
  }
}
