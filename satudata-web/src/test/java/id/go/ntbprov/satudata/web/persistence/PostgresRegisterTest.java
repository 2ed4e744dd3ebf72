package id.go.ntbprov.satudata.web.persistence;

/** {@link RegisterContract} on embedded PostgreSQL. */
class PostgresRegisterTest extends RegisterContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("registers");
  }
}
