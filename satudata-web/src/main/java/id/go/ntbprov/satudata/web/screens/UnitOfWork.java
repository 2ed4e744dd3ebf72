package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction around a use case called from a screen: everything it changes is committed
 * together, or nothing is (a refusal rolls it back).
 */
@ApplicationScoped
public class UnitOfWork {

  /** Runs the work in a transaction and returns its result. */
  @Transactional
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  /** Runs the work in a transaction. */
  @Transactional
  public void run(Runnable work) {
    work.run();
  }
}
