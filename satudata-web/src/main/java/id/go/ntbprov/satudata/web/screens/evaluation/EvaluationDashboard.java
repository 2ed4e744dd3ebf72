package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation dashboard: the figures of a quarter or year as the newest evaluation report of
 * that period holds them (SOP 5a), for the region and per agency, with charts and the same numbers
 * as tables. It opens on the period of the newest report.
 */
@Named
@ViewScoped
public class EvaluationDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject UnitOfWork unit;
  @Inject Feedback feedback;
  @Inject LocaleSelection locale;

  private String period;
  private DashboardView view;

  @PostConstruct
  void init() {
    List<EvaluationReport> all = reports();
    period =
        all.isEmpty()
            ? Period.year(LocalDate.now(core.zone()).getYear()).toString()
            : all.get(0).evaluation().period().toString();
    view = build(Period.parse(period), all);
  }

  /** Shows the period entered (refused by the core's period rules when malformed). */
  public void show() {
    feedback.attempt(() -> Period.parse(period), null).ifPresent(p -> view = build(p, reports()));
  }

  private List<EvaluationReport> reports() {
    return unit.call(() -> core.sop().ports().reports().all());
  }

  private DashboardView build(Period p, List<EvaluationReport> all) {
    Map<AgencyCode, String> names =
        unit.call(() -> core.sop().ports().agencies().all()).stream()
            .collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
    return DashboardView.of(
        p,
        all,
        c -> names.getOrDefault(c, c.value()),
        at -> core.format(at, locale.getLocale()),
        locale.getLocale());
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public DashboardView getView() {
    return view;
  }
}
