package id.go.ntbprov.satudata.web.screens.checking;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The findings and rows of one submission version, a page at a time from the content store (a
 * version may hold a million rows): the lazy models behind the findings table and the data preview.
 * The caller has checked that the account may read the version.
 */
public final class SubmissionContent implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One finding as the table shows it. */
  public record FindingRow(
      long index, long row, String column, String value, String severity, String message)
      implements Serializable {}

  /** One data row as the preview shows it. */
  public record DataRow(long index, List<String> cells) implements Serializable {}

  private final String id;
  private final List<String> header;
  private final Findings findings = new Findings();
  private final Rows rows = new Rows();

  /** The content of a version. */
  public SubmissionContent(SubmissionId id) {
    this.id = id.toString();
    this.header = List.copyOf(store().header(id));
  }

  /** The version's id. */
  public String getId() {
    return id;
  }

  /** The column names of the data. */
  public List<String> getHeader() {
    return header;
  }

  /** The findings, lazily. */
  public LazyDataModel<FindingRow> getFindings() {
    return findings;
  }

  /** The rows, lazily. */
  public LazyDataModel<DataRow> getRows() {
    return rows;
  }

  private static ContentStore store() {
    return CDI.current().select(SatuData.class).get().ports().content();
  }

  private SubmissionId sid() {
    return SubmissionId.parse(id);
  }

  private final class Findings extends LazyDataModel<FindingRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, store().findingCount(sid()));
    }

    @Override
    public List<FindingRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var locale = CDI.current().select(LocaleSelection.class).get().getLocale();
      List<Finding> page = store().findings(sid(), first, pageSize);
      return java.util.stream.IntStream.range(0, page.size())
          .mapToObj(
              i -> {
                Finding f = page.get(i);
                return new FindingRow(
                    first + i,
                    f.row(),
                    f.column(),
                    f.value(),
                    f.severity().name(),
                    f.message(locale));
              })
          .toList();
    }

    @Override
    public String getRowKey(FindingRow row) {
      return Long.toString(row.index());
    }
  }

  private final class Rows extends LazyDataModel<DataRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, store().rowCount(sid()));
    }

    @Override
    public List<DataRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      List<String[]> page = store().rows(sid(), first, pageSize);
      return java.util.stream.IntStream.range(0, page.size())
          .mapToObj(i -> new DataRow(first + i + 1, Arrays.asList(page.get(i))))
          .toList();
    }

    @Override
    public String getRowKey(DataRow row) {
      return Long.toString(row.index());
    }
  }
}
