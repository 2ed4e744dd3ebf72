package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.web.persistence.TestDatabase;

/** {@link CatalogInstancesContract} on embedded PostgreSQL. */
class PostgresCatalogInstancesTest extends CatalogInstancesContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("instances");
  }
}
