package id.go.ntbprov.satudata.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Thread-safe {@link EventSink} that keeps every event and passes it on to listeners. */
public final class InMemoryEventSink implements EventSink {

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    events.add(event);
    for (Consumer<DomainEvent> l : listeners) {
      l.accept(event);
    }
  }

  /** Adds a listener called for every later event. */
  public void subscribe(Consumer<DomainEvent> listener) {
    listeners.add(listener);
  }

  /** Every event so far, oldest first. */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }
}
