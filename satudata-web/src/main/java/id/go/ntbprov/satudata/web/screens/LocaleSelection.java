package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of the screens for this session: Bahasa Indonesia unless English is chosen. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Bahasa Indonesia, the default. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** The languages offered. */
  public static final List<Locale> OFFERED = List.of(INDONESIAN, Locale.ENGLISH);

  private Locale locale = INDONESIAN;

  public Locale getLocale() {
    return locale;
  }

  /** The language tag, for {@code <html lang>}. */
  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches to a language tag offered ({@code id} or {@code en}); others are ignored. */
  public void setLanguage(String tag) {
    OFFERED.stream()
        .filter(l -> l.getLanguage().equals(tag))
        .findFirst()
        .ifPresent(l -> this.locale = l);
  }

  /** Switches language for this session and shows the current page again in it. */
  public void switchTo(String tag) {
    setLanguage(tag);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
