package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The screens' texts as {@code #{t['key']}}: bundle {@code
 * id/go/ntbprov/satudata/web/screens/texts} (Bahasa Indonesia, the root) and {@code texts_en}.
 * Loaded without the JVM's default-locale fallback, which would otherwise show English to an
 * Indonesian user on an English server.
 */
@Named("t")
@RequestScoped
public class Texts extends AbstractMap<String, String> {

  static final String BUNDLE = "id.go.ntbprov.satudata.web.screens.texts";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Inject LocaleSelection selection;

  /** The bundle for a locale: English for {@code en}, Bahasa Indonesia otherwise. */
  public static ResourceBundle bundle(Locale locale) {
    Locale effective =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, effective, Texts.class.getClassLoader(), NO_FALLBACK);
  }

  /** A text with its {@link MessageFormat} arguments; a missing key shows as {@code ???key???}. */
  public static String format(Locale locale, String key, Object... args) {
    try {
      String pattern = bundle(locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  /** A text in the current user's language. */
  public String text(String key, Object... args) {
    return format(selection.getLocale(), key, args);
  }

  @Override
  public String get(Object key) {
    return format(selection.getLocale(), String.valueOf(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return bundle(selection.getLocale()).containsKey(String.valueOf(key));
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    throw new UnsupportedOperationException("texts are looked up by key");
  }
}
