package id.go.ntbprov.satudata.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadOptions;
import id.go.ntbprov.satudata.batch.read.ReadProblem;
import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

  @TempDir Path dir;

  private final List<Thread> started = new ArrayList<>();
  private final ThreadFactory threads =
      r -> {
        Thread t = new Thread(r, "read-ahead-test");
        started.add(t);
        return t;
      };

  private Path csv(int rows) throws Exception {
    StringBuilder text = new StringBuilder("kode,nilai\n");
    for (int i = 1; i <= rows; i++) {
      text.append(i).append(',').append(i % 10).append('\n');
    }
    return Files.writeString(dir.resolve("data.csv"), text);
  }

  @Test
  void everyRowComesInTheFilesOrderWithWhereItWasReadThenTheEnd() throws Exception {
    int n =
        ReadAhead.BATCH * ReadAhead.BATCHES * 3 + 7; // more than the queue holds, a partial batch
    TableSource source = TableReaders.open(csv(n), ReadOptions.defaults());
    try (ReadAhead rows = new ReadAhead(source, threads)) {
      assertThat(rows.fraction()).isNaN();
      double last = 0;
      for (int i = 1; i <= n; i++) {
        String[] row = rows.next();
        assertThat(row).containsExactly(Integer.toString(i), Integer.toString(i % 10));
        assertThat(rows.fraction()).isBetween(last, 1.0);
        last = rows.fraction();
      }
      assertThat(last).as("the last row is read near the end").isGreaterThan(0.99);
      assertThat(rows.next()).isNull();
      assertThat(rows.fraction()).isEqualTo(1.0);
      assertThat(rows.next()).as("the end stays the end").isNull();
    }
    assertThat(started).singleElement().satisfies(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void aReadFailureComesAfterTheRowsReadBeforeIt() throws Exception {
    TableSource source = TableReaders.open(csv(2_600), ReadOptions.defaults().withMaxRows(2_500));
    try (ReadAhead rows = new ReadAhead(source, threads)) {
      for (int i = 1; i <= 2_500; i++) {
        assertThat(rows.next()[0]).isEqualTo(Integer.toString(i));
      }
      ReadException e = catchThrowableOfType(ReadException.class, rows::next);
      assertThat(e.problem()).isEqualTo(ReadProblem.TOO_MANY_ROWS);
      assertThat(e.row()).as("the file's row of the failure").isEqualTo(2_502);
      assertThat(catchThrowableOfType(ReadException.class, rows::next))
          .as("asked again, the same failure")
          .isSameAs(e);
    }
  }

  @Test
  void closingEarlyStopsTheReadingThreadAndClosesTheFile() throws Exception {
    TableSource file = TableReaders.open(csv(200_000), ReadOptions.defaults());
    AtomicBoolean closed = new AtomicBoolean();
    TableSource source =
        (TableSource)
            Proxy.newProxyInstance(
                TableSource.class.getClassLoader(),
                new Class<?>[] {TableSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    assertThat(started.get(0).isAlive()).as("reading when closed").isFalse();
                    closed.set(true);
                  }
                  return method.invoke(file, args);
                });
    ReadAhead rows = new ReadAhead(source, threads);
    assertThat(rows.next()[0]).isEqualTo("1");
    long t0 = System.nanoTime();
    rows.close(); // the reading thread waits on a full queue: close must not wait for it to drain
    assertThat((System.nanoTime() - t0) / 1_000_000).as("ms to close").isLessThan(5_000);
    assertThat(started).singleElement().satisfies(t -> assertThat(t.isAlive()).isFalse());
    assertThat(closed).as("the file closed after the thread stopped").isTrue();
  }
}
