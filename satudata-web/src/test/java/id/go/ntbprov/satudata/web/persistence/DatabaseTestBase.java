package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract test class runs against one fresh, migrated database: the subclass says which. Tests
 * of a class share it, so each uses ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTestBase {

  TestDatabase db;

  /** The database this class runs on. */
  abstract TestDatabase createDatabase();

  @BeforeAll
  void startDatabase() {
    db = createDatabase().migrated();
  }

  @AfterAll
  void stopDatabase() {
    db.closeAndDelete();
  }

  EntityManagerFactory emf() {
    return db.emf();
  }

  <T> T tx(Function<EntityManager, T> work) {
    return Tx.call(emf(), work);
  }

  void txRun(Consumer<EntityManager> work) {
    Tx.run(emf(), work);
  }
}
