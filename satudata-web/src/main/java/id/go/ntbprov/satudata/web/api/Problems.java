package id.go.ntbprov.satudata.web.api;

import static id.go.ntbprov.satudata.web.platform.SharedJson.JSON;

import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail}, plus
 * {@code rule} (the core's rule name) and {@code args}. The detail is in the language the client
 * asks for with {@code Accept-Language} (English for {@code en}, Bahasa Indonesia otherwise).
 */
public final class Problems {

  /** The media type of problem details. */
  public static final MediaType PROBLEM = new MediaType("application", "problem+json");

  private Problems() {}

  /** The language to answer in. */
  public static Locale locale(HttpHeaders headers) {
    if (headers == null) {
      return Messages.INDONESIAN;
    }
    for (Locale l : headers.getAcceptableLanguages()) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
        return Messages.INDONESIAN;
      }
    }
    return Messages.INDONESIAN;
  }

  /** The HTTP status for a rule's kind. */
  public static int status(Rule rule) {
    return switch (rule.kind()) {
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case INVALID_INPUT -> 422;
      case MISSING_INPUT, CONFLICT -> 409;
    };
  }

  /** The answer for a refused step. */
  public static Response of(RuleViolation v, Locale locale) {
    JsonArrayBuilder args = JSON.createArrayBuilder();
    for (Object a : v.args()) {
      args.add(String.valueOf(a));
    }
    return build(
        status(v.rule()),
        "urn:satudata:rule:" + v.rule().name(),
        v.rule().name(),
        v.message(locale),
        b -> b.add("rule", v.rule().name()).add("args", args));
  }

  /** A problem without a core rule (malformed request, authentication ...). */
  public static Response of(int status, String type, String title, String detail) {
    return build(status, "urn:satudata:problem:" + type, title, detail, b -> {});
  }

  private static Response build(
      int status,
      String type,
      String title,
      String detail,
      java.util.function.Consumer<JsonObjectBuilder> extra) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail == null ? "" : detail);
    extra.accept(b);
    return Response.status(status).type(PROBLEM).entity(b.build().toString()).build();
  }
}
