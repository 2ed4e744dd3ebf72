package id.go.ntbprov.satudata.web.persistence;

/** {@link RepositoryContract} on embedded PostgreSQL. */
class PostgresRepositoryTest extends RepositoryContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("repo");
  }
}
