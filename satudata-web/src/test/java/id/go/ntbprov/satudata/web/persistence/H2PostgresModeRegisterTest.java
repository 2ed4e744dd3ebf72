package id.go.ntbprov.satudata.web.persistence;

/** {@link RegisterContract} on an H2 file database in {@code MODE=PostgreSQL}. */
class H2PostgresModeRegisterTest extends RegisterContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2PostgresMode("registers");
  }
}
