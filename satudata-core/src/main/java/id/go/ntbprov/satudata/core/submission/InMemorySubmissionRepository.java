package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.repository.InMemoryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Thread-safe in-memory {@link SubmissionRepository}. */
public final class InMemorySubmissionRepository implements SubmissionRepository {

  private final InMemoryStore<SubmissionId, Submission> store = new InMemoryStore<>("submission");

  @Override
  public Optional<Submission> find(SubmissionId id) {
    return store.find(id);
  }

  @Override
  public List<Submission> series(DataItemId item, Period period) {
    return store.list(
        s -> s.id().item().equals(item) && s.id().period().equals(period),
        Comparator.comparing(Submission::id));
  }

  @Override
  public List<Submission> byListYear(int year) {
    return store.list(s -> s.id().item().year() == year, Comparator.comparing(Submission::id));
  }

  @Override
  public List<Submission> byStatus(SubmissionStatus status) {
    return store.list(s -> s.status() == status, Comparator.comparing(Submission::id));
  }

  @Override
  public List<Submission> byAgency(AgencyCode agency) {
    return store.list(s -> s.agency().equals(agency), Comparator.comparing(Submission::id));
  }

  @Override
  public Submission save(Submission submission) {
    return store.save(submission);
  }
}
