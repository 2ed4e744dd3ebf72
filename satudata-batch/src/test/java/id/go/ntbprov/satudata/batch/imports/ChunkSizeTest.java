package id.go.ntbprov.satudata.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The import's chunk size: default, configured, refused. */
class ChunkSizeTest {

  private static final String KEY = "satudata.import.chunk-size";

  @AfterEach
  void clear() {
    System.clearProperty(KEY);
  }

  @Test
  void defaultsToFiftyThousandRows() {
    System.clearProperty(KEY);
    // The environment variable may be set where the tests run; only check it is not malformed.
    String env = System.getenv("SATUDATA_IMPORT_CHUNK_SIZE");
    if (env == null || env.isBlank()) {
      assertThat(ImportLauncher.chunkSize()).isEqualTo(50_000);
    }
    assertThat(ImportJob.DEFAULT_CHUNK_SIZE).isEqualTo(50_000);
  }

  @Test
  void theSettingIsUsed() {
    System.setProperty(KEY, " 5000 ");
    assertThat(ImportLauncher.chunkSize()).isEqualTo(5_000);
    System.setProperty(KEY, "1");
    assertThat(ImportLauncher.chunkSize()).isEqualTo(1);
  }

  @Test
  void aBadSettingIsRefusedNamingIt() {
    for (String bad : new String[] {"0", "-5", "1000001", "banyak", "10k"}) {
      System.setProperty(KEY, bad);
      assertThatThrownBy(ImportLauncher::chunkSize)
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("SATUDATA_IMPORT_CHUNK_SIZE")
          .hasMessageContaining("'" + bad + "'");
    }
  }
}
