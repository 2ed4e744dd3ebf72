package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs work in one resource-local transaction of a fresh entity manager, as a use case would. */
final class Tx {

  private Tx() {}

  static <T> T call(EntityManagerFactory emf, Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
    call(
        emf,
        em -> {
          work.accept(em);
          return null;
        });
  }
}
