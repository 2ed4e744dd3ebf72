package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.io.Serializable;

/**
 * What the uploads page's URL names ({@code ?item=2026/CODE&period=2025&version=…}): read once when
 * the page opens, checked there, and never taken as the screen's state on later requests.
 */
public class UploadsUrl implements Serializable {

  private static final long serialVersionUID = 1L;

  private String item;
  private String period;
  private String version;

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  /** The outcome showing a version's page again by a redirect. */
  static String redirect(SubmissionId id) {
    return "/staff/collection/uploads.xhtml?faces-redirect=true&item="
        + id.item()
        + "&period="
        + id.period()
        + "&version="
        + id;
  }
}
