package id.go.ntbprov.satudata.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.reference.CodeList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Helpers of the profile tests. */
final class ProfileAssertions {

  static final String MATARAM = "/profiles/mataram/";

  private ProfileAssertions() {}

  /** Asserts two profiles hold the same data (CodeList has no value equality). */
  static void assertSameContent(RegionProfile actual, RegionProfile expected) {
    assertThat(actual.code()).isEqualTo(expected.code());
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.zone()).isEqualTo(expected.zone());
    assertThat(actual.agencies()).isEqualTo(expected.agencies());
    assertThat(actual.steps().asMap()).isEqualTo(expected.steps().asMap());
    assertThat(actual.timeStandards().all())
        .containsExactlyElementsOf(expected.timeStandards().all());
    assertThat(actual.codeLists())
        .extracting(CodeList::id)
        .containsExactlyElementsOf(expected.codeLists().stream().map(CodeList::id).toList());
    for (CodeList list : expected.codeLists()) {
      CodeList other = actual.codeList(list.id()).orElseThrow();
      assertThat(other.name()).isEqualTo(list.name());
      assertThat(other.codes()).isEqualTo(list.codes());
    }
  }

  /** Copies the class-path Mataram test profile into {@code target}. */
  static Path copyMataram(Path target) {
    try {
      Path source = Path.of(ProfileAssertions.class.getResource(MATARAM).toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Path dest = target.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(p, dest);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes one file of a profile directory, creating its folder. */
  static void write(Path dir, String file, String... lines) {
    writeText(dir, file, String.join("\n", List.of(lines)) + "\n");
  }

  /** Writes one file of a profile directory as is. */
  static void writeText(Path dir, String file, String text) {
    writeBytes(dir, file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes one file of a profile directory as raw bytes. */
  static void writeBytes(Path dir, String file, byte[] bytes) {
    try {
      Path p = dir.resolve(file);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
