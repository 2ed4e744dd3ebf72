package id.go.ntbprov.satudata.core.reference;

import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference code list (master data) that variables refer to: region codes, sex, education level,
 * any list a region adds. Lookups accept the canonical code and its aliases.
 */
public final class CodeList implements Versioned<String, CodeList> {

  /** Identifier of the region code list every profile ships. */
  public static final String REGION = "wilayah";

  private final String id;
  private final String name;
  private final List<Code> codes;
  private final Map<String, Code> byValue;
  private final long version;

  /**
   * Creates a list.
   *
   * @param id short identifier, e.g. {@code wilayah}
   * @param name display name
   * @param codes the members, in display order
   * @param version optimistic-lock version
   */
  public CodeList(String id, String name, List<Code> codes, long version) {
    this.id = RuleViolation.requireText(id, "codelist.id");
    this.name = name == null ? id : name;
    this.codes = List.copyOf(codes);
    Map<String, Code> map = new HashMap<>();
    for (Code c : this.codes) {
      if (map.put(c.code(), c) != null) {
        throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, "code", c.code());
      }
      for (String alias : c.aliases()) {
        map.putIfAbsent(alias, c);
      }
    }
    this.byValue = Collections.unmodifiableMap(map);
    this.version = version;
  }

  @Override
  public String id() {
    return id;
  }

  /** Display name. */
  public String name() {
    return name;
  }

  /** Members in display order. */
  public List<Code> codes() {
    return codes;
  }

  /** The member written {@code value} (canonical code or alias). */
  public Optional<Code> resolve(String value) {
    return Optional.ofNullable(value == null ? null : byValue.get(value));
  }

  /** True when {@code value} is a member's code or alias. */
  public boolean contains(String value) {
    return value != null && byValue.containsKey(value);
  }

  /** Members at a region level. */
  public List<Code> atLevel(RegionLevel level) {
    return codes.stream().filter(c -> c.level().filter(level::equals).isPresent()).toList();
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public CodeList withVersion(long version) {
    return new CodeList(id, name, codes, version);
  }
}
