package id.go.ntbprov.satudata.web.persistence;

/** {@link LockingContract} on an H2 file database. */
class H2LockingTest extends LockingContract {
  @Override
  TestDatabase createDatabase() {
    return TestDatabase.h2("locking");
  }
}
