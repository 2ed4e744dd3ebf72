package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.UnitOfWork;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The agencies (OPD): list, register, change name, head or active flag — each through the core's
 * {@code Administration.saveAgency}, as {@code PUT /api/v1/agencies/{code}} does.
 */
@Named
@ViewScoped
public class AdminAgencies implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject UnitOfWork unit;

  /** An agency as listed. */
  public record Row(String code, String name, String head, boolean active, long version)
      implements Serializable {}

  private List<Row> agencies;
  private String code;
  private String name;
  private String head;
  private boolean active = true;
  private long version;
  private boolean editing;

  @PostConstruct
  void load() {
    agencies =
        unit.call(() -> core.sop().ports().agencies().all()).stream()
            .sorted(Comparator.comparing(a -> a.code().value()))
            .map(a -> new Row(a.code().value(), a.name(), a.headName(), a.active(), a.version()))
            .toList();
  }

  /** Fills the form with an agency to change it. */
  public void edit(Row row) {
    code = row.code();
    name = row.name();
    head = row.head();
    active = row.active();
    version = row.version();
    editing = true;
  }

  /** Empties the form for a new agency. */
  public void clear() {
    code = null;
    name = null;
    head = null;
    active = true;
    version = 0;
    editing = false;
  }

  /** Registers the agency or saves the change (refused by the core with its rule's message). */
  public void save() {
    if (feedback.perform(
        () ->
            core.sop()
                .administration()
                .saveAgency(
                    signedIn.require(),
                    new Agency(AgencyCode.of(code), name, head, active, editing ? version : 0)),
        "admin.agency.saved",
        code)) {
      clear();
      load();
    }
  }

  public List<Row> getAgencies() {
    return agencies;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHead() {
    return head;
  }

  public void setHead(String head) {
    this.head = head;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public boolean isEditing() {
    return editing;
  }
}
