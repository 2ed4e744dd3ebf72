package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * What an item of the data list is: everything a producer proposes and revises, apart from the
 * item's workflow state.
 *
 * @param title the item's title, e.g. "Jumlah Penduduk menurut Kabupaten/Kota"
 * @param description a short description for the catalogue
 * @param topic the topic (sector) for the catalogue's facets, e.g. "Kependudukan"
 * @param producer the producing agency
 * @param standard the data standard
 * @param periodicity how often it is produced
 * @param disaggregation the finest region level of the data
 * @param priority true for the region's priority data
 * @param metadata BPS statistical metadata
 * @param structure the structure a conformant upload must have
 */
public record ItemDefinition(
    String title,
    String description,
    String topic,
    AgencyCode producer,
    DataStandard standard,
    Periodicity periodicity,
    RegionLevel disaggregation,
    boolean priority,
    StatisticalMetadata metadata,
    TableStructure structure) {

  /** Refuses a missing title, producer, periodicity, level or structure. */
  public ItemDefinition {
    title = RuleViolation.requireText(title, "item.title");
    description = DataStandard.nz(description);
    topic = DataStandard.nz(topic);
    RuleViolation.requirePresent(producer, "item.producer");
    standard = standard == null ? DataStandard.empty() : standard;
    RuleViolation.requirePresent(periodicity, "item.periodicity");
    RuleViolation.requirePresent(disaggregation, "item.disaggregation");
    metadata = metadata == null ? StatisticalMetadata.empty() : metadata;
    RuleViolation.requirePresent(structure, "item.structure");
  }
}
