package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.web.app.Settings;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The evaluation schedule as this server runs it, read only: its setting ({@code
 * SATUDATA_EVALUATION_SCHEDULE}, an environment variable or system property of the server, so it is
 * changed where the server is configured), the runs it started (table {@code scheduled_run}), the
 * last closed quarter and whether its report was run, and the quarter due next.
 */
@Named
@RequestScoped
public class AdminSchedules {

  /** The setting's name. */
  public static final String SETTING = "SATUDATA_EVALUATION_SCHEDULE";

  @Resource(lookup = "jdbc/satudata")
  DataSource dataSource;

  @Inject CoreAccess core;
  @Inject LocaleSelection locale;

  /** One scheduled run. */
  public record Run(String key, String startedAt, String detail) {}

  private List<Run> runs;

  /** The setting's value as configured, or empty (then the schedule is on). */
  public String getSetting() {
    return Settings.get(SETTING).orElse("");
  }

  /** Whether the schedule runs: anything but {@code off} or {@code false}. */
  public boolean isEnabled() {
    String v = getSetting().toLowerCase(java.util.Locale.ROOT);
    return !v.equals("off") && !v.equals("false");
  }

  /** The runs the schedule started, newest first. */
  public List<Run> getRuns() {
    if (runs == null) {
      runs = new ArrayList<>();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "select run_key, started_at, detail from scheduled_run"
                      + " order by started_at desc");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next() && runs.size() < 200) {
          runs.add(
              new Run(
                  rs.getString(1),
                  core.format(rs.getTimestamp(2).toInstant(), locale.getLocale()),
                  rs.getString(3)));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("read scheduled_run", e);
      }
    }
    return runs;
  }

  /** The last quarter that has closed in the region's zone. */
  public String getLastClosed() {
    LocalDate today = LocalDate.now(core.zone());
    int q = (today.getMonthValue() - 1) / 3;
    return (q == 0 ? Period.quarter(today.getYear() - 1, 4) : Period.quarter(today.getYear(), q))
        .toString();
  }

  /** Whether the schedule has run the last closed quarter's report. */
  public boolean isLastClosedRun() {
    String key = "evaluation-report:" + getLastClosed();
    return getRuns().stream().anyMatch(r -> r.key().equals(key));
  }

  /** The quarter running now, whose report is due when it closes. */
  public String getNextDue() {
    LocalDate today = LocalDate.now(core.zone());
    return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).toString();
  }

  /** The day the quarter running now closes (its report runs at the first check after). */
  public String getNextDueDate() {
    Period p = Period.parse(getNextDue());
    return core.format(p.end(core.zone()).toInstant(), locale.getLocale());
  }
}
