package id.go.ntbprov.satudata.core.conformity;

@FunctionalInterface
public interface FindingSink {
  void accept(Finding f);
}
