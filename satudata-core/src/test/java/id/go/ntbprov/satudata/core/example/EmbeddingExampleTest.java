package id.go.ntbprov.satudata.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.SopFixture;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles, runs, and is what the README shows. */
class EmbeddingExampleTest {

  @Test
  void theExampleReportsFindingsAndTheRefusal() {
    List<String> out =
        EmbeddingExample.run(
            null,
            SopFixture.regionTable(
                "Jumlah Penduduk",
                AgencyCode.of("DPMPD"),
                "jumlah_penduduk",
                "jiwa",
                RegionLevel.REGENCY_CITY),
            List.of(
                new String[] {"5201", "2020", "721481"},
                new String[] {"5202", "2020", "satu juta"}));
    assertThat(out).anySatisfy(m -> assertThat(m).contains("Baris 3").contains("jumlah_penduduk"));
    assertThat(out)
        .anySatisfy(m -> assertThat(m).startsWith("STEP_NOT_PERMITTED_FOR_ROLE: Step PUBLISH"));
  }

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/id/go/ntbprov/satudata/core/example/EmbeddingExample.java"));
    String body =
        source.substring(
            source.indexOf("// embedding-example:start") + "// embedding-example:start".length(),
            source.indexOf("// embedding-example:end"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : body.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertThat(readme).as("README line").contains(line);
    }
  }
}
