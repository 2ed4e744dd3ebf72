package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.web.app.Settings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public addresses of catalogue things. The base is {@code SATUDATA_PUBLIC_URL} when set (what
 * harvesters should see behind a proxy), else the request's own scheme, host and context path.
 */
public final class PublicUrls {

  private final String base;

  private PublicUrls(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** The addresses as seen by this request. */
  public static PublicUrls of(HttpServletRequest request) {
    return new PublicUrls(
        Settings.get("SATUDATA_PUBLIC_URL")
            .orElseGet(
                () -> {
                  StringBuilder b =
                      new StringBuilder(request.getScheme())
                          .append("://")
                          .append(request.getServerName());
                  int port = request.getServerPort();
                  boolean standard =
                      ("http".equals(request.getScheme()) && port == 80)
                          || ("https".equals(request.getScheme()) && port == 443);
                  if (!standard) {
                    b.append(':').append(port);
                  }
                  return b.append(request.getContextPath()).append('/').toString();
                }));
  }

  /** Addresses under a fixed base (tests, benchmarks). */
  public static PublicUrls of(String base) {
    return new PublicUrls(base);
  }

  /** The site's root, ending with {@code /}. */
  public String base() {
    return base;
  }

  /** The dataset's page. */
  public String dataset(String name) {
    return base + "dataset/" + name;
  }

  /** A version's download in a format ({@code csv}, {@code xlsx}, {@code json}). */
  public String download(String name, CatalogDataset.Release r, String format) {
    return base
        + "download/"
        + name
        + "/"
        + r.id().period()
        + "/v"
        + r.id().version()
        + "."
        + format.toLowerCase(java.util.Locale.ROOT);
  }

  /** The organisation's catalogue page. */
  public String organization(String org) {
    return base + "?organization=" + org;
  }

  /** The DCAT catalogue. */
  public String catalog() {
    return base + "dcat/catalog";
  }
}
