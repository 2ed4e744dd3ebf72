package id.go.ntbprov.satudata.web.persistence;

/** {@link LockingContract} on embedded PostgreSQL. */
class PostgresLockingTest extends LockingContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.postgres("locking");
  }
}
