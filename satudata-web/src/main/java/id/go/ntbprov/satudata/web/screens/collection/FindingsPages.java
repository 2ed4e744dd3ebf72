package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Every finding of one version, a page at a time from the content store ({@link
 * ContentStore#findings} and {@link ContentStore#findingCount}): the lazy model behind the uploads
 * screen's findings table, so that the millionth finding is as reachable as the first. The caller
 * has checked that the account may read the version.
 */
public final class FindingsPages extends LazyDataModel<FindingsPages.Line> {

  private static final long serialVersionUID = 1L;

  /**
   * Where pages come from, asked on every request (the model lives as long as the view; the store
   * and the user's language are the request's).
   */
  public interface Source extends Serializable {
    /** The content store. */
    ContentStore store();

    /** The language of the messages. */
    Locale locale();
  }

  /**
   * One finding as the table shows it.
   *
   * @param index the finding's position among the version's findings, from 0 (the row key)
   * @param row the spreadsheet row, 0 for a finding about the table or the metadata
   * @param message the message in the user's language
   */
  public record Line(
      long index, long row, String column, String value, String severity, String message)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final String version;
  private final Source source;

  /** The findings of a version. */
  public FindingsPages(SubmissionId version, Source source) {
    this.version = version.toString();
    this.source = source;
  }

  /** The version whose findings these are. */
  public String version() {
    return version;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, source.store().findingCount(id()));
  }

  @Override
  public List<Line> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Locale locale = source.locale();
    List<Line> page = new ArrayList<>(pageSize);
    long index = first;
    for (Finding f : source.store().findings(id(), first, pageSize)) {
      page.add(
          new Line(
              index++, f.row(), f.column(), f.value(), f.severity().name(), f.message(locale)));
    }
    return page;
  }

  @Override
  public String getRowKey(Line line) {
    return Long.toString(line.index());
  }

  private SubmissionId id() {
    return SubmissionId.parse(version);
  }
}
