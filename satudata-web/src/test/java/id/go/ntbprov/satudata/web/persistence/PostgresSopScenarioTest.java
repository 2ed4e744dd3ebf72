package id.go.ntbprov.satudata.web.persistence;

/** {@link SopScenarioContract} on embedded PostgreSQL. */
class PostgresSopScenarioTest extends SopScenarioContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("walk");
  }
}
