package id.go.ntbprov.satudata.core.datalist;

import java.util.List;
import java.util.Optional;

/** Port: where the items of every year's data list are kept. */
public interface DataItemRepository {

  /** The item with that id. */
  Optional<DataItem> find(DataItemId id);

  /** Items of one year's list, by code. */
  List<DataItem> byYear(int year);

  /** Inserts (version 0) or updates (same version as stored) an item. */
  DataItem save(DataItem item);
}
