package id.go.ntbprov.satudata.batch.read;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the batch module (file readers), in Bahasa Indonesia (base bundle) and English ({@code
 * _en}), looked up like the core's {@code rule.Messages}: never falling back to the JVM's default
 * locale, so a server running in {@code en_US} still answers an Indonesian user in Indonesian.
 */
public final class BatchMessages {

  /** Bahasa Indonesia, the default language of the portal. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  static final String BUNDLE = "id.go.ntbprov.satudata.batch.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private BatchMessages() {}

  /** Formats the text for {@code key}; an unknown key comes back as itself with its arguments. */
  public static String format(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** The bundle for a locale: English for {@code en}, Indonesian for everything else. */
  public static ResourceBundle bundle(Locale locale) {
    Locale effective =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE, effective, BatchMessages.class.getClassLoader(), NO_FALLBACK);
  }
}
