package id.go.ntbprov.satudata.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in for the screens: the login page hands the user name and password to {@code
 * SecurityContext.authenticate}, which lands here; the session then keeps the caller ({@link
 * AutoApplySession}). A protected page opened without a signed-in session is redirected to the
 * login page, which returns to it after sign-in ({@link #RETURN_TO}; done here rather than with
 * {@code @LoginToContinue}, whose saved-request state answered an empty 200 to the next protected
 * request after a failed sign-in). Typed to itself so that it is not a second {@link
 * HttpAuthenticationMechanism} bean beside {@link ApiAuthenticationMechanism}, which delegates
 * every request outside {@code /api/} to it.
 */
@ApplicationScoped
@Typed(FormAuthentication.class)
@AutoApplySession
public class FormAuthentication implements HttpAuthenticationMechanism {

  /** Session attribute: the staff page to return to after sign-in. */
  public static final String RETURN_TO = "satudata.returnTo";

  /** The login page, from the application root. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject AccountIdentityStore store;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      if (!context.isProtected()) {
        return context.doNothing();
      }
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        request
            .getSession()
            .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    CredentialValidationResult result = store.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // Not responseUnauthorized(): that sends a 401 error page; the login page says why itself.
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.notifyContainerAboutLogin(result);
  }
}
