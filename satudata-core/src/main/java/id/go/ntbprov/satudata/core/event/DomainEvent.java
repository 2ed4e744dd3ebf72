package id.go.ntbprov.satudata.core.event;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Instant;

/**
 * Something that happened in the SOP that other parts may react to (refresh the public catalogue,
 * notify an agency head ...).
 *
 * @param at when
 * @param step the step that caused it
 * @param objectType the kind of object
 * @param objectId the object's identifier as text
 * @param stateAfter the object's state after the step
 */
public record DomainEvent(
    Instant at, SopStep step, String objectType, String objectId, String stateAfter) {}
