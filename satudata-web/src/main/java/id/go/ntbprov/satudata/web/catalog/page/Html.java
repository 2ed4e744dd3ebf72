package id.go.ntbprov.satudata.web.catalog.page;

import id.go.ntbprov.satudata.web.catalog.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A small HTML builder: every text passes through {@link #esc}; markup is the caller's. */
final class Html {

  private final StringBuilder b = new StringBuilder(16_384);
  private final Texts texts;

  Html(Texts texts) {
    this.texts = texts;
  }

  /** Escapes text for element content and quoted attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder o = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> o.append("&lt;");
        case '>' -> o.append("&gt;");
        case '&' -> o.append("&amp;");
        case '"' -> o.append("&quot;");
        case '\'' -> o.append("&#39;");
        default -> o.append(c);
      }
    }
    return o.toString();
  }

  /** URL-encodes a query parameter value. */
  static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Appends markup as it is. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html text(String s) {
    b.append(esc(s));
    return this;
  }

  /** Appends the escaped text of a bundle key. */
  Html t(String key, Object... args) {
    b.append(esc(texts.get(key, args)));
    return this;
  }

  Texts texts() {
    return texts;
  }

  /**
   * The page head and the site's header.
   *
   * @param base the site's root address, ending with {@code /}
   * @param otherLanguage the address of this page in the other language
   */
  Html open(String title, String canonical, String base, String otherLanguage) {
    raw("<!DOCTYPE html>\n<html lang=\"").raw(texts.language());
    raw("\"><head><meta charset=\"UTF-8\">");
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    raw("<title>").text(title).raw("</title>");
    raw("<link rel=\"canonical\" href=\"").text(canonical).raw("\">");
    raw("<link rel=\"alternate\" type=\"text/turtle\" href=\"")
        .text(base)
        .raw("dcat/catalog.ttl\">");
    raw("<style>").raw(STYLE).raw("</style></head><body>");
    raw("<header><a class=\"brand\" href=\"").text(base).raw("\">");
    t("site.title").raw("</a> <span class=\"tag\">").t("site.tagline").raw("</span>");
    raw("<nav><a id=\"lang-switch\" href=\"").text(otherLanguage).raw("\">");
    t("page.otherLanguage").raw("</a> · ");
    raw("<a href=\"").text(base).raw("dcat/catalog.ttl\">DCAT</a> · ");
    raw("<a href=\"").text(base).raw("data.json\">data.json</a> · ");
    raw("<a href=\"").text(base).raw("api/3/action/package_list\">API</a> · ");
    raw("<a id=\"staff-sign-in\" href=\"").text(base).raw("login.xhtml\">");
    t("page.staffSignIn").raw("</a></nav></header><main>");
    return this;
  }

  Html close() {
    raw("</main><footer>").t("page.footer").raw("</footer></body></html>");
    return this;
  }

  @Override
  public String toString() {
    return b.toString();
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:0;color:#1d2733;background:#f6f8fa}"
          + "header{background:#0b5394;color:#fff;padding:.8rem 1.2rem;display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}"
          + "header a{color:#fff}.brand{font-weight:700;font-size:1.3rem;text-decoration:none}"
          + "nav{margin-left:auto}main{max-width:72rem;margin:auto;padding:1rem}"
          + "footer{color:#555;padding:1rem;text-align:center;font-size:.85rem}"
          + ".layout{display:grid;grid-template-columns:16rem 1fr;gap:1.5rem}"
          + "@media(max-width:700px){.layout{grid-template-columns:1fr}}"
          + ".card{background:#fff;border:1px solid #d8dee4;border-radius:6px;padding:.8rem 1rem;margin-bottom:.8rem}"
          + ".meta{color:#555;font-size:.9rem}.facet h3{font-size:1rem;margin:.6rem 0 .3rem}"
          + ".facet ul{list-style:none;padding:0;margin:0}.facet li{margin:.15rem 0}"
          + "table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d8dee4;padding:.3rem .5rem;text-align:left}"
          + "td.num{text-align:right}.pager a,.pager span{margin-right:.5rem}"
          + ".tombstone{background:#fff4e5;border-color:#f0a030}.counts{display:flex;gap:1.5rem}"
          + ".counts b{font-size:1.4rem;display:block}input[type=search]{width:60%;padding:.4rem}"
          + ".chip{display:inline-block;background:#e7eef6;border-radius:1rem;padding:.1rem .6rem;margin:.1rem}";
}
