package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Thread-safe in-memory {@link ContentStore}; committed content is immutable. */
public final class InMemoryContentStore implements ContentStore {

  private record Content(List<String> header, List<String[]> rows, List<Finding> findings) {}

  private final Map<SubmissionId, Content> contents = new ConcurrentHashMap<>();

  @Override
  public ContentWriter open(SubmissionId id, List<String> header) {
    if (contents.containsKey(id)) {
      throw new RuleViolation(Rule.DUPLICATE_IDENTIFIER, "submission", id);
    }
    return writer(id, List.copyOf(header), List.of(), List.of());
  }

  @Override
  public ContentWriter append(SubmissionId id) {
    Content c = contents.get(id);
    if (c == null) {
      throw new IllegalStateException("no content stored for " + id);
    }
    return writer(id, c.header(), c.rows(), c.findings());
  }

  private ContentWriter writer(
      SubmissionId id, List<String> h, List<String[]> rowsBefore, List<Finding> findingsBefore) {
    return new ContentWriter() {
      private final List<String[]> rows = new ArrayList<>(rowsBefore);
      private final List<Finding> findings = new ArrayList<>(findingsBefore);
      private boolean done;

      @Override
      public void row(String[] cells) {
        rows.add(cells.clone());
      }

      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }

      @Override
      public void commit() {
        contents.put(id, new Content(h, List.copyOf(rows), List.copyOf(findings)));
        done = true;
      }

      @Override
      public void abort() {
        rows.clear();
        findings.clear();
        done = true;
      }

      @Override
      public void close() {
        if (!done) {
          abort();
        }
      }
    };
  }

  @Override
  public List<String> header(SubmissionId id) {
    Content c = contents.get(id);
    return c == null ? List.of() : c.header();
  }

  @Override
  public long rowCount(SubmissionId id) {
    Content c = contents.get(id);
    return c == null ? 0 : c.rows().size();
  }

  @Override
  public List<String[]> rows(SubmissionId id, long offset, int limit) {
    Content c = contents.get(id);
    if (c == null || offset >= c.rows().size()) {
      return List.of();
    }
    int from = (int) offset;
    return c.rows().subList(from, Math.min(c.rows().size(), from + limit)).stream()
        .map(String[]::clone)
        .toList();
  }

  @Override
  public RowCursor cursor(SubmissionId id) {
    Content c = contents.get(id);
    Iterator<String[]> it = c == null ? List.<String[]>of().iterator() : c.rows().iterator();
    return new RowCursor() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public String[] next() {
        return it.next().clone();
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public long findingCount(SubmissionId id) {
    Content c = contents.get(id);
    return c == null ? 0 : c.findings().size();
  }

  @Override
  public List<Finding> findings(SubmissionId id, long offset, int limit) {
    Content c = contents.get(id);
    if (c == null || offset >= c.findings().size()) {
      return List.of();
    }
    int from = (int) offset;
    return c.findings().subList(from, Math.min(c.findings().size(), from + limit));
  }
}
