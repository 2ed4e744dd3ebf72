package id.go.ntbprov.satudata.core.evaluation;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.file.FileRef;
import java.time.Instant;

/**
 * The delivery of an evaluation report to the regional head (SOP 5b).
 *
 * @param deliveredAt when
 * @param recipient to whom, e.g. "Gubernur NTB"
 * @param documentReference the covering letter's number or the agenda reference
 * @param document the delivered document
 * @param deliveredBy who delivered it
 */
public record ReportDelivery(
    Instant deliveredAt,
    String recipient,
    String documentReference,
    FileRef document,
    AccountId deliveredBy) {}
