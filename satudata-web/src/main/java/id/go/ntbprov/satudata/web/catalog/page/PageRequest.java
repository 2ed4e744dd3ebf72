package id.go.ntbprov.satudata.web.catalog.page;

import id.go.ntbprov.satudata.web.catalog.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the public pages read from a request: the language and the query string. */
final class PageRequest {

  private PageRequest() {}

  /** {@code ?lang=en|id} wins over {@code Accept-Language}. */
  static Texts texts(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    if ("en".equals(lang)) {
      return Texts.of(Locale.ENGLISH);
    }
    if ("id".equals(lang)) {
      return Texts.of(Locale.ROOT);
    }
    return Texts.of(request);
  }

  /** The query string with {@code lang} set to the other language. */
  static String otherLanguage(HttpServletRequest request, Texts texts) {
    return "?" + query(request, "lang", texts.language().equals("en") ? "id" : "en");
  }

  /** The query string with one parameter replaced (or removed when value is null). */
  static String query(HttpServletRequest request, String name, String value) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      if (e.getKey().equals(name)) {
        continue;
      }
      for (String v : e.getValue()) {
        parts.add(Html.url(e.getKey()) + "=" + Html.url(v));
      }
    }
    if (value != null) {
      parts.add(Html.url(name) + "=" + Html.url(value));
    }
    return String.join("&", parts);
  }

  /** The query string without one value of a parameter. */
  static String without(HttpServletRequest request, String name, String value) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      for (String v : e.getValue()) {
        if (e.getKey().equals(name) && v.equals(value) || e.getKey().equals("page")) {
          continue;
        }
        parts.add(Html.url(e.getKey()) + "=" + Html.url(v));
      }
    }
    return String.join("&", parts);
  }

  /** A positive integer parameter, or the fallback when absent or malformed. */
  static int positive(HttpServletRequest request, String name, int fallback) {
    try {
      int v = Integer.parseInt(request.getParameter(name));
      return v >= 1 ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Links to the previous and next page (kept query, other {@code page}) and "page n of m". */
  static void pageLinks(Html h, HttpServletRequest request, int page, int pages) {
    if (page > 1) {
      h.raw("<a rel=\"prev\" href=\"?")
          .text(PageRequest.query(request, "page", String.valueOf(page - 1)))
          .raw("\">")
          .t("home.previous")
          .raw("</a>");
    }
    h.raw("<span>").t("home.page", page, pages).raw("</span>");
    if (page < pages) {
      h.raw("<a rel=\"next\" href=\"?")
          .text(PageRequest.query(request, "page", String.valueOf(page + 1)))
          .raw("\">")
          .t("home.next")
          .raw("</a>");
    }
  }
}
