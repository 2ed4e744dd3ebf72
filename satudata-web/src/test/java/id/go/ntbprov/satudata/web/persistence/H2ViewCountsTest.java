package id.go.ntbprov.satudata.web.persistence;

/** {@link ViewCountsContract} on H2. */
class H2ViewCountsTest extends ViewCountsContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("views");
  }
}
