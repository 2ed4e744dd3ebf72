package id.go.ntbprov.satudata.web.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Text folding for search: lower case, accents removed, split into words. */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  /** Lower case without accents: "Ésta Kabupaten" is "esta kabupaten". */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The folded words of a text (letters and digits; {@code _} and other marks split words). */
  public static List<String> words(String s) {
    String f = fold(s);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= f.length(); i++) {
      boolean letter = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(f.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** The sorted distinct words of several texts. */
  static String[] vocabulary(List<String> texts) {
    TreeSet<String> set = new TreeSet<>();
    for (String t : texts) {
      set.addAll(words(t));
    }
    return set.toArray(String[]::new);
  }
}
