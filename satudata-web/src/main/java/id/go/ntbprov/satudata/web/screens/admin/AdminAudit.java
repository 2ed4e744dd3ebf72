package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.persistence.JpaAuditSearch;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit trail: every recorded step with who, which role, when, which object and its states,
 * newest first, a page at a time, filtered by account, step, object and date range (days in the
 * region's time zone, both ends included).
 */
@Named
@ViewScoped
public class AdminAudit implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditReader reader;
  @Inject CoreAccess core;
  @Inject LocaleSelection locale;

  private String account;
  private String step;
  private String text;
  private LocalDate from;
  private LocalDate to;

  /** One entry as listed. */
  public record Row(
      long key,
      String at,
      String account,
      String role,
      String step,
      String object,
      String change,
      String detail)
      implements Serializable {}

  private final LazyDataModel<Row> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, reader.count(filter()));
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          List<AuditEntry> page = reader.page(filter(), first, pageSize);
          return java.util.stream.IntStream.range(0, page.size())
              .mapToObj(i -> row(first + i, page.get(i)))
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return Long.toString(row.key());
        }
      };

  private JpaAuditSearch.Filter filter() {
    return new JpaAuditSearch.Filter(
        account,
        step,
        text,
        from == null ? null : from.atStartOfDay(core.zone()).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(core.zone()).toInstant());
  }

  private Row row(long key, AuditEntry e) {
    String role =
        Messages.format(locale.getLocale(), e.role().role().messageKey())
            + e.role().agency().map(a -> " (" + a.value() + ")").orElse("");
    return new Row(
        key,
        core.format(e.at(), locale.getLocale()),
        e.account().value(),
        role,
        Messages.format(locale.getLocale(), e.step().messageKey()),
        e.objectType() + " " + e.objectId(),
        e.stateBefore() + " → " + e.stateAfter(),
        e.detail());
  }

  /** Applies the filters (the table reloads from its first page). */
  public void search() {
    // The lazy model reads the filter fields at its next load; back to the first page.
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("audit:list");
    if (table instanceof DataTable t) {
      t.setFirst(0);
    }
  }

  /** Clears the filters. */
  public void reset() {
    account = null;
    step = null;
    text = null;
    from = null;
    to = null;
    search();
  }

  public LazyDataModel<Row> getEntries() {
    return entries;
  }

  /** The steps, for the step filter. */
  public List<SopStep> getSteps() {
    return Arrays.asList(SopStep.values());
  }

  /** A step's name as the user reads it. */
  public String stepLabel(SopStep s) {
    return Messages.format(locale.getLocale(), s.messageKey());
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
