package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The public catalogue's read model: an in-memory {@link Snapshot} of every published dataset,
 * loaded once at startup and refreshed for one item whenever a version is published or withdrawn
 * (the core's domain events, delivered after the transaction commits, before the HTTP answer of the
 * publish call is sent). A publication is therefore public as soon as its call returns.
 *
 * <p>Readers never lock: they take the current snapshot, which is immutable. Writers (events,
 * reloads) are serialised.
 */
@ApplicationScoped
public class Catalog {

  private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

  @Resource(lookup = Platform.DATA_SOURCE)
  DataSource dataSource;

  private volatile Snapshot snapshot;
  private final Map<String, LongAdder> views = new ConcurrentHashMap<>();

  /** The catalogue as it is now. */
  public Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s == null) {
      synchronized (this) {
        if (snapshot == null) {
          reload();
        }
        s = snapshot;
      }
    }
    return s;
  }

  /** Reads the whole catalogue again from the database. */
  public synchronized void reload() {
    long t0 = System.nanoTime();
    snapshot = Snapshot.of(new CatalogLoader(dataSource).loadAll());
    LOG.info(
        () ->
            "catalogue loaded: "
                + snapshot.size()
                + " published datasets in "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }

  /** Reads one item's dataset again. */
  public synchronized void refresh(DataItemId item) {
    Snapshot s = snapshot();
    snapshot = s.with(CatalogDataset.nameOf(item), new CatalogLoader(dataSource).load(item));
  }

  /** Publication and withdrawal refresh their item; an agency's change reloads everything. */
  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    try {
      if ("submission".equals(event.objectType())
          && (event.step() == SopStep.PUBLISH || event.step() == SopStep.WITHDRAW)) {
        refresh(SubmissionId.parse(event.objectId()).item());
      } else if ("agency".equals(event.objectType()) && snapshot != null) {
        reload();
      }
    } catch (RuntimeException e) {
      // the step is committed; a failed refresh must not turn it into an error: reload later
      LOG.log(Level.WARNING, "catalogue refresh failed after " + event + "; reloading", e);
      synchronized (this) {
        snapshot = null;
      }
    }
  }

  /** Counts a view of a dataset's page. */
  public void viewed(String name) {
    views.computeIfAbsent(name, k -> new LongAdder()).increment();
  }

  /** Views of a dataset's page since the start. */
  public long views(String name) {
    LongAdder a = views.get(name);
    return a == null ? 0 : a.sum();
  }

  /** The most viewed active datasets, most viewed first. */
  public List<CatalogDataset> mostViewed(int n) {
    return snapshot().active().stream()
        .filter(d -> views(d.name()) > 0)
        .sorted(
            Comparator.comparingLong((CatalogDataset d) -> views(d.name()))
                .reversed()
                .thenComparing(CatalogDataset::name))
        .limit(n)
        .toList();
  }
}
