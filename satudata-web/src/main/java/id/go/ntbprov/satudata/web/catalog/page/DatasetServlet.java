package id.go.ntbprov.satudata.web.catalog.page;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Conditional;
import id.go.ntbprov.satudata.web.catalog.Licence;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Rendered;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import id.go.ntbprov.satudata.web.persistence.JdbcContentStore;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A dataset's page at its stable address {@code /dataset/{name}}: metadata (data standard,
 * variables and units, agency, periodicity, dates), a period chooser, downloads, a table preview
 * with filtering, sorting and paging, a bar chart (by region, else by period), the version history
 * and schema.org {@code Dataset} JSON-LD. A withdrawn dataset answers 410 with its tombstone; an
 * unknown or never published one 404.
 */
@WebServlet("/dataset/*")
public class DatasetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Bytes the rendered pages of one snapshot may take (some hundreds of pages). */
  static final long MAX_CACHED_BYTES = 16L << 20;

  @Inject transient Catalog catalog;

  @Resource(lookup = Platform.DATA_SOURCE)
  transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Texts texts = PageRequest.texts(request);
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Snapshot s = catalog.snapshot();
    Optional<CatalogDataset> found = s.find(name);
    PublicUrls urls = PublicUrls.of(request);
    if (found.isEmpty()) {
      Html h = new Html(texts);
      h.open(
          texts.get("dataset.notFound"),
          urls.base(),
          urls.base(),
          PageRequest.otherLanguage(request, texts));
      h.raw("<h1>")
          .t("dataset.notFound")
          .raw("</h1><p><a href=\"")
          .text(urls.base())
          .raw("\">")
          .t("dataset.back")
          .raw("</a></p>")
          .close();
      send(response, 404, h);
      return;
    }
    CatalogDataset d = found.get();
    String tag =
        CkanDicts.datasetTag(d)
            + "-"
            + texts.language()
            + "-"
            + Integer.toHexString(String.valueOf(request.getQueryString()).hashCode());
    if (Conditional.notModified(request, response, tag, d.modified())) {
      return;
    }
    if (d.active()) {
      catalog.viewed(d.name());
      // the same for everyone until the dataset changes: kept with the snapshot (bounded)
      byte[] body =
          Rendered.of(s, DatasetServlet.class, MAX_CACHED_BYTES)
              .get(
                  urls.base()
                      + "\n"
                      + texts.language()
                      + "\n"
                      + d.name()
                      + "\n"
                      + request.getQueryString(),
                  () -> active(request, d, texts, urls).getBytes(StandardCharsets.UTF_8));
      response.setContentType("text/html;charset=UTF-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Html h = head(request, d, texts, urls);
    h.raw("<section class=\"card tombstone\" id=\"tombstone\"><h2>")
        .t("dataset.withdrawnTitle")
        .raw("</h2><p>")
        .t("dataset.withdrawnReason", d.withdrawalReason().orElse(""))
        .raw("</p></section>");
    metadata(h, d, texts);
    history(h, d, texts, urls);
    h.close();
    send(response, 410, h);
  }

  /** The page's head, title and description. */
  private static Html head(
      HttpServletRequest request, CatalogDataset d, Texts texts, PublicUrls urls) {
    Html h = new Html(texts);
    h.open(
        d.title() + " - " + texts.get("site.title"),
        urls.dataset(d.name()),
        urls.base(),
        PageRequest.otherLanguage(request, texts));
    h.raw("<p><a href=\"").text(urls.base()).raw("\">").t("dataset.back").raw("</a></p>");
    h.raw("<h1 id=\"dataset-title\">")
        .text(d.title())
        .raw("</h1><p>")
        .text(d.description())
        .raw("</p>");
    return h;
  }

  /** The page of an active dataset. */
  private String active(
      HttpServletRequest request, CatalogDataset d, Texts texts, PublicUrls urls) {
    Html h = head(request, d, texts, urls);
    metadata(h, d, texts);
    CatalogDataset.Release current = chosen(request, d);
    periods(h, d, current, request, texts);
    h.raw("<section class=\"card\" id=\"downloads\"><h2>")
        .t("dataset.downloads", current.id().period(), current.id().version())
        .raw("</h2><p>");
    for (String f : Snapshot.FORMATS) {
      h.raw("<a class=\"download\" id=\"download-")
          .raw(f.toLowerCase(java.util.Locale.ROOT))
          .raw("\" href=\"")
          .text(urls.download(d.name(), current, f))
          .raw("\">")
          .text(f)
          .raw("</a> ");
    }
    h.raw("</p></section>");
    ContentStore store = new JdbcContentStore(dataSource);
    Preview preview =
        new Preview(
            store.header(current.id()),
            d.variables(),
            store.rows(current.id(), 0, Preview.MAX_ROWS));
    chart(h, d, preview, texts);
    table(h, preview, request, texts, current.rows());
    history(h, d, texts, urls);
    h.raw("<script type=\"application/ld+json\" id=\"schema-org\">")
        .raw(schemaOrg(d, urls).replace("<", "\\u003c"))
        .raw("</script>");
    h.close();
    return h.toString();
  }

  private static CatalogDataset.Release chosen(HttpServletRequest request, CatalogDataset d) {
    String p = request.getParameter("period");
    return d.distributions().stream()
        .filter(r -> r.id().period().toString().equals(p))
        .findFirst()
        .orElse(d.distributions().get(0));
  }

  private static void send(HttpServletResponse response, int status, Html h) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(h.toString());
  }

  private static void metadata(Html h, CatalogDataset d, Texts texts) {
    h.raw("<section class=\"card\" id=\"metadata\"><table>");
    row(h, texts.get("dataset.agency"), d.agencyName() + " (" + d.agency() + ")");
    row(h, texts.get("dataset.topic"), d.topic());
    row(
        h,
        texts.get("dataset.periodicity"),
        HomeServlet.display("periodicity", d.periodicity().name(), texts));
    row(
        h,
        texts.get("dataset.regionLevel"),
        HomeServlet.display("region_level", d.regionLevel().name(), texts));
    row(h, texts.get("dataset.published"), HomeServlet.DATE.format(d.created()));
    row(h, texts.get("dataset.modified"), HomeServlet.DATE.format(d.modified()));
    row(
        h,
        texts.get("dataset.years"),
        d.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    h.raw("</table><h2>").t("dataset.standard").raw("</h2><table>");
    row(h, texts.get("dataset.konsep"), d.standard().konsep());
    row(h, texts.get("dataset.definisi"), d.standard().definisi());
    row(h, texts.get("dataset.klasifikasi"), d.standard().klasifikasi());
    row(h, texts.get("dataset.ukuran"), d.standard().ukuran());
    row(h, texts.get("dataset.satuan"), d.standard().satuan());
    h.raw("</table><h2>")
        .t("dataset.variables")
        .raw("</h2><table id=\"variables\"><tr><th>")
        .t("dataset.variable.name")
        .raw("</th><th>")
        .t("dataset.variable.label")
        .raw("</th><th>")
        .t("dataset.variable.type")
        .raw("</th><th>")
        .t("dataset.variable.unit")
        .raw("</th></tr>");
    for (Variable v : d.variables()) {
      h.raw("<tr><td>")
          .text(v.name())
          .raw("</td><td>")
          .text(v.label())
          .raw("</td><td>")
          .text(v.type().name())
          .raw("</td><td>")
          .text(v.unit())
          .raw("</td></tr>");
    }
    h.raw("</table></section>");
  }

  private static void row(Html h, String label, String value) {
    h.raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>");
  }

  private static void periods(
      Html h,
      CatalogDataset d,
      CatalogDataset.Release current,
      HttpServletRequest request,
      Texts texts) {
    h.raw("<form method=\"get\" class=\"card\"><label for=\"period\">")
        .t("dataset.period")
        .raw("</label> <select id=\"period\" name=\"period\">");
    for (CatalogDataset.Release r : d.distributions()) {
      String p = r.id().period().toString();
      h.raw("<option value=\"")
          .text(p)
          .raw(r == current ? "\" selected>" : "\">")
          .text(p)
          .raw("</option>");
    }
    h.raw("</select><input type=\"hidden\" name=\"lang\" value=\"")
        .raw(texts.language())
        .raw("\"> <button type=\"submit\">")
        .t("dataset.showPeriod")
        .raw("</button></form>");
  }

  private void chart(Html h, CatalogDataset d, Preview preview, Texts texts) {
    Optional<Integer> measure = preview.measure();
    if (measure.isEmpty()) {
      return;
    }
    int by = d.regionVariable().map(preview::column).orElse(-1);
    boolean byRegion = by >= 0;
    if (!byRegion) {
      by = d.periodVariable().map(preview::column).orElse(-1);
    }
    if (by < 0) {
      return;
    }
    Map<String, BigDecimal> sums = preview.sums(by, measure.get());
    if (sums.isEmpty()) {
      return;
    }
    Map<String, String> labels =
        byRegion
            ? regionLabels(
                d.variables().stream()
                    .filter(v -> v.name().equalsIgnoreCase(d.regionVariable().get()))
                    .findFirst()
                    .flatMap(Variable::codeList)
                    .orElse(""))
            : Map.of();
    String measureName = preview.header().get(measure.get());
    h.raw("<section class=\"card\" id=\"chart\"><h2>")
        .t(
            "dataset.chart",
            measureName,
            texts.get(byRegion ? "dataset.chart.region" : "dataset.chart.period"))
        .raw("</h2>");
    BigDecimal max =
        sums.values().stream()
            .map(BigDecimal::abs)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ONE);
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int barHeight = 22;
    int height = sums.size() * barHeight + 10;
    h.raw(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 700 ")
        .raw(String.valueOf(height))
        .raw("\" aria-label=\"")
        .text(measureName)
        .raw("\">");
    int y = 5;
    for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
      double w = 400.0 * e.getValue().abs().doubleValue() / max.doubleValue();
      String label = labels.getOrDefault(e.getKey(), e.getKey());
      h.raw("<text x=\"0\" y=\"")
          .raw(String.valueOf(y + 15))
          .raw("\" font-size=\"12\">")
          .text(label.length() > 28 ? label.substring(0, 27) + "…" : label)
          .raw("</text>");
      h.raw("<rect x=\"190\" y=\"")
          .raw(String.valueOf(y + 3))
          .raw("\" width=\"")
          .raw(String.format(java.util.Locale.ROOT, "%.1f", w))
          .raw("\" height=\"16\" fill=\"#0b5394\"/>");
      h.raw("<text x=\"")
          .raw(String.format(java.util.Locale.ROOT, "%.1f", 195 + w))
          .raw("\" y=\"")
          .raw(String.valueOf(y + 15))
          .raw("\" font-size=\"12\">")
          .text(e.getValue().toPlainString())
          .raw("</text>");
      y += barHeight;
    }
    h.raw("</svg></section>");
  }

  private Map<String, String> regionLabels(String codeList) {
    Map<String, String> out = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select code, label from code_list_code where list_id = ?")) {
      ps.setString(1, codeList);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      // codes without names
    }
    return out;
  }

  private static void table(
      Html h, Preview preview, HttpServletRequest request, Texts texts, long totalRows) {
    String filter = request.getParameter("filter");
    String sort = request.getParameter("sort");
    boolean desc = "desc".equals(request.getParameter("dir"));
    List<String[]> rows = preview.select(filter, sort, desc);
    int page = PageRequest.positive(request, "page", 1);
    int pages = Math.max(1, (rows.size() + Preview.PAGE - 1) / Preview.PAGE);
    page = Math.min(page, pages);
    h.raw("<section class=\"card\" id=\"preview\"><h2>")
        .t("dataset.preview")
        .raw("</h2><p class=\"meta\">")
        .t("dataset.rows", totalRows);
    if (totalRows > Preview.MAX_ROWS) {
      h.raw(" · ").t("dataset.previewNote", Preview.MAX_ROWS);
    }
    h.raw("</p><form method=\"get\"><label for=\"filter\">")
        .t("dataset.filter")
        .raw("</label> <input type=\"search\" id=\"filter\" name=\"filter\" value=\"")
        .text(filter == null ? "" : filter)
        .raw("\">");
    for (String keep : List.of("period", "lang", "sort", "dir")) {
      String v = request.getParameter(keep);
      if (v != null) {
        h.raw("<input type=\"hidden\" name=\"").raw(keep).raw("\" value=\"").text(v).raw("\">");
      }
    }
    h.raw(" <button type=\"submit\">").t("dataset.filterButton").raw("</button></form>");
    h.raw("<table id=\"preview-table\"><thead><tr>");
    for (String col : preview.header()) {
      boolean next = col.equals(sort) && !desc;
      String q = PageRequest.query(request, "sort", col);
      q = q.replaceAll("(^|&)dir=[^&]*", "").replaceAll("(^|&)page=[^&]*", "");
      q = (q.startsWith("&") ? q.substring(1) : q) + "&dir=" + (next ? "desc" : "asc");
      h.raw("<th><a href=\"?")
          .text(q)
          .raw("\">")
          .text(col)
          .raw(col.equals(sort) ? (desc ? " ▼" : " ▲") : "")
          .raw("</a></th>");
    }
    h.raw("</tr></thead><tbody>");
    int from = (page - 1) * Preview.PAGE;
    for (String[] r : rows.subList(from, Math.min(rows.size(), from + Preview.PAGE))) {
      h.raw("<tr>");
      for (int i = 0; i < preview.header().size(); i++) {
        h.raw(preview.numeric(i) ? "<td class=\"num\">" : "<td>")
            .text(Preview.cell(r, i))
            .raw("</td>");
      }
      h.raw("</tr>");
    }
    h.raw("</tbody></table><p class=\"pager\">");
    PageRequest.pageLinks(h, request, page, pages);
    h.raw("</p></section>");
  }

  private static void history(Html h, CatalogDataset d, Texts texts, PublicUrls urls) {
    h.raw("<section class=\"card\" id=\"history\"><h2>")
        .t("dataset.history")
        .raw("</h2><table><tr><th>")
        .t("dataset.period")
        .raw("</th><th>")
        .t("dataset.history.version")
        .raw("</th><th>")
        .t("dataset.history.status")
        .raw("</th><th>")
        .t("dataset.history.published")
        .raw("</th><th>")
        .t("dataset.history.retired")
        .raw("</th><th>")
        .t("dataset.history.note")
        .raw("</th></tr>");
    for (CatalogDataset.Release r : d.history()) {
      String note =
          r.status() == SubmissionStatus.SUPERSEDED
              ? texts.get("dataset.supersededBy", r.note())
              : r.note();
      h.raw("<tr class=\"release\"><td>")
          .text(r.id().period().toString())
          .raw("</td><td>v")
          .text(String.valueOf(r.id().version()))
          .raw("</td><td>")
          .t("status." + r.status().name())
          .raw("</td><td>")
          .text(HomeServlet.DATE.format(r.publishedAt()))
          .raw("</td><td>")
          .text(r.retiredAt().map(HomeServlet.DATE::format).orElse(""))
          .raw("</td><td>")
          .text(note)
          .raw("</td></tr>");
    }
    h.raw("</table></section>");
  }

  /** schema.org {@code Dataset} of the page. */
  static String schemaOrg(CatalogDataset d, PublicUrls urls) {
    JsonArrayBuilder variables = JSON.createArrayBuilder();
    for (Variable v : d.variables()) {
      variables.add(
          JSON.createObjectBuilder()
              .add("@type", "PropertyValue")
              .add("name", v.name())
              .add("description", v.label())
              .add("unitText", v.unit()));
    }
    JsonArrayBuilder downloads = JSON.createArrayBuilder();
    for (CatalogDataset.Release r : d.distributions()) {
      for (String f : Snapshot.FORMATS) {
        downloads.add(
            JSON.createObjectBuilder()
                .add("@type", "DataDownload")
                .add("name", d.title() + " " + r.id().period() + " (" + f + ")")
                .add("encodingFormat", CkanDicts.mediaType(f))
                .add("contentUrl", urls.download(d.name(), r, f)));
      }
    }
    JsonArrayBuilder keywords = JSON.createArrayBuilder();
    Snapshot.tags(d).forEach(keywords::add);
    List<Integer> years = d.years();
    return JSON.createObjectBuilder()
        .add("@context", "https://schema.org/")
        .add("@type", "Dataset")
        .add("name", d.title())
        .add("description", d.description().isBlank() ? d.title() : d.description())
        .add("url", urls.dataset(d.name()))
        .add("identifier", d.name())
        .add("keywords", keywords)
        .add("license", Licence.url())
        .add("isAccessibleForFree", true)
        .add(
            "creator",
            JSON.createObjectBuilder()
                .add("@type", "GovernmentOrganization")
                .add("name", d.agencyName()))
        .add("datePublished", d.created().toString())
        .add("dateModified", d.modified().toString())
        .add(
            "temporalCoverage",
            years.isEmpty() ? "" : years.get(years.size() - 1) + "/" + years.get(0))
        .add(
            "spatialCoverage",
            JSON.createObjectBuilder()
                .add("@type", "Place")
                .add("name", "Nusa Tenggara Barat, Indonesia"))
        .add("variableMeasured", variables)
        .add("distribution", downloads)
        .build()
        .toString();
  }
}
