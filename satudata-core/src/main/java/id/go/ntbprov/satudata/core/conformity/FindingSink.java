package id.go.ntbprov.satudata.core.conformity;

/**
 * Receives conformity findings as they are found. The checker keeps none of them: the sink decides
 * whether to store, count, page or drop them (a million-row upload may yield a million findings).
 */
@FunctionalInterface
public interface FindingSink {

  /** Takes one finding; called on the checking session's thread, in the order found. */
  void accept(Finding finding);
}
