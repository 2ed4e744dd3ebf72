package id.go.ntbprov.satudata.core.actor;

/**
 * The actors of the SOP. Constant names keep the SOP's own Indonesian terms (see the README's
 * glossary), because that is how every user names them.
 */
public enum Role {
  /** Data supervisor; for statistics, BPS. Recommends and coaches on the data list. */
  PEMBINA_DATA(false),
  /** Data producer: staff of one agency (OPD). Scoped to that agency. */
  PRODUSEN_DATA(true),
  /** Data custodian: Dinas Kominfotik. Checks conformity and publishes. */
  WALIDATA(false),
  /** Supporting custodian inside one agency. Scoped to that agency. */
  WALIDATA_PENDUKUNG(true),
  /** Member of the Forum Satu Data, which agrees the data list. */
  FORUM_DATA(false),
  /** Secretariat of the forum: meeting records, evaluation. */
  SEKRETARIAT(false),
  /** Head of an agency, who validates its data by letter. Scoped to that agency. */
  KEPALA_OPD(true),
  /** The regional head (governor, regent, mayor), who receives the report. */
  PIMPINAN_DAERAH(false),
  /** Runs the system: agencies, accounts, schedules. Not an SOP actor. */
  ADMINISTRATOR(false);

  private final boolean agencyScoped;

  Role(boolean agencyScoped) {
    this.agencyScoped = agencyScoped;
  }

  /** True when an assignment of this role must name the agency it acts for. */
  public boolean agencyScoped() {
    return agencyScoped;
  }

  /** Key of the role's display name in the messages bundle. */
  public String messageKey() {
    return "role." + name();
  }
}
