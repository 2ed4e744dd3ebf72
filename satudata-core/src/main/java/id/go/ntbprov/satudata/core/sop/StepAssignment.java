package id.go.ntbprov.satudata.core.sop;

import id.go.ntbprov.satudata.core.actor.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may perform which SOP step: the actor columns of the SOP table, as data. A region
 * loads its own from its profile; {@link #ntbDefault()} is NTB's reading of the signed SOP.
 */
public final class StepAssignment {

  private final Map<SopStep, Set<Role>> roles;

  private StepAssignment(Map<SopStep, Set<Role>> roles) {
    EnumMap<SopStep, Set<Role>> copy = new EnumMap<>(SopStep.class);
    for (SopStep step : SopStep.values()) {
      Set<Role> r = roles.get(step);
      copy.put(
          step,
          Collections.unmodifiableSet(
              r == null || r.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(r)));
    }
    this.roles = Collections.unmodifiableMap(copy);
  }

  /** An assignment from a map; steps missing from it are allowed to nobody. */
  public static StepAssignment of(Map<SopStep, Set<Role>> roles) {
    return new StepAssignment(roles);
  }

  /**
   * NTB's assignment, following the wording of each activity of the SOP and the national (SDI)
   * roles: see SOP.md section 1.
   */
  public static StepAssignment ntbDefault() {
    Map<SopStep, Set<Role>> m = new EnumMap<>(SopStep.class);
    m.put(SopStep.PROPOSE_ITEM, EnumSet.of(Role.PRODUSEN_DATA, Role.WALIDATA));
    m.put(SopStep.RECOMMEND_ITEM, EnumSet.of(Role.PEMBINA_DATA));
    m.put(SopStep.RECORD_FORUM_MEETING, EnumSet.of(Role.SEKRETARIAT));
    m.put(SopStep.AGREE_DATA_LIST, EnumSet.of(Role.FORUM_DATA));
    m.put(SopStep.CHECK_AVAILABILITY, EnumSet.of(Role.WALIDATA, Role.PRODUSEN_DATA));
    m.put(SopStep.UPLOAD, EnumSet.of(Role.PRODUSEN_DATA));
    m.put(SopStep.SUBMIT_FOR_CHECK, EnumSet.of(Role.PRODUSEN_DATA));
    m.put(SopStep.REGISTER_STATEMENT_LETTER, EnumSet.of(Role.PRODUSEN_DATA, Role.WALIDATA));
    m.put(SopStep.CHECK_CONFORMITY, EnumSet.of(Role.WALIDATA, Role.WALIDATA_PENDUKUNG));
    m.put(SopStep.VALIDATE, EnumSet.of(Role.KEPALA_OPD));
    m.put(SopStep.PUBLISH, EnumSet.of(Role.WALIDATA));
    m.put(SopStep.WITHDRAW, EnumSet.of(Role.WALIDATA));
    m.put(SopStep.EVALUATE, EnumSet.of(Role.WALIDATA, Role.SEKRETARIAT));
    m.put(SopStep.DELIVER_REPORT, EnumSet.of(Role.WALIDATA));
    m.put(SopStep.ADMINISTER, EnumSet.of(Role.ADMINISTRATOR));
    return new StepAssignment(m);
  }

  /** The roles allowed to perform {@code step} (possibly none). */
  public Set<Role> rolesFor(SopStep step) {
    return roles.get(step);
  }

  /** The whole assignment, step by step. */
  public Map<SopStep, Set<Role>> asMap() {
    return roles;
  }
}
