package id.go.ntbprov.satudata.core.event;

/** Port: where domain events go once a step has been stored. */
public interface EventSink {

  /** Delivers one event; must not throw for the step's sake. */
  void publish(DomainEvent event);
}
