package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.IndicatorMetadata;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON shape of a data list item's definition, both ways. Fields are public for JSON-B. */
public final class ItemJson {

  /** The definition an agency proposes. */
  public static class Definition {
    public String title;
    public String description;
    public String topic;
    public String producer;
    public DataStandard standard;
    public String periodicity;
    public String disaggregation;
    public boolean priority;
    public ActivityMetadata activity;
    public List<VariableMetadata> variableMetadata;
    public List<IndicatorMetadata> indicators;
    public List<VariableJson> variables;
    public String regionVariable;
    public String periodVariable;
  }

  /** One variable of the structure. */
  public static class VariableJson {
    public String name;
    public String label;
    public String type;
    public String unit;
    public boolean required = true;
    public boolean key;
    public BigDecimal min;
    public BigDecimal max;
    public String codeList;
  }

  /** A proposal: year, code and definition. */
  public static class Proposal {
    public int year;
    public String code;
    public Definition definition;
  }

  /** A decision of the Pembina Data. */
  public static class Decision {
    public String decision;
    public String notes;
  }

  /** An availability check. */
  public static class AvailabilityJson {
    public String status;
    public String reason;
  }

  private ItemJson() {}

  /** The core's definition from the JSON one; refuses missing or unknown values by field. */
  public static ItemDefinition toCore(Definition d) {
    RuleViolation.requirePresent(d, "definition");
    List<Variable> vars = new ArrayList<>();
    for (VariableJson v : d.variables == null ? List.<VariableJson>of() : d.variables) {
      vars.add(
          new Variable(
              v.name,
              v.label,
              Enums.parse(VariableType.class, v.type, "variable.type"),
              v.unit,
              v.required || v.key,
              v.key,
              Optional.ofNullable(v.min),
              Optional.ofNullable(v.max),
              Optional.ofNullable(v.codeList)));
    }
    TableStructure structure =
        new TableStructure(
            vars, Optional.ofNullable(d.regionVariable), Optional.ofNullable(d.periodVariable));
    return new ItemDefinition(
        d.title,
        d.description,
        d.topic,
        d.producer == null ? null : AgencyCode.of(d.producer),
        d.standard,
        Enums.parse(Periodicity.class, d.periodicity, "periodicity"),
        Enums.parse(RegionLevel.class, d.disaggregation, "disaggregation"),
        d.priority,
        new StatisticalMetadata(d.activity, d.variableMetadata, d.indicators),
        structure);
  }

  /** The JSON definition of a core one. */
  public static Definition of(ItemDefinition d) {
    Definition j = new Definition();
    j.title = d.title();
    j.description = d.description();
    j.topic = d.topic();
    j.producer = d.producer().value();
    j.standard = d.standard();
    j.periodicity = d.periodicity().name();
    j.disaggregation = d.disaggregation().name();
    j.priority = d.priority();
    j.activity = d.metadata().activity();
    j.variableMetadata = d.metadata().variables();
    j.indicators = d.metadata().indicators();
    j.variables = new ArrayList<>();
    for (Variable v : d.structure().variables()) {
      VariableJson vj = new VariableJson();
      vj.name = v.name();
      vj.label = v.label();
      vj.type = v.type().name();
      vj.unit = v.unit();
      vj.required = v.required();
      vj.key = v.key();
      vj.min = v.min().orElse(null);
      vj.max = v.max().orElse(null);
      vj.codeList = v.codeList().orElse(null);
      j.variables.add(vj);
    }
    j.regionVariable = d.structure().regionVariable().orElse(null);
    j.periodVariable = d.structure().periodVariable().orElse(null);
    return j;
  }

  /** The item as the API shows it. */
  public record View(
      String id,
      int year,
      String code,
      String status,
      long version,
      Definition definition,
      List<RecommendationView> recommendations,
      String agreedInMeeting,
      String agreedAt,
      AvailabilityView availability) {

    /** The view of a core item. */
    public static View of(DataItem i) {
      return new View(
          i.id().toString(),
          i.id().year(),
          i.id().code(),
          i.status().name(),
          i.version(),
          ItemJson.of(i.definition()),
          i.recommendations().stream()
              .map(
                  r ->
                      new RecommendationView(
                          r.at().toString(), r.by().value(), r.decision().name(), r.notes()))
              .toList(),
          i.agreedInMeeting().orElse(null),
          i.agreedAt().map(Object::toString).orElse(null),
          i.availability()
              .map(
                  a ->
                      new AvailabilityView(
                          a.status().name(),
                          a.reason(),
                          a.checkedAt().toString(),
                          a.checkedBy().value()))
              .orElse(null));
    }
  }

  /** A recommendation as shown. */
  public record RecommendationView(String at, String by, String decision, String notes) {}

  /** An availability check as shown. */
  public record AvailabilityView(
      String status, String reason, String checkedAt, String checkedBy) {}
}
