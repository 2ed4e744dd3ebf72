package id.go.ntbprov.satudata.batch.report;

/**
 * Keeps spreadsheet text from being read as a formula (CSV/formula injection): agency names, object
 * ids and account names come from users. POI string cells are never evaluated, but a sheet saved
 * again as CSV or pasted elsewhere is, so text starting with {@code = + - @}, tab or carriage
 * return gets a leading apostrophe. Package-private on purpose: the import side has its own.
 */
final class CellSafety {

  private CellSafety() {}

  static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky ? "'" + text : text;
  }
}
