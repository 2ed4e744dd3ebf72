package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {

  static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    Properties id = load("texts.properties");
    Properties en = load("texts_en.properties");
    assertThat(id.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    for (String k : id.stringPropertyNames()) {
      assertThat(id.getProperty(k)).as(k).isNotBlank();
      assertThat(en.getProperty(k)).as(k).isNotBlank();
    }
  }

  @Test
  void indonesianByDefaultEnglishOnRequest() {
    assertThat(Texts.of(Locale.ROOT).get("home.results", 3)).isEqualTo("3 dataset ditemukan");
    assertThat(Texts.of(Locale.forLanguageTag("id-ID")).language()).isEqualTo("id");
    assertThat(Texts.of(Locale.forLanguageTag("en-GB")).get("home.results", 3))
        .isEqualTo("3 datasets found");
    assertThat(Texts.of((java.util.Locale) null).language()).isEqualTo("id");
  }
}
