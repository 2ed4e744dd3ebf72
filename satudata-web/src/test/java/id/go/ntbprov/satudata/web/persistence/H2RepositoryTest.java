package id.go.ntbprov.satudata.web.persistence;

/** {@link RepositoryContract} on an H2 file database. */
class H2RepositoryTest extends RepositoryContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("repo");
  }
}
