package id.go.ntbprov.satudata.batch.evaluation;

import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs the evaluation report by itself once each quarter and year has closed (the SOP allows 2
 * days). Every hour it looks at the last quarter that closed at least the configured delay ago and,
 * after the fourth, the year; a period runs once, guarded by the {@code scheduled_run} table so
 * that several instances sharing the database do not run it twice. The reports are made for the
 * system account {@code sistem} (seeded, cannot sign in). {@code SATUDATA_EVALUATION_SCHEDULE}
 * ({@link ScheduleSetting}) turns it off or sets the delay (default: none, within the hour).
 */
@Singleton
public class EvaluationSchedule {

  /** The account the scheduled evaluations run for. */
  public static final String SYSTEM_ACCOUNT = "sistem";

  private static final Logger LOG = Logger.getLogger(EvaluationSchedule.class.getName());

  @Resource(lookup = "jdbc/satudata")
  DataSource dataSource;

  @Inject RegionProfile profile;

  // persistent=false: a persistent timer needs the cluster store, which single-node runs do not
  // start (the whole application would fail to load).
  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    ScheduleSetting setting;
    try {
      setting = ScheduleSetting.current();
    } catch (IllegalArgumentException e) {
      LOG.severe("Scheduled evaluations not run: " + e.getMessage());
      return;
    }
    for (Period p : due(Instant.now(), setting)) {
      startOnce(p);
    }
  }

  /**
   * The periods whose report is due at {@code now} under {@code setting}: none when off; else the
   * last quarter that closed at least the delay before {@code now}, and its year after the fourth.
   */
  List<Period> due(Instant now, ScheduleSetting setting) {
    return setting.enabled() ? due(now.minus(setting.delay())) : List.of();
  }

  /** The periods whose report is due at {@code now}: the last closed quarter, and its year. */
  List<Period> due(Instant now) {
    LocalDate today = ZonedDateTime.ofInstant(now, profile.zone()).toLocalDate();
    int quarter = (today.getMonthValue() - 1) / 3; // the current quarter's index - 1
    Period last =
        quarter == 0
            ? Period.quarter(today.getYear() - 1, 4)
            : Period.quarter(today.getYear(), quarter);
    List<Period> out = new ArrayList<>();
    out.add(last);
    if (last.index() == 4) {
      out.add(Period.year(last.year()));
    }
    return out;
  }

  /** Starts the evaluation job for a period unless some instance did already. */
  boolean startOnce(Period period) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into scheduled_run (run_key, started_at, detail) values (?, ?, ?)")) {
      ps.setString(1, "evaluation-report:" + period);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setString(3, "scheduled");
      ps.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // already run, here or on another instance
      }
      LOG.log(Level.SEVERE, "Scheduled evaluation of " + period + " not started", e);
      return false;
    }
    long execution =
        BatchRuntime.getJobOperator()
            .start(
                EvaluationReportJob.NAME, EvaluationReportJob.parameters(period, SYSTEM_ACCOUNT));
    LOG.info("Scheduled evaluation of " + period + " started as execution " + execution);
    return true;
  }
}
