package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.Transition;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A row of {@code submission_transition}: one {@link Transition}. */
@Embeddable
public class TransitionColumns {

  @Column(name = "at_time", nullable = false)
  Instant at;

  @Column(name = "by_account", nullable = false, length = 100)
  String by;

  @Column(name = "from_status", length = 20)
  String from;

  @Column(name = "to_status", nullable = false, length = 20)
  String to;

  @Column(name = "note", nullable = false, length = 4000)
  String note;

  /** For the provider. */
  protected TransitionColumns() {}

  static TransitionColumns of(Transition t) {
    TransitionColumns c = new TransitionColumns();
    c.at = t.at();
    c.by = t.by().value();
    c.from = t.from() == null ? null : t.from().name();
    c.to = t.to().name();
    c.note = t.note();
    return c;
  }

  Transition toDomain() {
    return new Transition(
        at,
        AccountId.of(by),
        from == null ? null : SubmissionStatus.valueOf(from),
        SubmissionStatus.valueOf(to),
        note);
  }
}
