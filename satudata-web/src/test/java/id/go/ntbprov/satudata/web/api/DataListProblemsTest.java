package id.go.ntbprov.satudata.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.batch.datalist.DataListProblem;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refused data list import's problems, read from their file and told in the asked language. */
class DataListProblemsTest {

  private final SatuData app = SatuData.inMemory(RegionProfiles.ntb(), Clock.systemUTC());

  private String refusedWith(List<DataListProblem> problems) throws IOException {
    FileRef f =
        app.ports()
            .files()
            .store(
                "p.tsv",
                "text/tab-separated-values",
                new ByteArrayInputStream(
                    DataListProblem.encode(problems).getBytes(StandardCharsets.UTF_8)));
    return "problems=" + problems.size() + " file=" + f.id();
  }

  @Test
  void theProblemsAreToldInIndonesianOrEnglish() throws IOException {
    String exit =
        refusedWith(
            List.of(
                DataListProblem.text(
                    "Variabel", 4, "tipe", "datalist.unknownValue", "BILANGAN", "[INTEGER]"),
                DataListProblem.rule(
                    "Butir", 2, "judul", new RuleViolation(Rule.INPUT_REQUIRED, "item.title"))));
    List<DataListImportResource.ProblemView> id =
        DataListImportResource.problems(app, exit, Messages.INDONESIAN);
    assertThat(id)
        .extracting(DataListImportResource.ProblemView::message)
        .containsExactly(
            "'BILANGAN' tidak dikenal; pilihan: [INTEGER]", "Isian Judul butir wajib diisi.");
    assertThat(id.get(0).sheet()).isEqualTo("Variabel");
    assertThat(id.get(0).row()).isEqualTo(4);
    assertThat(id.get(0).column()).isEqualTo("tipe");
    assertThat(id.get(1).kind()).isEqualTo("RULE");
    assertThat(id.get(1).key()).isEqualTo("INPUT_REQUIRED");
    assertThat(id.get(1).args()).containsExactly("item.title");
    assertThat(DataListImportResource.problems(app, exit, Locale.ENGLISH))
        .extracting(DataListImportResource.ProblemView::message)
        .containsExactly(
            "'BILANGAN' is unknown; choices: [INTEGER]", "Field Item title is required.");
  }

  @Test
  void anotherExitStatusOrAMissingFileHasNoProblems() {
    assertThat(DataListImportResource.problems(app, "proposed=1 present=0", Locale.ENGLISH))
        .isEmpty();
    assertThat(DataListImportResource.problems(app, "problems=2 file=gone", Locale.ENGLISH))
        .isEmpty();
    assertThat(DataListImportResource.problems(app, null, Locale.ENGLISH)).isEmpty();
  }
}
