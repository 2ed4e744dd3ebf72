package id.go.ntbprov.satudata.web.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the web adapters (bundle {@code id/go/ntbprov/satudata/web/messages}, Bahasa Indonesia
 * by default, English for {@code en}); the core's rules have their own bundle.
 */
final class WebMessages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private WebMessages() {}

  static ResourceBundle bundle(Locale locale) {
    Locale effective =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        "id.go.ntbprov.satudata.web.messages",
        effective,
        WebMessages.class.getClassLoader(),
        NO_FALLBACK);
  }

  static String format(Locale locale, String key, Object... args) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(args);
  }
}
