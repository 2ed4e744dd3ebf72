package id.go.ntbprov.satudata.web.app;

import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.event.EventSink;
import jakarta.enterprise.event.Event;

/**
 * Passes the core's domain events on as CDI events, delivered after the transaction commits to
 * observers declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
final class CdiEventSink implements EventSink {

  private final Event<DomainEvent> events;

  CdiEventSink(Event<DomainEvent> events) {
    this.events = events;
  }

  @Override
  public void publish(DomainEvent event) {
    events.fire(event);
  }
}
