package id.go.ntbprov.satudata.batch.imports;

import id.go.ntbprov.satudata.batch.read.TableSource;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Reads a table's rows on a thread of its own, a few thousand rows ahead of the job's thread, so
 * that parsing the file runs beside the conformity check and the database writes instead of before
 * them (on two cores: one parses, the other checks, encodes and sends while the database stores).
 *
 * <p>Rows come out in the file's order, each with the share of the file read when it was read; a
 * failure while reading comes out on the job's thread after the rows read before it, as if read
 * there. Memory: at most {@value #BATCHES} batches of {@value #BATCH} rows wait. The source is used
 * only by the reading thread until {@link #close()}, which stops that thread and then closes it.
 */
final class ReadAhead implements AutoCloseable {

  static final int BATCH = 1_000;
  static final int BATCHES = 8;

  private record Batch(
      String[][] rows, double[] fractions, int size, double endFraction, RuntimeException failure) {
    boolean last() {
      return !Double.isNaN(endFraction) || failure != null;
    }
  }

  private final TableSource source;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread thread;
  private volatile boolean stopped;
  private Batch current;
  private int index;
  private double fraction = Double.NaN;

  ReadAhead(TableSource source, ThreadFactory threads) {
    this.source = source;
    this.thread = threads.newThread(this::readAll);
    thread.setDaemon(true);
    thread.start();
  }

  private void readAll() {
    try {
      boolean last = false;
      while (!last && !stopped) {
        String[][] rows = new String[BATCH][];
        double[] fractions = new double[BATCH];
        int n = 0;
        double end = Double.NaN;
        RuntimeException failure = null;
        try {
          while (n < BATCH) {
            if (!source.hasNext()) {
              end = source.fractionRead();
              if (Double.isNaN(end)) {
                end = 1.0;
              }
              break;
            }
            rows[n] = source.next();
            fractions[n++] = source.fractionRead();
          }
        } catch (RuntimeException e) {
          failure = e;
        }
        Batch batch = new Batch(rows, fractions, n, end, failure);
        last = batch.last();
        while (!stopped && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          // the job's thread is behind (or gone: close() sets stopped)
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // close() stops the reading
    }
  }

  /**
   * The next row, or null after the last one.
   *
   * @throws RuntimeException what reading the file threw, once the rows read before it are taken
   */
  String[] next() {
    while (current == null || index == current.size()) {
      if (current != null && current.failure() != null) {
        throw current.failure();
      }
      if (current != null && current.last()) {
        fraction = current.endFraction();
        return null;
      }
      current = take();
      index = 0;
    }
    fraction = current.fractions()[index];
    return current.rows()[index++];
  }

  /** Share of the file read for the row last returned (at the end: the whole file); NaN unknown. */
  double fraction() {
    return fraction;
  }

  private Batch take() {
    try {
      while (true) {
        Batch b = queue.poll(1, TimeUnit.SECONDS);
        if (b != null) {
          return b;
        }
        if (!thread.isAlive() && queue.isEmpty()) {
          throw new IllegalStateException("the reading thread ended without its last rows");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for rows", e);
    }
  }

  /** Stops the reading thread, then closes the source. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    queue.clear();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      source.close();
    }
  }
}
