package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.datalist.Recommendation;
import id.go.ntbprov.satudata.core.datalist.RecommendationDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A row of {@code item_recommendation}: one {@link Recommendation}. */
@Embeddable
public class RecommendationColumns {

  @Column(name = "decided_at", nullable = false)
  Instant at;

  @Column(name = "decided_by", nullable = false, length = 100)
  String by;

  @Column(name = "decision", nullable = false, length = 20)
  String decision;

  @Column(name = "notes", nullable = false, length = 4000)
  String notes;

  /** For the provider. */
  protected RecommendationColumns() {}

  static RecommendationColumns of(Recommendation r) {
    RecommendationColumns c = new RecommendationColumns();
    c.at = r.at();
    c.by = r.by().value();
    c.decision = r.decision().name();
    c.notes = r.notes();
    return c;
  }

  Recommendation toDomain() {
    return new Recommendation(
        at, AccountId.of(by), RecommendationDecision.valueOf(decision), notes);
  }
}
