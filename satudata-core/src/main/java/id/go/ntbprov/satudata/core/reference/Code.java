package id.go.ntbprov.satudata.core.reference;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Optional;
import java.util.Set;

/**
 * One member of a reference code list.
 *
 * @param code the canonical code, e.g. {@code 52.01}
 * @param label the name, e.g. "Lombok Barat"
 * @param kind the member's kind as written in the source ({@code kabupaten}, {@code kota} ...), or
 *     empty
 * @param aliases other accepted spellings, e.g. the BPS code {@code 5201}
 */
public record Code(String code, String label, String kind, Set<String> aliases) {

  /** Refuses a blank code. */
  public Code {
    code = RuleViolation.requireText(code, "code");
    label = label == null ? "" : label.strip();
    kind = kind == null ? "" : kind.strip();
    aliases = Set.copyOf(aliases == null ? Set.of() : aliases);
  }

  /** The region level this code is at, when the kind names one. */
  public Optional<RegionLevel> level() {
    return RegionLevel.fromJenis(kind);
  }
}
