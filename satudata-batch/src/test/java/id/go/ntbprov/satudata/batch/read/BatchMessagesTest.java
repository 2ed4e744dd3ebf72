package id.go.ntbprov.satudata.batch.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchMessagesTest {

  @Test
  void bothBundlesHaveTheSameKeys() {
    Set<String> id = BatchMessages.bundle(BatchMessages.INDONESIAN).keySet();
    Set<String> en = BatchMessages.bundle(Locale.ENGLISH).keySet();
    assertThat(en).containsExactlyInAnyOrderElementsOf(id);
  }

  @Test
  void everyProblemAndDelimiterHasATextInBothLanguages() {
    for (Locale locale : new Locale[] {BatchMessages.INDONESIAN, Locale.ENGLISH}) {
      ResourceBundle bundle = BatchMessages.bundle(locale);
      for (ReadProblem p : ReadProblem.values()) {
        assertThat(bundle.containsKey(p.messageKey())).as(p + " " + locale).isTrue();
      }
      for (Delimiter d : Delimiter.values()) {
        assertThat(bundle.containsKey("read.delimiter.name." + d.name().toLowerCase(Locale.ROOT)))
            .isTrue();
      }
    }
  }

  @Test
  void neverFallsBackToTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(BatchMessages.format(BatchMessages.INDONESIAN, "read.empty"))
          .startsWith("Berkas kosong");
      assertThat(BatchMessages.format(Locale.forLanguageTag("fr"), "read.empty"))
          .startsWith("Berkas kosong");
      assertThat(BatchMessages.format(Locale.ENGLISH, "read.empty"))
          .startsWith("The file is empty");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void messagesSayWhereInTheUsersLanguage() {
    ReadException e = new ReadException(ReadProblem.CSV_MALFORMED, "data.csv", 1234, "B");
    assertThat(e.message(BatchMessages.INDONESIAN)).startsWith("data.csv, baris 1234, kolom B: ");
    assertThat(e.message(Locale.ENGLISH)).startsWith("data.csv, row 1234, column B: ");
    assertThat(e.getMessage()).startsWith("CSV_MALFORMED: data.csv");
  }
}
