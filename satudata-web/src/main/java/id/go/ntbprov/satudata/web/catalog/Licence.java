package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.web.app.Settings;

/**
 * The licence of published data: Creative Commons Attribution 4.0 unless {@code
 * SATUDATA_LICENSE_URL} and {@code SATUDATA_LICENSE_TITLE} say otherwise.
 */
public final class Licence {

  /** CKAN's id of the default licence. */
  public static final String ID = "cc-by";

  private Licence() {}

  /** The licence's URL. */
  public static String url() {
    return Settings.get("SATUDATA_LICENSE_URL")
        .orElse("https://creativecommons.org/licenses/by/4.0/");
  }

  /** The licence's title. */
  public static String title() {
    return Settings.get("SATUDATA_LICENSE_TITLE").orElse("Creative Commons Attribution 4.0");
  }
}
