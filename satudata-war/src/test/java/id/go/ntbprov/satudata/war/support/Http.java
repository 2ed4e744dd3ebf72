package id.go.ntbprov.satudata.war.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A small HTTP client for the tests. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** GETs a URL. */
  public static HttpResponse<String> get(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs an empty body to a URL. */
  public static HttpResponse<String> post(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the platform self-test job on a server (base URI of the server) and waits for it to end;
   * returns its final status answer.
   */
  public static JsonObject runSelfTest(URI server, Duration timeout) {
    HttpResponse<String> started = post(server.resolve("/api/v1/platform/self-test"));
    if (started.statusCode() != 202) {
      throw new AssertionError(
          "self-test not started: " + started.statusCode() + " " + started.body());
    }
    long id = json(started.body()).getJsonNumber("executionId").longValue();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonObject status = selfTestStatus(server, id);
      String batchStatus = status.getString("batchStatus");
      if (!batchStatus.equals("STARTING") && !batchStatus.equals("STARTED")) {
        return status;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("self-test " + id + " still running after " + timeout);
  }

  /** The self-test job execution's status, read from the server's job repository. */
  public static JsonObject selfTestStatus(URI server, long executionId) {
    HttpResponse<String> response =
        get(server.resolve("/api/v1/platform/self-test/" + executionId));
    if (response.statusCode() != 200) {
      throw new AssertionError(response.statusCode() + " " + response.body());
    }
    return json(response.body());
  }

  /** GETs a URL, or nothing if the connection is refused. */
  public static Optional<HttpResponse<String>> tryGet(URI uri) {
    try {
      return Optional.of(get(uri));
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Polls a URL until it answers 200; returns the time it took. */
  public static Duration awaitOk(URI uri, Duration timeout, Process process) {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("process ended with " + process.exitValue());
      }
      if (tryGet(uri).filter(r -> r.statusCode() == 200).isPresent()) {
        return Duration.between(start, Instant.now());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(uri + " did not answer 200 within " + timeout);
  }

  /** Parses a JSON object. */
  public static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The check of the given name in a MicroProfile Health answer. */
  public static JsonObject healthCheck(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }
}
