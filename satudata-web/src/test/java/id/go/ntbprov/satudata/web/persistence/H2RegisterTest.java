package id.go.ntbprov.satudata.web.persistence;

/** {@link RegisterContract} on an H2 file database. */
class H2RegisterTest extends RegisterContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("registers");
  }
}
