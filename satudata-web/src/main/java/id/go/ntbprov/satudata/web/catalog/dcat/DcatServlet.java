package id.go.ntbprov.satudata.web.catalog.dcat;

import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.Conditional;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import id.go.ntbprov.satudata.web.catalog.dcat.CatalogDocuments.Document;
import id.go.ntbprov.satudata.web.catalog.dcat.CatalogDocuments.Format;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The harvesting catalogues: {@code /dcat/catalog.ttl} (Turtle), {@code /dcat/catalog.jsonld}
 * (JSON-LD, context inline), {@code /dcat/catalog} (either, by the {@code Accept} header; Turtle
 * when nothing asks for JSON) and {@code /data.json} (Project Open Data v1.1). Texts in Bahasa
 * Indonesia unless {@code ?lang=en} or {@code Accept-Language: en}. Each document is built once per
 * catalogue snapshot and kept gzip-compressed ({@link CatalogDocuments}): sent as it is to a client
 * accepting gzip, decompressed on the fly to another. ETag and Last-Modified follow the catalogue
 * (the ETag of the gzip-encoded answer ends with {@code -gzip}).
 */
@WebServlet({"/dcat/*", "/data.json"})
public class DcatServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Catalog catalog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Format format;
    switch (path) {
      case "/data.json" -> format = Format.DATA_JSON;
      case "/dcat/catalog.ttl" -> format = Format.TTL;
      case "/dcat/catalog.jsonld" -> format = Format.JSONLD;
      case "/dcat/catalog" -> format = negotiate(request.getHeader("Accept"));
      default -> {
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Texts.of(request).get("download.notFound"));
        return;
      }
    }
    response.setHeader(
        "Vary",
        (path.equals("/dcat/catalog") ? "Accept, " : "") + "Accept-Language, Accept-Encoding");
    Texts texts =
        "en".equals(request.getParameter("lang"))
            ? Texts.of(Locale.ENGLISH)
            : "id".equals(request.getParameter("lang")) ? Texts.of(Locale.ROOT) : Texts.of(request);
    boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
    Snapshot s = catalog.snapshot();
    String tag =
        s.etag()
            + "-"
            + format.name().toLowerCase(Locale.ROOT)
            + "-"
            + texts.language()
            + (gzip ? "-gzip" : "");
    if (Conditional.notModified(request, response, tag, s.lastModified())) {
      return;
    }
    Document document = CatalogDocuments.of(s).get(format, PublicUrls.of(request), texts);
    response.setContentType(format.contentType());
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
      response.setContentLength(document.gzip().length);
      response.getOutputStream().write(document.gzip());
    } else {
      response.setContentLengthLong(document.length());
      try (InputStream in = document.open()) {
        in.transferTo(response.getOutputStream());
      }
    }
  }

  /** Whether the {@code Accept-Encoding} header admits gzip (RFC 9110, 12.5.3). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    double gzip = -1;
    double any = -1;
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.strip().split(";");
      String coding = p[0].strip().toLowerCase(Locale.ROOT);
      double q = quality(p);
      switch (coding) {
        case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
        case "*" -> any = Math.max(any, q);
        default -> {}
      }
    }
    return gzip >= 0 ? gzip > 0 : any > 0;
  }

  private static double quality(String[] parameters) {
    double q = 1;
    for (int i = 1; i < parameters.length; i++) {
      String param = parameters[i].strip();
      if (param.startsWith("q=")) {
        try {
          q = Double.parseDouble(param.substring(2));
        } catch (NumberFormatException e) {
          q = 0;
        }
      }
    }
    return q;
  }

  /** JSON-LD when the client prefers JSON-LD or JSON to Turtle; Turtle otherwise. */
  static Format negotiate(String accept) {
    if (accept == null) {
      return Format.TTL;
    }
    double turtle = 0;
    double json = 0;
    for (String part : accept.split(",")) {
      String[] p = part.strip().split(";");
      String type = p[0].strip().toLowerCase(Locale.ROOT);
      double q = quality(p);
      switch (type) {
        case "text/turtle", "application/x-turtle" -> turtle = Math.max(turtle, q);
        case "application/ld+json", "application/json" -> json = Math.max(json, q);
        default -> {}
      }
    }
    return json > turtle ? Format.JSONLD : Format.TTL;
  }
}
