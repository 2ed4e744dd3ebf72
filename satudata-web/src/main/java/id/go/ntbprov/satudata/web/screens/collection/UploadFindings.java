package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The findings of the version the uploads screen shows (which only ever shows the own agency's):
 * the first ones in a table, each message in the user's language, and all of them as the
 * rejected-rows report in CSV or XLSX.
 */
@Named
@RequestScoped
public class UploadFindings {

  @Inject UploadsScreen uploads;
  @Inject CoreAccess core;
  @Inject LocaleSelection locale;

  /** The first findings of the shown version (the report holds them all). */
  public List<Finding> getFirst() {
    return uploads.getSubmission() == null
        ? List.of()
        : core.sop().collection().findings(uploads.versionId(), 0, 1000);
  }

  /** How many findings the shown version has. */
  public long getCount() {
    return uploads.getSubmission() == null
        ? 0
        : core.sop().ports().content().findingCount(uploads.versionId());
  }

  /** A finding's message in the user's language. */
  public String message(Finding f) {
    return f.message(locale.getLocale());
  }

  /** The rejected-rows report as CSV. */
  public StreamedContent getCsv() {
    return FindingsDownload.of(uploads.versionId(), false, locale.getLocale());
  }

  /** The rejected-rows report as XLSX. */
  public StreamedContent getXlsx() {
    return FindingsDownload.of(uploads.versionId(), true, locale.getLocale());
  }
}
