package id.go.ntbprov.satudata.web.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The screens' bundles: both languages hold the same keys, and lookups never fall back wrongly. */
class TextsTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void indonesianAndEnglishTextsHaveTheSameKeys() throws IOException {
    Properties id = load("texts.properties");
    Properties en = load("texts_en.properties");
    assertThat(id.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    id.forEach((k, v) -> assertThat((String) v).as("id " + k).isNotBlank());
    en.forEach((k, v) -> assertThat((String) v).as("en " + k).isNotBlank());
  }

  @Test
  void facesOwnMessagesExistInBothLanguages() throws IOException {
    assertThat(load("faces_id.properties").stringPropertyNames())
        .isNotEmpty()
        .isEqualTo(load("faces.properties").stringPropertyNames());
  }

  @Test
  void everyScreenAndMenuGroupHasAName() throws IOException {
    Properties id = load("texts.properties");
    for (Screen s : Screen.values()) {
      assertThat(id).containsKey(s.titleKey());
    }
    for (Screen.Group g : Screen.Group.values()) {
      assertThat(id).containsKey("nav.group." + g.name());
    }
  }

  @Test
  void indonesianIsTheDefaultWhateverTheServersLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Texts.format(LocaleSelection.INDONESIAN, "nav.signOut")).isEqualTo("Keluar");
      assertThat(Texts.format(Locale.ENGLISH, "nav.signOut")).isEqualTo("Sign out");
      assertThat(Texts.format(Locale.FRENCH, "nav.signOut")).isEqualTo("Keluar");
      assertThat(Texts.format(Locale.ENGLISH, "no.such.key")).isEqualTo("???no.such.key???");
    } finally {
      Locale.setDefault(before);
    }
  }
}
