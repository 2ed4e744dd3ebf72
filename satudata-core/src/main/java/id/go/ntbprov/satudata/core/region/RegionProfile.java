package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.timestandard.TimeStandards;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that makes the system one region's: its agencies, reference code lists, who performs
 * which SOP step, and the time standards. Loaded from plain files by {@link RegionProfiles}; see
 * the package documentation for the file layout.
 *
 * @param code the region's own code (Kemendagri), e.g. {@code 52} for NTB or {@code 52.71} for Kota
 *     Mataram; always a member of the region code list
 * @param name display name, e.g. "Provinsi Nusa Tenggara Barat"
 * @param zone the region's time zone, in which periods close and deadlines fall
 * @param agencies the regional agencies (OPD), in file order, codes unique
 * @param codeLists the reference code lists, ids unique, always including {@link CodeList#REGION}
 * @param steps which roles perform which SOP step
 * @param timeStandards the time standards in force
 */
public record RegionProfile(
    String code,
    String name,
    ZoneId zone,
    List<Agency> agencies,
    List<CodeList> codeLists,
    StepAssignment steps,
    TimeStandards timeStandards) {

  /**
   * Refuses missing parts and a missing region code list ({@link Rule#INPUT_REQUIRED}), a region
   * code list that lacks the region's own code ({@link Rule#INPUT_INVALID}), and duplicate agency
   * codes or code list ids ({@link Rule#DUPLICATE_IDENTIFIER}).
   */
  public RegionProfile {
    code = RuleViolation.requireText(code, "profile.code");
    name = RuleViolation.requireText(name, "profile.name");
    RuleViolation.requirePresent(zone, "profile.zone");
    agencies = List.copyOf(RuleViolation.requirePresent(agencies, "profile.agencies"));
    codeLists = List.copyOf(RuleViolation.requirePresent(codeLists, "profile.codeLists"));
    RuleViolation.requirePresent(steps, "profile.steps");
    RuleViolation.requirePresent(timeStandards, "profile.timeStandards");
    Set<AgencyCode> agencyCodes = new HashSet<>();
    for (Agency a : agencies) {
      RuleViolation.require(
          agencyCodes.add(a.code()), Rule.DUPLICATE_IDENTIFIER, "agency", a.code());
    }
    Set<String> ids = new HashSet<>();
    for (CodeList l : codeLists) {
      RuleViolation.require(ids.add(l.id()), Rule.DUPLICATE_IDENTIFIER, "codelist", l.id());
    }
    CodeList regions =
        codeLists.stream()
            .filter(l -> l.id().equals(CodeList.REGION))
            .findFirst()
            .orElseThrow(() -> new RuleViolation(Rule.INPUT_REQUIRED, "profile.codeLists.wilayah"));
    RuleViolation.require(regions.contains(code), Rule.INPUT_INVALID, "profile.code", code);
  }

  /** The code list with that id, if the profile has one. */
  public Optional<CodeList> codeList(String id) {
    return codeLists.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The region code list ({@link CodeList#REGION}), which every profile has. */
  public CodeList regionCodes() {
    return codeList(CodeList.REGION).orElseThrow();
  }

  /** The agency with that code, if the profile has one. */
  public Optional<Agency> agency(AgencyCode agencyCode) {
    return agencies.stream().filter(a -> a.code().equals(agencyCode)).findFirst();
  }
}
