package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Work that must run outside the screen action's transaction: starting a batch job, whose own
 * thread must see what was written before it starts (the import's progress row).
 */
@ApplicationScoped
public class Outside {

  /** Runs the work with the caller's transaction suspended. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
