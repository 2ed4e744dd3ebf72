package id.go.ntbprov.satudata.web.catalog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Validators and conditional GET for the public servlets (RFC 9110): every answer carries an {@code
 * ETag}, a {@code Last-Modified} and {@code Cache-Control: public, max-age=0, must-revalidate}, so
 * caches may keep answers but ask again each time — a publication or a withdrawal changes the
 * validators at once.
 */
public final class Conditional {

  private Conditional() {}

  /**
   * Sets the validators; answers 304 and returns true when the request's {@code If-None-Match} (or,
   * without it, {@code If-Modified-Since}) matches.
   *
   * @param tag the entity tag's opaque text (without quotes)
   */
  public static boolean notModified(
      HttpServletRequest request, HttpServletResponse response, String tag, Instant lastModified) {
    String etag = "\"" + tag + "\"";
    Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
    response.setHeader("ETag", etag);
    response.setHeader(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(seconds.atZone(ZoneOffset.UTC)));
    response.setHeader("Cache-Control", "public, max-age=0, must-revalidate");
    String ifNoneMatch = request.getHeader("If-None-Match");
    boolean match;
    if (ifNoneMatch != null) {
      match = matches(ifNoneMatch, etag);
    } else {
      match = notModifiedSince(request.getHeader("If-Modified-Since"), seconds);
    }
    if (match) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    }
    return match;
  }

  private static boolean matches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String c = candidate.strip();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals("*") || c.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notModifiedSince(String header, Instant lastModified) {
    if (header == null) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
