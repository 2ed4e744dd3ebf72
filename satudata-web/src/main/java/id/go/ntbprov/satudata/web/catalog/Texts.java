package id.go.ntbprov.satudata.web.catalog;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the public catalogue (bundle {@code id/go/ntbprov/satudata/web/catalog/texts}: Bahasa
 * Indonesia by default, English for {@code en}).
 */
public final class Texts {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "id.go.ntbprov.satudata.web.catalog.texts",
            locale,
            Texts.class.getClassLoader(),
            NO_FALLBACK);
  }

  private static final Texts INDONESIAN = new Texts(Locale.ROOT);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  /** Indonesian unless the locale's language is English. */
  public static Texts of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
  }

  /**
   * The texts of a request's {@code Accept-Language}; Indonesian when it names none (a servlet
   * container would otherwise answer with its own default locale).
   */
  public static Texts of(jakarta.servlet.http.HttpServletRequest request) {
    return of(request.getHeader("Accept-Language") == null ? Locale.ROOT : request.getLocale());
  }

  /** The language code of these texts: {@code id} or {@code en}. */
  public String language() {
    return locale.equals(Locale.ENGLISH) ? "en" : "id";
  }

  /** The text of a key with its arguments. */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
