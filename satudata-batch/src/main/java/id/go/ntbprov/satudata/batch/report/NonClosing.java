package id.go.ntbprov.satudata.batch.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the caller's stream open: OpenPDF and POI close the stream they write to, but the caller (a
 * file store upload, a zip of several documents) owns it.
 */
final class NonClosing extends FilterOutputStream {

  NonClosing(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
