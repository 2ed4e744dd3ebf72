package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.web.persistence.TestDatabase;

/** {@link CatalogInstancesContract} on H2. */
class H2CatalogInstancesTest extends CatalogInstancesContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("instances");
  }
}
