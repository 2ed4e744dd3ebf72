package id.go.ntbprov.satudata.core.datalist;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.List;
import java.util.Optional;

/** Port: where the items of every year's data list are kept. */
public interface DataItemRepository {

  /** The item with that id. */
  Optional<DataItem> find(DataItemId id);

  /**
   * The item with that id, or a refusal naming it.
   *
   * @throws RuleViolation {@link Rule#NOT_FOUND}
   */
  default DataItem require(DataItemId id) {
    return find(id).orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "item", id));
  }

  /** Items of one year's list, by code. */
  List<DataItem> byYear(int year);

  /** Inserts (version 0) or updates (same version as stored) an item. */
  DataItem save(DataItem item);
}
