package id.go.ntbprov.satudata.batch.datalist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.batch.read.BatchMessages;
import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadProblem;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data list problems travel as data and are told in the reader's language. */
class DataListProblemTest {

  @TempDir Path dir;

  @Test
  void aListSurvivesEncodingWhateverItsTextsHold() throws IOException {
    List<DataListProblem> problems =
        List.of(
            DataListProblem.text("Butir", 4, "kode", "datalist.duplicateCode", 2L),
            DataListProblem.text(
                "Variabel", 8, "tipe", "datalist.unknownValue", "a\tb\\c\nd\re", "[INTEGER]"),
            DataListProblem.rule(
                "Butir", 3, "judul", new RuleViolation(Rule.INPUT_REQUIRED, "item.title")),
            new DataListProblem(
                "Butir",
                0,
                "",
                DataListProblem.Kind.TEXT,
                "x",
                List.of(7, new BigDecimal("1.5"), "", "n1", "s")),
            DataListProblem.read(
                "Variabel",
                ReadException.ofFile(ReadProblem.SHEET_NOT_FOUND, "f.xlsx", "Variabel", "[A]")));
    String text = DataListProblem.encode(problems);
    assertThat(text).startsWith(DataListProblem.HEADER + "\n");
    assertThat(text.lines()).hasSize(6);
    assertThat(DataListProblem.decode(new StringReader(text))).isEqualTo(problems);
  }

  @Test
  void somethingElseIsNotReadAsProblems() {
    assertThatThrownBy(() -> DataListProblem.decode(new StringReader("proposed=1 present=0")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                DataListProblem.decode(
                    new StringReader(DataListProblem.HEADER + "\nButir\tx\t\tTEXT\tk\n")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                DataListProblem.decode(
                    new StringReader(DataListProblem.HEADER + "\nButir\t1\t\tTEXT\tk\tqoops\n")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aProblemIsToldInIndonesianByDefaultAndInEnglishWhenAsked() {
    DataListProblem bad =
        DataListProblem.text("Butir", 3, "periodisitas", "datalist.periodicity", "kadang");
    assertThat(bad.toString())
        .isEqualTo(
            "Butir, baris 3, kolom periodisitas: 'kadang': tulis tahunan, triwulanan atau bulanan");
    assertThat(bad.line(Locale.ENGLISH))
        .isEqualTo(
            "Butir, row 3, column periodisitas: 'kadang': write tahunan, triwulanan or bulanan");
    assertThat(bad.line(Locale.forLanguageTag("fr"))).isEqualTo(bad.toString());
  }

  @Test
  void aCoreRefusalIsToldByItsRuleWithTheFieldsLabel() {
    DataListProblem p =
        DataListProblem.rule(
            "Butir", 2, "judul", new RuleViolation(Rule.INPUT_REQUIRED, "item.title"));
    assertThat(p.key()).isEqualTo("INPUT_REQUIRED");
    assertThat(p.message(BatchMessages.INDONESIAN)).isEqualTo("Isian Judul butir wajib diisi.");
    assertThat(p.line(Locale.ENGLISH))
        .isEqualTo("Butir, row 2, column judul: Field Item title is required.");
  }

  @Test
  void anUnknownKeyStillSaysSomething() {
    DataListProblem p =
        new DataListProblem(
            "Butir", 1, "", DataListProblem.Kind.RULE, "NO_SUCH_RULE", List.of("a"));
    assertThat(p.message(Locale.ENGLISH)).isEqualTo("NO_SUCH_RULE [a]");
  }

  @Test
  void theWorkbookReportsACoreRefusalInItsColumn() throws IOException {
    List<String> untitled = new java.util.ArrayList<>(DataListWorkbookTest.ITEM);
    untitled.set(1, " ");
    DataListWorkbook.Result r =
        DataListWorkbook.read(
            DataListWorkbookTest.workbook(
                dir, List.of(untitled), DataListWorkbookTest.variables("KEP-001")),
            2026);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(DataListProblem.Kind.RULE);
              assertThat(p.column()).isEqualTo("judul");
              assertThat(p.line(Locale.ENGLISH))
                  .isEqualTo("Butir, row 2, column judul: Field Item title is required.");
              assertThat(p.toString())
                  .isEqualTo("Butir, baris 2, kolom judul: Isian Judul butir wajib diisi.");
            });
  }

  @Test
  void anExitStatusNamesARefusalOrNot() {
    assertThat(DataListImportJob.refusal("problems=3 file=ab-12"))
        .contains(new DataListImportJob.Refusal(3, "ab-12"));
    assertThat(DataListImportJob.refusal("proposed=2 present=0")).isEmpty();
    assertThat(DataListImportJob.refusal(null)).isEmpty();
  }
}
