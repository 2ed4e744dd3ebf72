package id.go.ntbprov.satudata.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates API calls ({@code /api/*}): {@code Authorization: Bearer <token>} with a token from
 * {@code POST /api/v1/auth/token}, or HTTP Basic with user name and password (each Basic call runs
 * PBKDF2, ~50 ms: clients should take a token). A request without credentials goes on anonymously;
 * the resources then refuse with 401 where an account is needed. Wrong credentials are refused at
 * once with 401. The public CKAN-compatible API ({@code /api/3/}) ignores credentials: harvesters
 * may send a CKAN API key that means nothing here. Every other path (the screens) goes to {@link
 * FormAuthentication}: one mechanism bean, because two would be ambiguous to the container.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject AccountIdentityStore store;
  @Inject TokenService tokens;
  @Inject FormAuthentication form;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String header = request.getHeader("Authorization");
    if (!path.startsWith("/api/")) {
      return form.validateRequest(request, response, context);
    }
    if (path.startsWith("/api/3/") || header == null || header.isBlank()) {
      return context.doNothing();
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<TokenService.Caller> caller =
          tokens.resolve(header.substring(7).strip(), Instant.now());
      if (caller.isEmpty()) {
        return unauthorized(response, context, "invalid_token");
      }
      return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<UsernamePasswordCredential> credential = basic(header.substring(6).strip());
      if (credential.isEmpty()) {
        return unauthorized(response, context, "malformed");
      }
      CredentialValidationResult result = store.validate(credential.get());
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return unauthorized(response, context, "invalid_credentials");
      }
      return context.notifyContainerAboutLogin(result);
    }
    return unauthorized(response, context, "unsupported_scheme");
  }

  private static Optional<UsernamePasswordCredential> basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String reason) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"satudata\", charset=\"UTF-8\"");
    response.setHeader("X-Satudata-Auth", reason);
    return context.responseUnauthorized();
  }
}
