package id.go.ntbprov.satudata.batch.export;

import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.rule.Messages;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@link Finding#message(Locale)} for one export, without looking up the bundle and parsing the
 * pattern again for every finding: one {@link MessageFormat} per rule and language, built on first
 * use. Same arguments as {@link Finding#message} (row and column letter as strings, see there);
 * {@code FindingsExportTest} checks the texts are equal. Not thread-safe: one per export.
 */
final class MessageCache {

  private final Language indonesian = new Language(Messages.INDONESIAN);
  private final Language english = new Language(Locale.ENGLISH);

  String indonesian(Finding f) {
    return indonesian.format(f);
  }

  String english(Finding f) {
    return english.format(f);
  }

  private static final class Language {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<CheckRule, MessageFormat> formats = new EnumMap<>(CheckRule.class);

    Language(Locale locale) {
      this.locale = locale;
      this.bundle = Messages.bundle(locale);
    }

    String format(Finding f) {
      MessageFormat format = formats.get(f.rule());
      if (format == null) {
        try {
          format = new MessageFormat(bundle.getString(f.rule().messageKey()), locale);
        } catch (MissingResourceException e) {
          return f.message(locale);
        }
        formats.put(f.rule(), format);
      }
      Object[] all = new Object[4 + f.args().size()];
      all[0] = Long.toString(f.row());
      all[1] = f.column();
      all[2] = f.value();
      all[3] = f.columnLetter();
      for (int i = 0; i < f.args().size(); i++) {
        all[4 + i] = f.args().get(i);
      }
      return format.format(all);
    }
  }
}
