package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps every failure of an API call onto problem details. */
public final class ExceptionMappers {

  private ExceptionMappers() {}

  /** A refused SOP step: 403, 404, 409 or 422 with the rule's message. */
  @Provider
  public static class RuleViolationMapper implements ExceptionMapper<RuleViolation> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation e) {
      return Problems.of(e, Problems.locale(headers));
    }
  }

  /**
   * A transaction that failed: unwraps refusals thrown inside it; an optimistic-lock conflict at
   * commit becomes 409 CONCURRENT_UPDATE.
   */
  @Provider
  public static class TransactionMapper implements ExceptionMapper<TransactionalException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException e) {
      return unwrap(e, headers);
    }
  }

  /** Optimistic-lock conflicts caught outside a transaction interceptor. */
  @Provider
  public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(OptimisticLockException e) {
      return conflict(headers);
    }
  }

  /** Malformed JSON and other unreadable bodies: 400 with what the parser said. */
  @Provider
  public static class JsonMapper implements ExceptionMapper<JsonbException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
      return malformed(e, headers);
    }
  }

  /** Unreadable request bodies reported by JAX-RS itself. */
  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
      return malformed(e, headers);
    }
  }

  /** JAX-RS's own answers (404 of unknown paths, 405, 415, 401 ...) as problem details. */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      Throwable json = cause(e, JsonbException.class);
      if (json != null) {
        return malformed(json, headers);
      }
      int status = e.getResponse().getStatus();
      Response r =
          Problems.of(
              status,
              "http-" + status,
              e.getResponse().getStatusInfo().getReasonPhrase(),
              e.getMessage());
      if (e instanceof NotAuthorizedException) {
        return Response.fromResponse(r)
            .header("WWW-Authenticate", "Basic realm=\"satudata\", charset=\"UTF-8\"")
            .build();
      }
      return r;
    }
  }

  /** Anything else: 500 without internals, logged. */
  @Provider
  public static class FallbackMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
      RuleViolation v = cause(e, RuleViolation.class);
      if (v != null) {
        return Problems.of(v, Problems.locale(headers));
      }
      if (cause(e, OptimisticLockException.class) != null) {
        return conflict(headers);
      }
      if (e instanceof WebApplicationException w) {
        return new WebApplicationMapper().toResponse(w);
      }
      LOG.log(Level.SEVERE, "API call failed", e);
      return Problems.of(
          500, "internal", "Internal Server Error", "Kesalahan server / server error");
    }
  }

  static Response unwrap(Throwable e, HttpHeaders headers) {
    RuleViolation v = cause(e, RuleViolation.class);
    if (v != null) {
      return Problems.of(v, Problems.locale(headers));
    }
    if (cause(e, OptimisticLockException.class) != null
        || cause(e, RollbackException.class) != null) {
      return conflict(headers);
    }
    return new FallbackMapper().toResponse(new IllegalStateException(e));
  }

  static Response conflict(HttpHeaders headers) {
    return Problems.of(
        new RuleViolation(Rule.CONCURRENT_UPDATE, "object", "-"), Problems.locale(headers));
  }

  static Response malformed(Throwable e, HttpHeaders headers) {
    Locale l = Problems.locale(headers);
    // The parser's own exception says where (line, column); the wrappers above it do not.
    JsonParsingException parsing = cause(e, JsonParsingException.class);
    Throwable deepest = e;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    Throwable told = parsing != null ? parsing : deepest;
    String what = told.getMessage() == null ? told.getClass().getSimpleName() : told.getMessage();
    if (parsing != null && parsing.getLocation() != null) {
      what +=
          " (line "
              + parsing.getLocation().getLineNumber()
              + ", column "
              + parsing.getLocation().getColumnNumber()
              + ")";
    }
    String detail = WebMessages.format(l, "api.malformedJson", what);
    return Problems.of(400, "malformed-json", "Bad Request", detail);
  }

  static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
