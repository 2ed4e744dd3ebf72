package id.go.ntbprov.satudata.web.catalog.dcat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Rendered;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The whole-catalogue documents ({@code /dcat/catalog.ttl}, {@code .jsonld}, {@code /data.json})
 * built once per {@link Snapshot} and kept with it, gzip-compressed: a publication or withdrawal
 * builds a new snapshot and so drops them all at once.
 *
 * <p>Kept compressed because they are large: with 10,000 datasets of two periods the Turtle is
 * about 60 MB, the JSON-LD 68 MB and data.json 21 MB, gzip 1.8, 1.8 and 0.6 MB. They are written
 * straight into the compressor (the uncompressed document is never held). A client that accepts
 * gzip (every harvester does) gets the kept bytes as they are; another gets them decompressed on
 * the fly (about 0.1 s for the 60 MB Turtle, against 1–2 s to build it again).
 *
 * <p>Keys are the format, the language and the site's address; at most {@link #MAX_BYTES}
 * compressed bytes per snapshot (a document larger than that alone is built on each request, as
 * before). Two requests for a document not built yet wait for one build.
 */
public final class CatalogDocuments {

  /** Compressed bytes (and keys) kept per snapshot. */
  static final long MAX_BYTES = 32L << 20;

  /** The formats. */
  public enum Format {
    /** DCAT-AP, Turtle. */
    TTL("text/turtle;charset=UTF-8"),
    /** DCAT-AP, JSON-LD with the context inline. */
    JSONLD("application/ld+json;charset=UTF-8"),
    /** Project Open Data v1.1. */
    DATA_JSON("application/json;charset=UTF-8");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    /** The {@code Content-Type} of the document. */
    public String contentType() {
      return contentType;
    }
  }

  /**
   * A built document.
   *
   * @param gzip the document, gzip-compressed
   * @param length the length of the document itself (uncompressed), in bytes
   */
  public record Document(byte[] gzip, long length) {

    /** The document itself. */
    public InputStream open() {
      try {
        return new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The document itself, as bytes (tests). */
    public byte[] bytes() {
      try (InputStream in = open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Snapshot snapshot;
  private final Cache<String, Document> documents =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<String, Document>weigher((k, v) -> 2 * k.length() + v.gzip().length + 64)
          .build();
  private final LongAdder builds = new LongAdder();

  private CatalogDocuments(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The documents kept with this snapshot. */
  public static CatalogDocuments of(Snapshot s) {
    return s.derived(CatalogDocuments.class, CatalogDocuments::new);
  }

  /** A document of this snapshot, built on first use. */
  public Document get(Format format, PublicUrls urls, Texts texts) {
    String key = format + "\n" + texts.language() + "\n" + urls.base();
    if (key.length() > Rendered.MAX_KEY_LENGTH) {
      return build(format, urls, texts);
    }
    return documents.get(key, k -> build(format, urls, texts));
  }

  /** How many documents were built for this snapshot. */
  public long builds() {
    return builds.sum();
  }

  private Document build(Format format, PublicUrls urls, Texts texts) {
    builds.increment();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 16);
    Counted body;
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed, 1 << 16)) {
      body = new Counted(gzip);
      switch (format) {
        case TTL -> {
          Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8);
          new DcatCatalog(urls, texts).write(snapshot, RdfWriter.turtle(w));
        }
        case JSONLD -> new DcatCatalog(urls, texts).write(snapshot, RdfWriter.jsonLd(body));
        case DATA_JSON -> new DataJson(urls, texts).write(snapshot, body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Document(compressed.toByteArray(), body.length);
  }

  /** Counts the bytes of the document on their way into the compressor. */
  private static final class Counted extends FilterOutputStream {
    private long length;

    Counted(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      length++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      length += len;
    }
  }
}
