package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.web.security.FormAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The login page and sign-out. Sign-in goes through the platform's identity store (the same
 * accounts, passwords and lockout as the API); a wrong password and a locked or disabled account
 * get the same answer, so the page tells an attacker nothing.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext security;
  @Inject Feedback feedback;
  @Inject LocaleSelection locale;

  private String username;
  private String password;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Signs in; on success goes to the page asked for before, or home. */
  public void signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    // A fresh session id at sign-in: a session fixed by someone else is worth nothing.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.strip(), password == null ? "" : password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        redirect(ext, returnTo(request));
        faces.responseComplete();
      }
      default -> {
        ((HttpServletResponse) ext.getResponse()).setStatus(HttpServletResponse.SC_OK);
        feedback.error(Texts.format(locale.getLocale(), "login.failed"));
      }
    }
  }

  /** The staff page asked for before sign-in, or home; never a page outside the staff screens. */
  private static String returnTo(HttpServletRequest request) {
    String home = request.getContextPath() + Screen.HOME.path();
    HttpSession session = request.getSession(false);
    if (session == null) {
      return home;
    }
    Object target = session.getAttribute(FormAuthentication.RETURN_TO);
    session.removeAttribute(FormAuthentication.RETURN_TO);
    return target instanceof String t
            && t.startsWith(request.getContextPath() + "/staff/")
            && !t.contains("//")
        ? t
        : home;
  }

  /** Signs out, ends the session (keeping the language) and goes to the login page. */
  public void signOut() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    String language = locale.getLanguage();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    redirect(
        ext,
        ext.getRequestContextPath()
            + FormAuthentication.LOGIN_PAGE
            + "?signedOut=true&lang="
            + language);
  }

  private static void redirect(ExternalContext ext, String url) {
    try {
      ext.redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
