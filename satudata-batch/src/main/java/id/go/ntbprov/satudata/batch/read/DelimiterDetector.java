package id.go.ntbprov.satudata.batch.read;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds a CSV's delimiter from the first block. Each candidate (comma, semicolon, tab) splits the
 * sample with the real CSV parser, so delimiters inside quotes do not count; its field counts per
 * non-blank record give a mode (the usual width) and a consistency (the share of records of that
 * width; title rows lower it a little). A candidate fits when its mode is at least 2 and its
 * consistency at least {@value #MIN_CONSISTENCY}.
 *
 * <p>Choice: with an expected header, a candidate under which the header row is found wins.
 * Otherwise the most consistent fitting candidate wins; two equally consistent candidates of
 * different widths are ambiguous and refused (the uploader then declares the delimiter). No fitting
 * candidate is refused too, unless the expected table has a single column. A declared delimiter is
 * taken, except when it splits nothing and another candidate fits: that is the "wrong delimiter"
 * mistake, refused naming the delimiter the file seems to use.
 */
final class DelimiterDetector {

  static final double MIN_CONSISTENCY = 0.6;
  private static final int MAX_RECORDS = 100;
  private static final Delimiter[] CANDIDATES = {
    Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.TAB
  };

  private record Fit(Delimiter delimiter, int mode, double consistency, boolean headerFound) {
    boolean fits() {
      return mode >= 2 && consistency >= MIN_CONSISTENCY;
    }
  }

  private DelimiterDetector() {}

  static Delimiter choose(
      String sample,
      boolean truncated,
      Delimiter declared,
      List<String> expectedHeader,
      String fileName) {
    HeaderMatcher matcher = new HeaderMatcher(expectedHeader);
    List<Fit> fits = new ArrayList<>();
    for (Delimiter d : CANDIDATES) {
      fits.add(fit(sample, truncated, d, matcher));
    }
    if (declared != Delimiter.AUTO) {
      Fit own = fits.stream().filter(f -> f.delimiter == declared).findFirst().orElseThrow();
      if (own.mode <= 1) {
        for (Fit other : fits) {
          if (other.delimiter != declared && other.fits()) {
            throw ReadException.ofFile(
                ReadProblem.DELIMITER_MISMATCH, fileName, declared, other.delimiter);
          }
        }
      }
      return declared;
    }
    Fit best = null;
    for (Fit f : fits) {
      if (f.headerFound && (best == null || f.consistency > best.consistency)) {
        best = f;
      }
    }
    if (best != null) {
      return best.delimiter;
    }
    for (Fit f : fits) {
      if (f.fits() && (best == null || f.consistency > best.consistency)) {
        best = f;
      }
    }
    if (best == null) {
      if (expectedHeader.size() == 1) {
        return Delimiter.COMMA;
      }
      throw ReadException.ofFile(ReadProblem.DELIMITER_UNKNOWN, fileName);
    }
    for (Fit f : fits) {
      if (f != best && f.fits() && f.consistency == best.consistency && f.mode != best.mode) {
        throw ReadException.ofFile(
            ReadProblem.DELIMITER_AMBIGUOUS, fileName, best.delimiter, f.delimiter);
      }
    }
    return best.delimiter;
  }

  private static Fit fit(String sample, boolean truncated, Delimiter d, HeaderMatcher matcher) {
    List<Integer> widths = new ArrayList<>();
    boolean headerFound = false;
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(d.character()).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(sample), format)) {
      for (CSVRecord record : parser) {
        String[] values = record.values();
        if (values.length == 1 && values[0].isBlank()) {
          continue;
        }
        widths.add(values.length);
        if (!matcher.isEmpty() && !headerFound && matcher.matches(values)) {
          headerFound = true;
        }
        if (widths.size() > MAX_RECORDS) {
          truncated = false; // the sample's cut record is beyond what we look at
          break;
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // A quote the sample cuts or a broken one: judge on the records read so far.
    }
    if (truncated && !widths.isEmpty()) {
      widths.remove(widths.size() - 1);
    }
    if (widths.isEmpty()) {
      return new Fit(d, 0, 0, headerFound);
    }
    Map<Integer, Integer> counts = new HashMap<>();
    int mode = 0;
    int modeCount = 0;
    for (int w : widths) {
      int c = counts.merge(w, 1, Integer::sum);
      if (c > modeCount || (c == modeCount && w > mode)) {
        mode = w;
        modeCount = c;
      }
    }
    return new Fit(d, mode, (double) modeCount / widths.size(), headerFound);
  }
}
