package id.go.ntbprov.satudata.web.persistence;

/** {@link SopScenarioContract} on an H2 file database. */
class H2SopScenarioTest extends SopScenarioContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("walk");
  }
}
