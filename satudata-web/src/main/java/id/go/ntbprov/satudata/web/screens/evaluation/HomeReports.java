package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The home page's evaluation panels: for the regional head, the reports delivered to them; for
 * those who evaluate and deliver, the newest reports and whether each was delivered.
 */
@Named
@RequestScoped
public class HomeReports {

  /** How many reports a panel lists. */
  static final int SHOWN = 5;

  @Inject CoreAccess core;
  @Inject UnitOfWork unit;
  @Inject ReportFiles files;
  @Inject LocaleSelection locale;

  private List<ReportRow> rows;

  private List<ReportRow> rows() {
    if (rows == null) {
      rows = ReportRow.all(files, unit, core, locale.getLocale());
    }
    return rows;
  }

  /** Reports delivered to the regional head, newest first. */
  public List<ReportRow> getDelivered() {
    return rows().stream().filter(ReportRow::delivered).limit(SHOWN).toList();
  }

  /** The newest reports. */
  public List<ReportRow> getRecent() {
    return rows().stream().limit(SHOWN).toList();
  }
}
