package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.persistence.JdbcViewCounts;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
  private final Map<String, LongAdder> unstored = new ConcurrentHashMap<>();
  private final AtomicLong viewCount = new AtomicLong();
  private volatile MostViewed mostViewed;

  /** The most viewed datasets of a snapshot after a number of views. */
  private record MostViewed(Snapshot snapshot, long viewCount, int n, List<CatalogDataset> list) {}

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

  /** Uses this snapshot (tests and benchmarks, without a database). */
  void use(Snapshot s) {
    snapshot = s;
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

  /** Counts a view of a dataset's page (stored with the next {@link #storeViews()}). */
  public void viewed(String name) {
    views.computeIfAbsent(name, k -> new LongAdder()).increment();
    unstored.computeIfAbsent(name, k -> new LongAdder()).increment();
    viewCount.incrementAndGet();
  }

  /**
   * Adds the stored totals (every instance, every earlier run) to the views counted here; called
   * once, when the application starts.
   */
  public void loadViews() {
    new JdbcViewCounts(dataSource)
        .load()
        .forEach((name, n) -> views.computeIfAbsent(name, k -> new LongAdder()).add(n));
    viewCount.incrementAndGet(); // most viewed computed again
  }

  /**
   * Adds the views counted since the last call to the stored totals. On failure they stay counted
   * here and go with the next call.
   */
  public void storeViews() {
    Map<String, Long> batch = new HashMap<>();
    unstored.forEach(
        (name, adder) -> {
          long n = adder.sumThenReset();
          if (n > 0) {
            batch.put(name, n);
          }
        });
    try {
      new JdbcViewCounts(dataSource).add(batch);
    } catch (RuntimeException e) {
      batch.forEach((name, n) -> unstored.computeIfAbsent(name, k -> new LongAdder()).add(n));
      LOG.log(Level.WARNING, "dataset views not stored yet; trying again later", e);
    }
  }

  /** Views of a dataset's page: the stored totals at the start and the views since. */
  public long views(String name) {
    LongAdder a = views.get(name);
    return a == null ? 0 : a.sum();
  }

  /**
   * The most viewed active datasets, most viewed first (then by name). Exact: computed again only
   * when a view was counted or the snapshot changed since the last time, over the viewed datasets
   * only (not every active one), keeping the first {@code n} in a small array.
   */
  public List<CatalogDataset> mostViewed(int n) {
    Snapshot s = snapshot();
    long count = viewCount.get();
    MostViewed last = mostViewed;
    if (last != null && last.snapshot() == s && last.viewCount() == count && last.n() == n) {
      return last.list();
    }
    CatalogDataset[] top = new CatalogDataset[n];
    long[] topViews = new long[n];
    int size = 0;
    for (Map.Entry<String, LongAdder> e : views.entrySet()) {
      long v = e.getValue().sum();
      if (v <= 0 || n == 0) {
        continue;
      }
      if (size == n
          && (v < topViews[n - 1]
              || (v == topViews[n - 1] && e.getKey().compareTo(top[n - 1].name()) > 0))) {
        continue;
      }
      CatalogDataset d = s.find(e.getKey()).filter(CatalogDataset::active).orElse(null);
      if (d == null) {
        continue;
      }
      int i = Math.min(size, n - 1);
      while (i > 0
          && (topViews[i - 1] < v
              || (topViews[i - 1] == v && top[i - 1].name().compareTo(d.name()) > 0))) {
        top[i] = top[i - 1];
        topViews[i] = topViews[i - 1];
        i--;
      }
      top[i] = d;
      topViews[i] = v;
      size = Math.min(size + 1, n);
    }
    List<CatalogDataset> list = List.of(java.util.Arrays.copyOf(top, size));
    mostViewed = new MostViewed(s, count, n, list);
    return list;
  }
}
