package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/**
 * What the error page says: for a refusal (403) the rule message the guard sent, in the user's
 * language; otherwise a plain text by status, never a stack trace.
 */
@Named
@RequestScoped
public class ErrorPage {

  @Inject LocaleSelection locale;

  /** "403", "404" or "500" (any other status shows as 500). */
  public String getKind() {
    Object status = request().get(RequestDispatcher.ERROR_STATUS_CODE);
    String s = String.valueOf(status);
    return "403".equals(s) || "404".equals(s) ? s : "500";
  }

  /** The refusal's message, or the status's text. */
  public String getMessage() {
    Object message = request().get(RequestDispatcher.ERROR_MESSAGE);
    if ("403".equals(getKind()) && message instanceof String m && !m.isBlank()) {
      return m;
    }
    return Texts.format(locale.getLocale(), "error." + getKind() + ".text");
  }

  private static Map<String, Object> request() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}
