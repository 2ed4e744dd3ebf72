package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The findings of the version the uploads screen shows (which only ever shows the own agency's):
 * all of them in a lazy table paged from the content store, each message in the user's language,
 * and all of them as the rejected-rows report in CSV or XLSX.
 */
@Named
@ViewScoped
public class UploadFindings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject UploadsScreen uploads;
  @Inject CoreAccess core;
  @Inject LocaleSelection locale;

  private FindingsPages pages;

  /** The shown version's findings, a page at a time (a new model when another version shows). */
  public LazyDataModel<FindingsPages.Line> getPages() {
    String version = uploads.getVersion();
    if (pages == null || !pages.version().equals(version)) {
      pages = new FindingsPages(uploads.versionId(), new Live());
    }
    return pages;
  }

  /** How many findings the shown version has. */
  public long getCount() {
    return uploads.getSubmission() == null
        ? 0
        : core.sop().ports().content().findingCount(uploads.versionId());
  }

  /** The rejected-rows report as CSV. */
  public StreamedContent getCsv() {
    return FindingsDownload.of(uploads.versionId(), false, locale.getLocale());
  }

  /** The rejected-rows report as XLSX. */
  public StreamedContent getXlsx() {
    return FindingsDownload.of(uploads.versionId(), true, locale.getLocale());
  }

  /** The application's content store and the user's language of the request being served. */
  private static final class Live implements FindingsPages.Source {
    private static final long serialVersionUID = 1L;

    @Override
    public ContentStore store() {
      return CDI.current().select(CoreAccess.class).get().sop().ports().content();
    }

    @Override
    public Locale locale() {
      return CDI.current().select(LocaleSelection.class).get().getLocale();
    }
  }
}
