package id.go.ntbprov.satudata.web.catalog.dcat;

import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.Conditional;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The harvesting catalogues: {@code /dcat/catalog.ttl} (Turtle), {@code /dcat/catalog.jsonld}
 * (JSON-LD, context inline), {@code /dcat/catalog} (either, by the {@code Accept} header; Turtle
 * when nothing asks for JSON) and {@code /data.json} (Project Open Data v1.1). Texts in Bahasa
 * Indonesia unless {@code ?lang=en} or {@code Accept-Language: en}. Streamed; ETag and
 * Last-Modified follow the catalogue.
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
    String format;
    switch (path) {
      case "/data.json" -> format = "data.json";
      case "/dcat/catalog.ttl" -> format = "ttl";
      case "/dcat/catalog.jsonld" -> format = "jsonld";
      case "/dcat/catalog" -> {
        format = negotiate(request.getHeader("Accept"));
        response.setHeader("Vary", "Accept, Accept-Language");
      }
      default -> {
        response.setStatus(404);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Texts.of(request).get("download.notFound"));
        return;
      }
    }
    Texts texts =
        "en".equals(request.getParameter("lang"))
            ? Texts.of(Locale.ENGLISH)
            : "id".equals(request.getParameter("lang")) ? Texts.of(Locale.ROOT) : Texts.of(request);
    Snapshot s = catalog.snapshot();
    if (Conditional.notModified(
        request, response, s.etag() + "-" + format + "-" + texts.language(), s.lastModified())) {
      return;
    }
    PublicUrls urls = PublicUrls.of(request);
    OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
    switch (format) {
      case "ttl" -> {
        response.setContentType("text/turtle;charset=UTF-8");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new DcatCatalog(urls, texts).write(s, RdfWriter.turtle(w));
      }
      case "jsonld" -> {
        response.setContentType("application/ld+json;charset=UTF-8");
        new DcatCatalog(urls, texts).write(s, RdfWriter.jsonLd(out));
      }
      default -> {
        response.setContentType("application/json;charset=UTF-8");
        new DataJson(urls, texts).write(s, out);
      }
    }
    out.flush();
  }

  /** JSON-LD when the client prefers JSON-LD or JSON to Turtle; Turtle otherwise. */
  static String negotiate(String accept) {
    if (accept == null) {
      return "ttl";
    }
    double turtle = 0;
    double json = 0;
    for (String part : accept.split(",")) {
      String[] p = part.strip().split(";");
      String type = p[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < p.length; i++) {
        String param = p[i].strip();
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      switch (type) {
        case "text/turtle", "application/x-turtle" -> turtle = Math.max(turtle, q);
        case "application/ld+json", "application/json" -> json = Math.max(json, q);
        default -> {}
      }
    }
    return json > turtle ? "jsonld" : "ttl";
  }
}
