package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.rule.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The documents' texts: bundle {@code id/go/ntbprov/satudata/batch/report/labels}, Indonesian in
 * the base file and English in {@code labels_en}. Like the core's {@link Messages}, lookups never
 * fall back to the JVM's default locale: a server running in {@code en_US} still writes an
 * Indonesian report when asked for one.
 */
final class Labels {

  static final String BUNDLE = "id.go.ntbprov.satudata.batch.report.labels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Labels(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /** English for {@code en}, Indonesian for everything else. */
  static Labels of(Locale requested) {
    boolean english = requested != null && "en".equals(requested.getLanguage());
    Locale effective = english ? Locale.ENGLISH : ReportContext.INDONESIAN;
    return new Labels(effective, bundle(english ? Locale.ENGLISH : Locale.ROOT));
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_FALLBACK);
  }

  /** The locale numbers and dates are formatted in: the language actually used. */
  Locale locale() {
    return locale;
  }

  /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
  String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      // A missing label must not cost the governor his report: print the key instead.
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The core's name of a SOP step (its own bundle), e.g. "Publikasi di portal". */
  String step(id.go.ntbprov.satudata.core.sop.SopStep step) {
    return Messages.format(locale, step.messageKey());
  }
}
