package id.go.ntbprov.satudata.core.rule;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the core's rules and findings, in Bahasa Indonesia (the default) and English.
 *
 * <p>The bundle {@code id/go/ntbprov/satudata/core/messages} holds Indonesian in its base file and
 * English in {@code messages_en}. Lookups never fall back to the JVM's default locale, so a server
 * running with {@code en_US} still answers an Indonesian user in Indonesian.
 */
public final class Messages {

  /** Bahasa Indonesia, the default language of the portal. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String BUNDLE = "id.go.ntbprov.satudata.core.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /**
   * Formats the text for {@code key} in {@code locale} with {@link MessageFormat} arguments.
   *
   * @return the formatted text, or the key itself followed by the arguments when the key is unknown
   */
  public static String format(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The label of an input field named by its technical key ({@code delivery.recipient} → "Penerima
   * laporan" / "Report recipient"), from the bundle's {@code field.*} texts. A key with a detail in
   * parentheses ({@code variable.codeList (kode_wilayah)}) keeps the detail after the label; an
   * unknown key is shown as it is.
   */
  public static String field(Locale locale, String key) {
    if (key == null || key.isBlank()) {
      return key;
    }
    ResourceBundle bundle = bundle(locale);
    String k = key.strip();
    if (bundle.containsKey("field." + k)) {
      return bundle.getString("field." + k);
    }
    int open = k.indexOf(" (");
    if (open > 0 && k.endsWith(")") && bundle.containsKey("field." + k.substring(0, open))) {
      return bundle.getString("field." + k.substring(0, open)) + k.substring(open);
    }
    return key;
  }

  /** True when the bundle holds a text for {@code key}. */
  public static boolean has(String key) {
    return bundle(INDONESIAN).containsKey(key);
  }

  /** The bundle for a locale: English for {@code en}, Indonesian for everything else. */
  public static ResourceBundle bundle(Locale locale) {
    Locale effective =
        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK);
  }
}
