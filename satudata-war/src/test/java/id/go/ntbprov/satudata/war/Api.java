package id.go.ntbprov.satudata.war;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API tests: JSON in, JSON out, as one signed-in account. */
public final class Api {

  /** One answer: status, headers, body as text and as JSON. */
  public record Answer(int status, HttpResponse<String> raw) {
    public String body() {
      return raw.body();
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    private JsonStructure parse() {
      return Json.createReader(new StringReader(raw.body())).read();
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;
  private final String authorization;
  private final String language;

  private Api(URI base, String authorization, String language) {
    this.base = base;
    this.authorization = authorization;
    this.language = language;
  }

  /** Anonymous client of the application at {@code base} (ends with "/"). */
  public static Api anonymous(URI base) {
    return new Api(base, null, "id");
  }

  /** Client authenticating every call with HTTP Basic. */
  public static Api basic(URI base, String user, String password) {
    String b =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + b, "id");
  }

  /** Client with a bearer token taken once with Basic. */
  public static Api signIn(URI base, String user, String password) {
    Answer a = basic(base, user, password).post("api/v1/auth/token", "");
    if (a.status() != 200) {
      throw new AssertionError("sign-in of " + user + " failed: " + a);
    }
    return new Api(base, "Bearer " + a.json().getString("token"), "id");
  }

  /** The same client asking for English messages. */
  public Api english() {
    return new Api(base, authorization, "en");
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Answer post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Answer put(String path, String json, String ifMatch) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return send(b);
  }

  /** The bytes of a download, or an assertion error naming the status. */
  public byte[] download(String path) {
    HttpResponse<byte[]> r = bytes(path, java.util.Map.of());
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + r.statusCode());
    }
    return r.body();
  }

  /** A GET with extra request headers, the body as bytes, whatever the status. */
  public HttpResponse<byte[]> bytes(String path, java.util.Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    headers.forEach(b::header);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Answer delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public Answer send(String path, String type, byte[] bytes) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  public Answer upload(String name, String type, byte[] bytes) {
    return send(
        HttpRequest.newBuilder(base.resolve("api/v1/files?name=" + name))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
  }

  private Answer send(HttpRequest.Builder b) {
    b.timeout(Duration.ofSeconds(60)).header("Accept-Language", language);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
