package id.go.ntbprov.satudata.web.persistence;

/** {@link RepositoryContract} on an H2 file database in {@code MODE=PostgreSQL}. */
class H2PostgresModeRepositoryTest extends RepositoryContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2PostgresMode("repo");
  }
}
