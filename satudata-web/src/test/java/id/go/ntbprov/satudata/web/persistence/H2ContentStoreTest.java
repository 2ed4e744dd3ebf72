package id.go.ntbprov.satudata.web.persistence;

/** {@link ContentStoreContract} on an H2 file database. */
class H2ContentStoreTest extends ContentStoreContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("content");
  }

  @Override
  String expectedRowPath() {
    return "INSERT";
  }
}
