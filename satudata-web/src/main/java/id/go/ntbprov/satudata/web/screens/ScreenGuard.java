package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Refuses a page on the server to an account that may not open it, with the core's rule message and
 * HTTP 403 — whatever the menu shows. Every staff page starts with {@code <f:viewAction
 * action="#{guard.open('SCREEN')}" onPostback="true"/>}.
 */
@Named("guard")
@RequestScoped
public class ScreenGuard {

  @Inject SignedIn signedIn;
  @Inject LocaleSelection locale;
  @Inject id.go.ntbprov.satudata.core.SatuData satuData;

  /** Lets the page render, or answers 403 with the rule's message. */
  public void open(String screenName) {
    Screen screen = Screen.valueOf(screenName);
    if (!signedIn.mayOpen(screen)) {
      refuse(signedIn.isPresent() ? signedIn.refusalFor(screen) : null);
    }
  }

  /** Answers 403 with the rule's message (in the user's language) instead of the page. */
  public void refuse(RuleViolation violation) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    String message =
        violation == null
            ? Texts.format(locale.getLocale(), "error.403.text")
            : violation.message(locale.getLocale());
    try {
      ext.responseSendError(HttpServletResponse.SC_FORBIDDEN, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /**
   * Whether the account may read an object of {@code owner} opened by URL; if not, the page is
   * refused with 403 and the core's rule ({@code Authorization.requireRead}).
   */
  public boolean allowsReading(id.go.ntbprov.satudata.core.actor.AgencyCode owner) {
    try {
      satuData.authorization().requireRead(signedIn.require(), owner);
      return true;
    } catch (RuleViolation refused) {
      refuse(refused);
      return false;
    }
  }

  /** Answers 404 instead of the page (an object named by URL that does not exist). */
  public void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
