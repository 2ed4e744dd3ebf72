package id.go.ntbprov.satudata.web.catalog.page;

import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Conditional;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Rendered;
import id.go.ntbprov.satudata.web.catalog.SearchQuery;
import id.go.ntbprov.satudata.web.catalog.SearchResult;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The public catalogue at {@code /}: counts, a search box, facets (agency, topic, year,
 * periodicity, region level) with counts, sorting, paging, and — on the first page without a search
 * — the latest and the most viewed datasets. Server-rendered HTML, every text escaped, in Bahasa
 * Indonesia or English.
 */
@WebServlet("")
public class HomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int ROWS = 20;
  static final List<String> FACETS =
      List.of("organization", "groups", "year", "periodicity", "region_level");
  static final Map<String, String> SORTS =
      Map.of(
          "relevance", "score desc, metadata_modified desc",
          "newest", "metadata_modified desc",
          "title", "title_string asc",
          "views", "views_total desc, metadata_modified desc");

  /** Bytes the rendered pages of one snapshot may take (about 300 pages). */
  static final long MAX_CACHED_BYTES = 8L << 20;

  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Makassar"));

  @Inject transient Catalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Texts texts = PageRequest.texts(request);
    Snapshot s = catalog.snapshot();
    String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String f : FACETS) {
      String[] values = request.getParameterValues(f);
      if (values != null) {
        filters.put(f, Arrays.stream(values).filter(v -> !v.isBlank()).toList());
      }
    }
    String sortKey = request.getParameter("sort");
    if (sortKey == null || !SORTS.containsKey(sortKey)) {
      sortKey = q.isEmpty() ? "newest" : "relevance";
    }
    // beyond the last page anyway; keeps the first result's index an int
    int page = Math.min(PageRequest.positive(request, "page", 1), Integer.MAX_VALUE / ROWS);
    List<CatalogDataset> mostViewed = catalog.mostViewed(5);
    String tag =
        s.etag()
            + "-"
            + texts.language()
            + "-"
            + Integer.toHexString(String.valueOf(request.getQueryString()).hashCode())
            + "-"
            + Integer.toHexString(
                mostViewed.stream().map(CatalogDataset::name).toList().hashCode());
    if (Conditional.notModified(request, response, tag, s.lastModified())) {
      return;
    }
    PublicUrls urls = PublicUrls.of(request);
    String sort = sortKey;
    Supplier<byte[]> render =
        () ->
            render(request, s, texts, urls, q, filters, sort, page, mostViewed)
                .getBytes(StandardCharsets.UTF_8);
    // a page sorted by views changes with every view; any other is the same for everyone
    byte[] body =
        sortKey.equals("views")
            ? render.get()
            : Rendered.of(s, HomeServlet.class, MAX_CACHED_BYTES)
                .get(
                    urls.base()
                        + "\n"
                        + texts.language()
                        + "\n"
                        + mostViewed.stream().map(CatalogDataset::name).toList()
                        + "\n"
                        + request.getQueryString(),
                    render);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The page's HTML. */
  private String render(
      HttpServletRequest request,
      Snapshot s,
      Texts texts,
      PublicUrls urls,
      String q,
      Map<String, List<String>> filters,
      String sortKey,
      int page,
      List<CatalogDataset> mostViewed) {
    SearchResult r =
        s.search(
            new SearchQuery(q, filters, SORTS.get(sortKey), (page - 1) * ROWS, ROWS, FACETS, 30, 1),
            catalog::views);
    Html h = new Html(texts);
    h.open(
        texts.get("home.title") + " - " + texts.get("site.title"),
        urls.base(),
        urls.base(),
        PageRequest.otherLanguage(request, texts));
    h.raw("<h1>").t("home.title").raw("</h1><p>").t("site.description").raw("</p>");
    counts(h, s);
    searchForm(h, q, sortKey, filters, texts);
    boolean front = q.isEmpty() && filters.isEmpty() && page == 1;
    if (front) {
      h.raw("<div class=\"layout\"><section class=\"card\" id=\"latest\"><h2>")
          .t("home.latest")
          .raw("</h2><ul>");
      s.active().stream().limit(5).forEach(d -> item(h, urls, d));
      h.raw("</ul></section><section class=\"card\" id=\"most-viewed\"><h2>")
          .t("home.mostViewed")
          .raw("</h2><ul>");
      mostViewed.forEach(d -> item(h, urls, d));
      h.raw("</ul></section></div>");
    }
    h.raw("<div class=\"layout\"><aside class=\"facet\" id=\"facets\">");
    facets(h, r, request, filters, texts);
    h.raw("</aside><section id=\"results\"><p class=\"meta\" id=\"result-count\">")
        .t("home.results", r.count())
        .raw("</p>");
    if (r.count() == 0) {
      h.raw("<p>").t("home.noResults").raw("</p>");
    }
    for (CatalogDataset d : r.results()) {
      result(h, urls, d, texts);
    }
    pager(h, request, page, r.count());
    h.raw("</section></div>");
    h.close();
    return h.toString();
  }

  /** How many agencies and topics the active datasets have. */
  private record Counts(int agencies, int topics) {
    static Counts of(Snapshot s) {
      Set<String> agencies =
          s.active().stream().map(CatalogDataset::agency).collect(Collectors.toSet());
      Set<String> topics =
          s.active().stream().map(CatalogDataset::topic).collect(Collectors.toSet());
      return new Counts(agencies.size(), topics.size());
    }
  }

  private static void counts(Html h, Snapshot s) {
    Counts c = s.derived(Counts.class, Counts::of);
    h.raw("<div class=\"counts card\" id=\"counts\"><div><b id=\"count-datasets\">")
        .text(String.valueOf(s.size()))
        .raw("</b>")
        .t("home.datasets")
        .raw("</div><div><b>")
        .text(String.valueOf(c.agencies()))
        .raw("</b>")
        .t("home.organizations")
        .raw("</div><div><b>")
        .text(String.valueOf(c.topics()))
        .raw("</b>")
        .t("home.topics")
        .raw("</div></div>");
  }

  private static void searchForm(
      Html h, String q, String sortKey, Map<String, List<String>> filters, Texts texts) {
    h.raw("<form class=\"card\" method=\"get\" action=\"\" role=\"search\"><label for=\"q\">")
        .t("home.search")
        .raw("</label> <input type=\"search\" id=\"q\" name=\"q\" value=\"")
        .text(q)
        .raw("\" placeholder=\"")
        .t("home.searchPlaceholder")
        .raw("\"> <label for=\"sort\">")
        .t("home.sort")
        .raw("</label> <select id=\"sort\" name=\"sort\">");
    for (String k : List.of("relevance", "newest", "title", "views")) {
      h.raw("<option value=\"")
          .raw(k)
          .raw(k.equals(sortKey) ? "\" selected>" : "\">")
          .t("home.sort." + k)
          .raw("</option>");
    }
    h.raw("</select>");
    filters.forEach(
        (f, values) ->
            values.forEach(
                v ->
                    h.raw("<input type=\"hidden\" name=\"")
                        .text(f)
                        .raw("\" value=\"")
                        .text(v)
                        .raw("\">")));
    h.raw("<input type=\"hidden\" name=\"lang\" value=\"").raw(texts.language()).raw("\">");
    h.raw(" <button type=\"submit\" id=\"search-button\">")
        .t("home.searchButton")
        .raw("</button></form>");
  }

  private static void facets(
      Html h,
      SearchResult r,
      HttpServletRequest request,
      Map<String, List<String>> filters,
      Texts texts) {
    if (!filters.isEmpty()) {
      h.raw("<h3>").t("home.filters").raw("</h3><ul>");
      filters.forEach(
          (f, values) ->
              values.forEach(
                  v ->
                      h.raw("<li><span class=\"chip\">")
                          .text(display(f, v, texts))
                          .raw("</span> <a href=\"?")
                          .text(PageRequest.without(request, f, v))
                          .raw("\">")
                          .t("home.removeFilter")
                          .raw("</a></li>")));
      h.raw("</ul>");
    }
    r.facets()
        .forEach(
            (field, counts) -> {
              h.raw("<h3>").t("facet." + field).raw("</h3><ul id=\"facet-").raw(field).raw("\">");
              for (SearchResult.FacetCount c : counts) {
                String link = PageRequest.without(request, "page", "");
                link =
                    (link.isEmpty() ? "" : link + "&") + Html.url(field) + "=" + Html.url(c.name());
                h.raw("<li><a href=\"?")
                    .text(link)
                    .raw("\">")
                    .text(display(field, c.displayName(), texts))
                    .raw("</a> (")
                    .text(String.valueOf(c.count()))
                    .raw(")</li>");
              }
              h.raw("</ul>");
            });
  }

  /** Facet values as people read them (periodicity and level translated). */
  static String display(String field, String value, Texts texts) {
    return switch (field) {
      case "periodicity", "region_level" -> {
        try {
          yield texts.get(field + "." + value.toLowerCase(java.util.Locale.ROOT));
        } catch (java.util.MissingResourceException e) {
          yield value;
        }
      }
      default -> value;
    };
  }

  private static void item(Html h, PublicUrls urls, CatalogDataset d) {
    h.raw("<li><a href=\"")
        .text(urls.dataset(d.name()))
        .raw("\">")
        .text(d.title())
        .raw("</a> <span class=\"meta\">")
        .text(d.agencyName())
        .raw("</span></li>");
  }

  private static void result(Html h, PublicUrls urls, CatalogDataset d, Texts texts) {
    h.raw("<article class=\"card result\"><h3><a class=\"dataset-link\" href=\"")
        .text(urls.dataset(d.name()))
        .raw("\">")
        .text(d.title())
        .raw("</a></h3><p>")
        .text(d.description())
        .raw("</p><p class=\"meta\">")
        .text(d.agencyName())
        .raw(" · ")
        .text(d.topic())
        .raw(" · ")
        .text(display("periodicity", d.periodicity().name(), texts))
        .raw(" · ")
        .t("dataset.years")
        .raw(": ")
        .text(d.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .raw(" · ")
        .t("dataset.modified")
        .raw(": ")
        .text(DATE.format(d.modified()))
        .raw("</p></article>");
  }

  private static void pager(Html h, HttpServletRequest request, int page, int count) {
    int pages = Math.max(1, (count + ROWS - 1) / ROWS);
    h.raw("<p class=\"pager\">");
    PageRequest.pageLinks(h, request, page, pages);
    h.raw("</p>");
  }
}
