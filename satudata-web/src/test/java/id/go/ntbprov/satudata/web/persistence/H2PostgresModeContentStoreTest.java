package id.go.ntbprov.satudata.web.persistence;

/** {@link ContentStoreContract} on an H2 file database in {@code MODE=PostgreSQL}. */
class H2PostgresModeContentStoreTest extends ContentStoreContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2PostgresMode("content");
  }

  @Override
  String expectedRowPath() {
    return "INSERT";
  }
}
