package id.go.ntbprov.satudata.web.persistence;

/** {@link ViewCountsContract} on embedded PostgreSQL. */
class PostgresViewCountsTest extends ViewCountsContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("views");
  }
}
