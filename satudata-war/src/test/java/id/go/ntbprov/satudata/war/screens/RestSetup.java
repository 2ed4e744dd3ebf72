package id.go.ntbprov.satudata.war.screens;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Preconditions through the REST API (Basic authentication as a demo account) and downloads with
 * the browser's session, for the evaluation and administration screen tests.
 */
final class RestSetup {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;

  RestSetup(URI base) {
    this.base = base;
  }

  /** POSTs JSON as a demo account; returns the answer's JSON, asserting the status. */
  JsonObject post(String user, String path, String json, int expectedStatus) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Authorization", basic(user))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> r = send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST " + path + ": " + r.body()).isEqualTo(expectedStatus);
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** GETs JSON as a demo account. */
  JsonObject get(String user, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path)).header("Authorization", basic(user)).build();
    HttpResponse<String> r = send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** Runs the evaluation job for a period through the API and waits until it has ended. */
  JsonObject evaluateAsJob(String user, String period) throws InterruptedException {
    JsonObject started =
        post(user, "api/v1/evaluations/jobs", "{\"period\":\"" + period + "\"}", 202);
    long execution = started.getJsonNumber("executionId").longValue();
    JsonObject job = started;
    for (int i = 0; i < 120 && running(job); i++) {
      Thread.sleep(500);
      job = get(user, "api/v1/evaluations/jobs/" + execution);
    }
    return job;
  }

  private static boolean running(JsonObject job) {
    String s = job.getString("batchStatus");
    return s.equals("STARTING") || s.equals("STARTED");
  }

  /** A GET with the browser's session cookie: status, content type and body. */
  Download download(WebDriver driver, String href) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(href));
    if (session != null) {
      b.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    HttpResponse<byte[]> r = send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Download(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /** A download's answer. */
  record Download(int status, String contentType, byte[] body) {
    String start(int n) {
      return new String(body, 0, Math.min(n, body.length), StandardCharsets.ISO_8859_1);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + ScreenTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> h) {
    try {
      return HTTP.send(r, h);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
