package id.go.ntbprov.satudata.core.actor;

import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * A regional agency (Organisasi Perangkat Daerah, OPD) that produces data.
 *
 * @param code the agency's short code
 * @param name full name, e.g. "Dinas Kesehatan Provinsi NTB"
 * @param headName name of the current head (Kepala OPD), as printed on letters
 * @param active false once the agency is dissolved; its history stays
 * @param version optimistic-lock version (0 when new)
 */
public record Agency(AgencyCode code, String name, String headName, boolean active, long version)
    implements Versioned<AgencyCode, Agency> {

  /** Refuses a missing code or name. */
  public Agency {
    RuleViolation.requirePresent(code, "agency.code");
    name = RuleViolation.requireText(name, "agency.name");
    headName = headName == null ? "" : headName.strip();
  }

  /** A new, active agency. */
  public static Agency of(String code, String name, String headName) {
    return new Agency(AgencyCode.of(code), name, headName, true, 0);
  }

  @Override
  public AgencyCode id() {
    return code;
  }

  @Override
  public Agency withVersion(long version) {
    return new Agency(code, name, headName, active, version);
  }

  /** A copy with a new head. */
  public Agency withHead(String headName) {
    return new Agency(code, name, headName, active, version);
  }
}
