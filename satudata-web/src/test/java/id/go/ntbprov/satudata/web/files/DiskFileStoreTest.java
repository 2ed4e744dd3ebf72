package id.go.ntbprov.satudata.web.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.file.InMemoryFileStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiskFileStoreTest {

  private Path root;
  private DiskFileStore store;

  @BeforeEach
  void newStore() throws IOException {
    Files.createDirectories(Path.of("target"));
    root = Files.createTempDirectory(Path.of("target"), "files-");
    store = new DiskFileStore(root.resolve("store"));
  }

  @Test
  void storesFindsAndOpens() throws IOException {
    byte[] content = new byte[3_000_000];
    new Random(1).nextBytes(content);
    FileRef ref =
        store.store("laporan Q1 — final.pdf", "application/pdf", new ByteArrayInputStream(content));
    assertThat(ref.size()).isEqualTo(content.length);
    assertThat(ref.sha256()).isEqualTo(InMemoryFileStore.sha256(content));
    assertThat(ref.name()).isEqualTo("laporan Q1 — final.pdf");
    assertThat(store.find(ref.id())).contains(ref);
    try (InputStream in = store.open(ref.id()).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }
    // A new store on the same folder (a restart) knows the file.
    assertThat(new DiskFileStore(root.resolve("store")).find(ref.id())).contains(ref);
    // No temporary file is left behind.
    try (Stream<Path> all = Files.walk(root)) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void emptyFileAndTwoStoresOfTheSameContent() throws IOException {
    FileRef empty = store.store("kosong.txt", null, InputStream.nullInputStream());
    assertThat(empty.size()).isZero();
    assertThat(empty.mediaType()).isEqualTo("application/octet-stream");
    FileRef a = store.store("a", "text/plain", stream("sama"));
    FileRef b = store.store("a", "text/plain", stream("sama"));
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(a.sha256()).isEqualTo(b.sha256());
    assertThat(store.open(empty.id()).orElseThrow().readAllBytes()).isEmpty();
  }

  @Test
  void unknownAndMalformedIdsAreAbsent() throws IOException {
    assertThat(store.find("00000000-0000-4000-8000-000000000000")).isEmpty();
    assertThat(store.open("00000000-0000-4000-8000-000000000000")).isEmpty();
    assertThat(store.find("../../etc/passwd")).isEmpty();
    assertThat(store.open("../store")).isEmpty();
    assertThat(store.find(null)).isEmpty();
  }

  @Test
  void missingOrAlteredContentIsReported() throws IOException {
    FileRef gone = store.store("a.pdf", "application/pdf", stream("isi"));
    Files.delete(dataFile(gone));
    assertThatThrownBy(() -> store.open(gone.id()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("lost its content");

    FileRef cut = store.store("b.pdf", "application/pdf", stream("isi panjang"));
    Files.writeString(dataFile(cut), "isi");
    assertThatThrownBy(() -> store.open(cut.id()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bytes");

    FileRef altered = store.store("c.pdf", "application/pdf", stream("abc"));
    Files.writeString(dataFile(altered), "abd");
    try (InputStream in = store.open(altered.id()).orElseThrow()) {
      assertThatThrownBy(in::readAllBytes)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("corrupt");
    }
  }

  @Test
  void aFailedUploadLeavesNothing() throws IOException {
    InputStream failing =
        new InputStream() {
          private int n;

          @Override
          public int read() throws IOException {
            if (n++ > 10_000) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };
    assertThatThrownBy(() -> store.store("x.bin", null, failing)).hasMessage("connection reset");
    try (Stream<Path> all = Files.walk(root.resolve("store"))) {
      assertThat(all.filter(Files::isRegularFile)).isEmpty();
    }
  }

  private Path dataFile(FileRef ref) {
    return root.resolve("store").resolve(ref.id().substring(0, 2)).resolve(ref.id());
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
