package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import id.go.ntbprov.satudata.web.persistence.JdbcContentStore;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Downloads of a published version at a stable address: {@code
 * /download/{dataset}/{period}/v{n}.csv|xlsx|json}. Only versions in the public catalogue exist
 * here: anything never published is 404, a withdrawn version (or one superseded by a version that
 * was then withdrawn, or any version of a withdrawn dataset) is 410 with the reason.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH =
      Pattern.compile("/([a-z0-9_-]+)/([0-9A-Za-z-]+)/v([0-9]{1,6})\\.(csv|xlsx|json)");

  @Inject transient Catalog catalog;

  @Resource(lookup = Platform.DATA_SOURCE)
  transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Texts texts = Texts.of(request);
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      plain(response, 404, texts.get("download.notFound"));
      return;
    }
    Optional<CatalogDataset> found = catalog.snapshot().find(m.group(1));
    Optional<Period> period = period(m.group(2));
    if (found.isEmpty() || period.isEmpty()) {
      plain(response, 404, texts.get("download.notFound"));
      return;
    }
    CatalogDataset d = found.get();
    Optional<CatalogDataset.Release> release =
        d.release(period.get(), Integer.parseInt(m.group(3)));
    if (release.isEmpty()) {
      plain(response, 404, texts.get("download.notFound"));
      return;
    }
    CatalogDataset.Release r = release.get();
    if (!downloadable(d, r)) {
      plain(response, 410, texts.get("download.withdrawn", d.withdrawalReason().orElse(r.note())));
      return;
    }
    String format = m.group(4);
    if (Conditional.notModified(
        request, response, r.id() + "-" + r.status() + "-" + format, r.publishedAt())) {
      return;
    }
    String file = d.name() + "_" + r.id().period() + "_v" + r.id().version() + "." + format;
    response.setContentType(
        CkanDicts.mediaType(format) + (format.equals("xlsx") ? "" : ";charset=UTF-8"));
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    write(d, r, format, response);
  }

  /** A version may be downloaded while its period still has a published version. */
  static boolean downloadable(CatalogDataset d, CatalogDataset.Release r) {
    return r.downloadable() && d.distribution(r.id().period()).isPresent();
  }

  private void write(
      CatalogDataset d, CatalogDataset.Release r, String format, HttpServletResponse response)
      throws IOException {
    ContentStore store = new JdbcContentStore(dataSource);
    SubmissionId id = r.id();
    List<String> header = store.header(id);
    TableExport export = new TableExport(header, d.variables(), style(id, d.variables(), store));
    try (ContentStore.RowCursor rows = store.cursor(id)) {
      switch (format) {
        case "csv" -> export.csv(rows, response.getOutputStream());
        case "xlsx" -> export.xlsx(rows, id.period().toString(), response.getOutputStream());
        default ->
            export.json(
                rows, d.name(), id.period().toString(), id.version(), response.getOutputStream());
      }
    }
  }

  /**
   * How the producer wrote decimals: as recorded by a bulk import; otherwise a comma in a numeric
   * cell, or a dot in an integer cell (a thousands separator), means the Indonesian style.
   */
  NumberStyle style(SubmissionId id, List<Variable> variables, ContentStore store) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select number_style from import_progress where submission_id = ?")) {
      ps.setString(1, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getString(1) != null) {
          return NumberStyle.valueOf(rs.getString(1));
        }
      }
    } catch (SQLException | IllegalArgumentException e) {
      // fall back to looking at the cells
    }
    return sniff(store.header(id), variables, store.rows(id, 0, 2000));
  }

  static NumberStyle sniff(List<String> header, List<Variable> variables, List<String[]> rows) {
    VariableType[] types = new VariableType[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      types[i] =
          variables.stream()
              .filter(v -> v.name().equalsIgnoreCase(h))
              .map(Variable::type)
              .findFirst()
              .orElse(VariableType.TEXT);
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length && i < types.length; i++) {
        String cell = row[i];
        if (cell == null) {
          continue;
        }
        if ((types[i] == VariableType.DECIMAL || types[i] == VariableType.INTEGER)
            && cell.indexOf(',') >= 0) {
          return NumberStyle.COMMA_DECIMAL;
        }
        if (types[i] == VariableType.INTEGER && cell.indexOf('.') >= 0) {
          return NumberStyle.COMMA_DECIMAL;
        }
      }
    }
    return NumberStyle.DOT_DECIMAL;
  }

  private static Optional<Period> period(String text) {
    try {
      return Optional.of(Period.parse(text));
    } catch (RuleViolation e) {
      return Optional.empty();
    }
  }

  static void plain(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    response.getWriter().write(message);
  }
}
