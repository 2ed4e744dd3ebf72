package id.go.ntbprov.satudata.web.screens;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The menu: the screens the signed-in account may open, grouped by SOP stage. */
@Named
@RequestScoped
public class Navigation {

  @Inject SignedIn signedIn;

  /** One menu entry. */
  public record Entry(Screen screen, String url, boolean current) {
    public String getTitleKey() {
      return screen.titleKey();
    }

    public String getUrl() {
      return url;
    }

    public boolean isCurrent() {
      return current;
    }

    public String getId() {
      return "nav-" + screen.name().toLowerCase().replace('_', '-');
    }
  }

  /** One group of entries. */
  public record Section(Screen.Group group, List<Entry> entries) {
    public String getTitleKey() {
      return "nav.group." + group.name();
    }

    public List<Entry> getEntries() {
      return entries;
    }
  }

  private List<Section> sections;

  /** The groups with at least one screen the account may open, in menu order. */
  public List<Section> getSections() {
    if (sections == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      String root = faces.getExternalContext().getRequestContextPath();
      String view = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
      Map<Screen.Group, List<Entry>> byGroup = new EnumMap<>(Screen.Group.class);
      Arrays.stream(Screen.values())
          .filter(Screen::inMenu)
          .filter(signedIn::mayOpen)
          .forEach(
              s ->
                  byGroup
                      .computeIfAbsent(s.group(), g -> new ArrayList<>())
                      .add(new Entry(s, root + s.path(), s.path().equals(view))));
      sections =
          byGroup.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
    }
    return sections;
  }
}
