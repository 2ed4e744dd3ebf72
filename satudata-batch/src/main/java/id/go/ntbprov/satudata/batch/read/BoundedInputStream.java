package id.go.ntbprov.satudata.batch.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails a read past a byte limit: for XML parts that are held in memory once parsed. */
final class BoundedInputStream extends FilterInputStream {

  /** Thrown past the limit. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  private final long limit;
  private long count;

  BoundedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    add(skipped);
    return skipped;
  }

  private void add(long n) throws IOException {
    count += n;
    if (count > limit) {
      throw new LimitExceeded(limit);
    }
  }
}
