package id.go.ntbprov.satudata.web.persistence;

/** {@link ContentStoreContract} on embedded PostgreSQL. */
class PostgresContentStoreTest extends ContentStoreContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("content");
  }
}
