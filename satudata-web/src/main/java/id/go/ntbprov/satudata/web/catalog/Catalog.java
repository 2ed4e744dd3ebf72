package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.event.DomainEvent;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.persistence.JdbcCatalogChanges;
import id.go.ntbprov.satudata.web.persistence.JdbcViewCounts;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Instances sharing the database: every such step also moves the change counter of {@link
 * JdbcCatalogChanges} in its own transaction ({@link #onStep}), and each instance {@link #poll}s
 * the counter every few seconds, refreshing the items changed elsewhere. View counts of every
 * instance are read again with each flush ({@link #syncViews}).
 *
 * <p>Readers never lock: they take the current snapshot, which is immutable. Writers (events,
 * polls, reloads) are serialised.
 */
@ApplicationScoped
public class Catalog {

  private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

  @Resource(lookup = Platform.DATA_SOURCE)
  DataSource dataSource;

  /** More items changed elsewhere than this since the last poll: the whole catalogue is read. */
  static final int MAX_ITEMS_PER_POLL = 200;

  private volatile Snapshot snapshot;

  /** The change counter's value that the snapshot includes every change up to (-1: unknown). */
  private volatile long seen = -1;

  /** Stored view totals as last read (every instance), plus what this instance stored since. */
  private volatile Map<String, Long> stored = Map.of();

  private final Map<String, LongAdder> unstored = new ConcurrentHashMap<>();
  private final Object viewsLock = new Object();
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

  /** A catalogue over this database, not loaded yet (tests, tools; the server injects it). */
  public static Catalog on(DataSource dataSource) {
    Catalog c = new Catalog();
    c.dataSource = dataSource;
    return c;
  }

  /** Reads the whole catalogue again from the database. */
  public synchronized void reload() {
    long t0 = System.nanoTime();
    // read first: a change committed while loading is applied again by the next poll
    long version = new JdbcCatalogChanges(dataSource).version();
    snapshot = Snapshot.of(new CatalogLoader(dataSource).loadAll());
    seen = version;
    LOG.info(
        () ->
            "catalogue loaded: "
                + snapshot.size()
                + " published datasets in "
                + (System.nanoTime() - t0) / 1_000_000
                + " ms");
  }

  /** Reads one item's dataset again; the snapshot stays the same when nothing changed. */
  public synchronized void refresh(DataItemId item) {
    snapshot = refreshed(snapshot(), item);
  }

  private Snapshot refreshed(Snapshot s, DataItemId item) {
    String name = CatalogDataset.nameOf(item);
    Optional<CatalogDataset> now = new CatalogLoader(dataSource).load(item);
    return now.equals(s.find(name)) ? s : s.with(name, now);
  }

  /**
   * Applies the changes made by other instances (and this one) since the last poll: one primary-key
   * row read when nothing changed; else the changed items are read again (the whole catalogue after
   * an agency's change or more than {@link #MAX_ITEMS_PER_POLL} items). Called every few seconds.
   *
   * @return whether the snapshot changed
   */
  public synchronized boolean poll() {
    if (snapshot == null || seen < 0) {
      reload();
      return true;
    }
    JdbcCatalogChanges changes = new JdbcCatalogChanges(dataSource);
    long now = changes.version();
    if (now == seen) {
      return false;
    }
    Map<String, Long> items = changes.since(seen);
    Snapshot before = snapshot;
    if (items.containsKey(JdbcCatalogChanges.EVERYTHING) || items.size() > MAX_ITEMS_PER_POLL) {
      reload();
      return true;
    }
    Snapshot s = before;
    for (String item : items.keySet()) {
      s = refreshed(s, DataItemId.parse(item));
    }
    snapshot = s;
    seen = Math.max(now, items.values().stream().mapToLong(Long::longValue).max().orElse(now));
    return s != before;
  }

  /**
   * In the step's own transaction, before it commits: a publication (which may supersede a
   * version), a withdrawal or an agency's change moves the catalogue's change counter, so that the
   * other instances sharing the database refresh too. A failure here fails the step (nothing is
   * committed that the other instances would not learn about).
   */
  void onStep(@Observes DomainEvent event) {
    changedItem(event).ifPresent(item -> new JdbcCatalogChanges(dataSource).record(item));
  }

  /** The item a step changes in the public catalogue ({@code *}: everything), if any. */
  static Optional<String> changedItem(DomainEvent event) {
    if ("submission".equals(event.objectType())
        && (event.step() == SopStep.PUBLISH || event.step() == SopStep.WITHDRAW)) {
      return Optional.of(SubmissionId.parse(event.objectId()).item().toString());
    }
    if ("agency".equals(event.objectType())) {
      return Optional.of(JdbcCatalogChanges.EVERYTHING);
    }
    return Optional.empty();
  }

  /** Publication and withdrawal refresh their item; an agency's change reloads everything. */
  void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
    try {
      Optional<String> item = changedItem(event);
      if (item.isPresent() && !item.get().equals(JdbcCatalogChanges.EVERYTHING)) {
        refresh(DataItemId.parse(item.get()));
      } else if (item.isPresent() && snapshot != null) {
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
    unstored.computeIfAbsent(name, k -> new LongAdder()).increment();
    viewCount.incrementAndGet();
  }

  /**
   * Reads the stored totals (every instance, every earlier run) again: views counted here and not
   * stored yet are added to them. Called when the application starts and after each flush.
   */
  public void loadViews() {
    synchronized (viewsLock) {
      Map<String, Long> totals = new JdbcViewCounts(dataSource).load();
      if (!totals.equals(stored)) {
        stored = Map.copyOf(totals);
        viewCount.incrementAndGet(); // most viewed computed again
      }
    }
  }

  /**
   * Adds the views counted since the last call to the stored totals. On failure they stay counted
   * here and go with the next call.
   */
  public void storeViews() {
    synchronized (viewsLock) {
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
        Map<String, Long> totals = new HashMap<>(stored);
        batch.forEach((name, n) -> totals.merge(name, n, Long::sum));
        stored = Map.copyOf(totals);
      } catch (RuntimeException e) {
        batch.forEach((name, n) -> unstored.computeIfAbsent(name, k -> new LongAdder()).add(n));
        LOG.log(Level.WARNING, "dataset views not stored yet; trying again later", e);
      }
      viewCount.incrementAndGet();
    }
  }

  /**
   * Stores the views counted here, then reads every instance's totals again, so that most viewed
   * follows the views of every instance (each flush: every 30 seconds).
   */
  public void syncViews() {
    synchronized (viewsLock) {
      storeViews();
      try {
        loadViews();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "stored dataset views not read again; trying again later", e);
      }
    }
  }

  /** Views of a dataset's page: the stored totals and the views counted here since. */
  public long views(String name) {
    LongAdder a = unstored.get(name);
    return stored.getOrDefault(name, 0L) + (a == null ? 0 : a.sum());
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
    Map<String, Long> totals = stored;
    for (Map.Entry<String, Long> e : totals.entrySet()) {
      size = offer(s, e.getKey(), views(e.getKey()), top, topViews, size);
    }
    for (String name : unstored.keySet()) {
      if (!totals.containsKey(name)) {
        size = offer(s, name, views(name), top, topViews, size);
      }
    }
    List<CatalogDataset> list = List.of(java.util.Arrays.copyOf(top, size));
    mostViewed = new MostViewed(s, count, n, list);
    return list;
  }

  /** Puts a dataset with its views into the top list if it belongs there; answers its size. */
  private static int offer(
      Snapshot s, String name, long v, CatalogDataset[] top, long[] topViews, int size) {
    int n = top.length;
    if (v <= 0 || n == 0) {
      return size;
    }
    if (size == n
        && (v < topViews[n - 1]
            || (v == topViews[n - 1] && name.compareTo(top[n - 1].name()) > 0))) {
      return size;
    }
    CatalogDataset d = s.find(name).filter(CatalogDataset::active).orElse(null);
    if (d == null) {
      return size;
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
    return Math.min(size + 1, n);
  }
}
