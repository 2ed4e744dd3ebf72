package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.web.api.ItemJson;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable form of an item's definition: texts by name ({@code #{form.text['konsep']}}), the
 * variables as rows and the statistical metadata ({@link MetadataForm}). Converted to the core's
 * definition through the API's own {@link ItemJson}, so the screen refuses exactly what the API
 * refuses, naming the field.
 */
public class ItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> text = new HashMap<>();
  private final ArrayList<HashMap<String, Object>> variables = new ArrayList<>();
  private String producer;
  private String periodicity = "ANNUAL";
  private String level = "REGENCY_CITY";
  private boolean priority;
  private String regionVariable;
  private String periodVariable;
  private MetadataForm metadata = new MetadataForm();

  /** An empty form for a new proposal, with one empty variable. */
  static ItemForm blank(String producer) {
    ItemForm f = new ItemForm();
    f.producer = producer;
    f.addVariable();
    return f;
  }

  /** The form of an existing definition. */
  static ItemForm of(ItemDefinition d) {
    ItemForm f = new ItemForm();
    ItemJson.Definition j = ItemJson.of(d);
    f.text.put("title", j.title);
    f.text.put("description", j.description);
    f.text.put("topic", j.topic);
    DataStandard s = d.standard();
    f.text.put("konsep", s.konsep());
    f.text.put("definisi", s.definisi());
    f.text.put("klasifikasi", s.klasifikasi());
    f.text.put("ukuran", s.ukuran());
    f.text.put("satuan", s.satuan());
    f.producer = j.producer;
    f.periodicity = j.periodicity;
    f.level = j.disaggregation;
    f.priority = j.priority;
    f.regionVariable = j.regionVariable;
    f.periodVariable = j.periodVariable;
    for (ItemJson.VariableJson v : j.variables) {
      HashMap<String, Object> row = new HashMap<>();
      row.put("name", v.name);
      row.put("label", v.label);
      row.put("type", v.type);
      row.put("unit", v.unit);
      row.put("required", v.required);
      row.put("key", v.key);
      row.put("min", v.min);
      row.put("max", v.max);
      row.put("codeList", v.codeList);
      f.variables.add(row);
    }
    f.metadata = MetadataForm.of(d.metadata(), f.text, f.variables);
    return f;
  }

  /**
   * The core's definition; {@code previous} keeps what the form does not edit (the rest of MS-Keg).
   */
  ItemDefinition toCore(ItemDefinition previous) {
    ItemJson.Definition j = new ItemJson.Definition();
    j.title = text.get("title");
    j.description = text.get("description");
    j.topic = text.get("topic");
    j.producer = producer;
    j.standard =
        new DataStandard(
            text.get("konsep"),
            text.get("definisi"),
            text.get("klasifikasi"),
            text.get("ukuran"),
            text.get("satuan"));
    j.periodicity = periodicity;
    j.disaggregation = level;
    j.priority = priority;
    StatisticalMetadata m =
        metadata.toCore(
            previous == null ? ActivityMetadata.empty() : previous.metadata().activity(),
            text,
            variables);
    j.activity = m.activity();
    j.variableMetadata = m.variables();
    j.indicators = m.indicators();
    j.variables = new ArrayList<>();
    for (Map<String, Object> row : variables) {
      ItemJson.VariableJson v = new ItemJson.VariableJson();
      v.name = (String) row.get("name");
      v.label = (String) row.get("label");
      v.type = (String) row.get("type");
      v.unit = (String) row.get("unit");
      v.required = Boolean.TRUE.equals(row.get("required"));
      v.key = Boolean.TRUE.equals(row.get("key"));
      v.min = decimal(row.get("min"));
      v.max = decimal(row.get("max"));
      v.codeList = (String) row.get("codeList");
      j.variables.add(v);
    }
    j.regionVariable = blankToNull(regionVariable);
    j.periodVariable = blankToNull(periodVariable);
    return ItemJson.toCore(j);
  }

  private static BigDecimal decimal(Object o) {
    return o instanceof BigDecimal b ? b : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Adds an empty, required variable row. */
  public void addVariable() {
    HashMap<String, Object> row = new HashMap<>();
    row.put("type", "INTEGER");
    row.put("required", Boolean.TRUE);
    row.put("key", Boolean.FALSE);
    variables.add(row);
  }

  /** Removes a variable row. */
  public void removeVariable(Map<String, Object> row) {
    variables.remove(row);
  }

  /** The statistical metadata: MS-Var in the variable rows, the indicators (MS-Ind). */
  public MetadataForm getMetadata() {
    return metadata;
  }

  public Map<String, String> getText() {
    return text;
  }

  public List<HashMap<String, Object>> getVariables() {
    return variables;
  }

  public String getProducer() {
    return producer;
  }

  public void setProducer(String producer) {
    this.producer = producer;
  }

  public String getPeriodicity() {
    return periodicity;
  }

  public void setPeriodicity(String periodicity) {
    this.periodicity = periodicity;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public boolean isPriority() {
    return priority;
  }

  public void setPriority(boolean priority) {
    this.priority = priority;
  }

  public String getRegionVariable() {
    return regionVariable;
  }

  public void setRegionVariable(String regionVariable) {
    this.regionVariable = regionVariable;
  }

  public String getPeriodVariable() {
    return periodVariable;
  }

  public void setPeriodVariable(String periodVariable) {
    this.periodVariable = periodVariable;
  }
}
