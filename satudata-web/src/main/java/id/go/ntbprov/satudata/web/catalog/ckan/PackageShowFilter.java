package id.go.ntbprov.satudata.web.catalog.ckan;

import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Conditional;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The harvesters' most frequent call, {@code GET /api/3/action/package_show?id=<name>}, answered
 * from the kept answer of the current snapshot without going through JAX-RS: the same bytes and
 * validators as {@link CkanActionResource}, at a fraction of the cost per request. Anything else —
 * a POST, other parameters, a CKAN id instead of a name, an unknown dataset, an error — goes on to
 * the resource, which answers it as before.
 */
@WebFilter(urlPatterns = "/api/3/action/package_show")
public class PackageShowFilter extends HttpFilter {

  @Inject transient Catalog catalog;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = req.getParameter("id");
    if (!"GET".equals(req.getMethod()) || id == null || req.getParameterMap().size() != 1) {
      chain.doFilter(req, res);
      return;
    }
    Snapshot s = catalog.snapshot();
    Optional<CatalogDataset> dataset = s.find(id);
    if (dataset.isEmpty()) {
      chain.doFilter(req, res);
      return;
    }
    CkanAnswers.PackageAnswer a = CkanAnswers.of(s).packageShow(PublicUrls.of(req), dataset.get());
    if (Conditional.notModified(req, res, a.tag(), a.lastModified().toInstant())) {
      return;
    }
    res.setContentType("application/json;charset=UTF-8");
    res.setContentLength(a.body().length);
    res.getOutputStream().write(a.body());
  }
}
