package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a screen's action in one transaction and tells the user how it went: the core's refusal with
 * its rule's message in the chosen language, a conflicting change by someone else, or the success
 * text. Beans never catch exceptions themselves.
 */
@RequestScoped
public class Feedback {

  @Inject UnitOfWork unit;
  @Inject LocaleSelection locale;

  /** Performs the action; on success shows {@code successKey} (if not null) and returns true. */
  public boolean perform(Runnable action, String successKey, Object... args) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            successKey,
            args)
        .isPresent();
  }

  /** Performs the action and returns its result, or empty when refused. */
  public <T> Optional<T> attempt(Supplier<T> action, String successKey, Object... args) {
    try {
      T result = unit.call(action);
      if (successKey != null) {
        info(successKey, args);
      }
      return Optional.of(result);
    } catch (RuntimeException e) {
      Optional<RuleViolation> rule = cause(e, RuleViolation.class);
      if (rule.isPresent()) {
        error(rule.get().message(locale.getLocale()));
      } else if (cause(e, OptimisticLockException.class).isPresent()) {
        error(Texts.format(locale.getLocale(), "feedback.conflict"));
      } else {
        throw e;
      }
      return Optional.empty();
    }
  }

  /** Shows an information message from the bundle. */
  public void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, Texts.format(locale.getLocale(), key, args));
  }

  /** Shows an error text as it is (already in the user's language). */
  public void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  /** Keeps this request's messages for the page a redirect leads to. */
  public void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static <X extends Throwable> Optional<X> cause(Throwable e, Class<X> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
