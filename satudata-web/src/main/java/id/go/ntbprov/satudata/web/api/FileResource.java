package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.web.app.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Uploaded originals, scanned letters and documents: {@code POST /api/v1/files?name=x.pdf} with the
 * bytes as body, then refer to the returned id. Files are stored with their SHA-256 and never
 * changed.
 */
@Path("v1/files")
@RequestScoped
public class FileResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;

  /** Largest accepted file, {@code SATUDATA_MAX_FILE_MB} (default 100). */
  public static long maxBytes() {
    return Settings.get("SATUDATA_MAX_FILE_MB").map(Long::parseLong).orElse(100L) * 1024 * 1024;
  }

  /** Stores a file; refuses one above the size limit without keeping any of it. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @QueryParam("name") String name, @HeaderParam("Content-Type") String type, InputStream body)
      throws IOException {
    actor.require();
    FileRef ref = store(app, RuleViolation.requireText(name, "name"), type, body);
    return Response.created(URI.create("v1/files/" + ref.id())).entity(ref).build();
  }

  /** Stores a request body as a file, refusing one above the size limit without keeping it. */
  public static FileRef store(SatuData app, String name, String type, InputStream body)
      throws IOException {
    try {
      return app.ports().files().store(name, type, new Limited(body, maxBytes()));
    } catch (UncheckedIOException tooLarge) {
      throw new RuleViolation(Rule.INPUT_INVALID, "file", "> " + maxBytes() / 1024 / 1024 + " MB");
    }
  }

  /** Downloads a stored file. */
  @GET
  @Path("{id}")
  public Response download(@PathParam("id") String id) throws IOException {
    actor.require();
    FileRef ref = Files.require(app, id);
    InputStream in =
        app.ports()
            .files()
            .open(id)
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", id));
    return Response.ok(in, ref.mediaType())
        .header(
            "Content-Disposition", "attachment; filename=\"" + ref.name().replace("\"", "") + "\"")
        .header("Digest", "sha-256=" + ref.sha256())
        .build();
  }

  /** Stops reading past the limit: the store then discards its temporary file. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new UncheckedIOException(new IOException("file larger than " + max + " bytes"));
      }
    }
  }
}
