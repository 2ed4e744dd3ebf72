package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The automatic conformity check of SOP step 3a: does an upload match its item's structure
 * (columns, types, ranges), are its codes members of their reference lists, are its periods the
 * submission's, are there duplicate keys or missing regions, and is the item's metadata complete.
 *
 * <p>Streaming: rows go in one at a time and findings come out to a {@link FindingSink} as they are
 * found; the checker keeps no row and no finding, so a million-row upload is checked in one pass
 * while it is stored. Its speed goal is a million rows a second on one core for a ten-column table.
 *
 * <p>Immutable and thread-safe (given a thread-safe code list lookup); each {@link CheckSession} is
 * used by one thread. Code lists are looked up once, when a session starts.
 */
public final class ConformityChecker {

  private final Function<String, Optional<CodeList>> codeLists;

  /**
   * Creates a checker.
   *
   * @param codeLists finds a code list by identifier (e.g. a repository's {@code find}); an empty
   *     answer yields a {@link CheckRule#CODE_LIST_UNKNOWN} finding, not a failure
   */
  public ConformityChecker(Function<String, Optional<CodeList>> codeLists) {
    this.codeLists = Objects.requireNonNull(codeLists, "codeLists");
  }

  /**
   * Starts a push-style session: the upload stores rows and checks them in one pass. The header's
   * findings (row 1) reach the sink before this returns.
   *
   * @param input the item, period and number style of the upload
   * @param header the upload's first row, the column headings
   * @param sink receives every finding
   */
  public CheckSession start(CheckInput input, List<String> header, FindingSink sink) {
    RuleViolation.requirePresent(input, "conformity.input");
    RuleViolation.requirePresent(sink, "conformity.sink");
    return new CheckSession(input, header, codeLists, sink);
  }

  /**
   * Checks a whole table: header, then each row of {@code rows}, then the table-level checks.
   *
   * @return the totals; the findings went to {@code sink}
   */
  public ConformityReport check(
      CheckInput input, List<String> header, Iterator<String[]> rows, FindingSink sink) {
    CheckSession session = start(input, header, sink);
    while (rows.hasNext()) {
      session.accept(rows.next());
    }
    return session.finish();
  }

  /**
   * Checks that the item's data standard and statistical metadata are complete. Findings are at row
   * 0; the report counts no rows.
   */
  public ConformityReport checkMetadata(ItemDefinition item, FindingSink sink) {
    RuleViolation.requirePresent(item, "conformity.item");
    RuleViolation.requirePresent(sink, "conformity.sink");
    FindingCounter out = new FindingCounter(sink);
    MetadataCheck.check(item, out);
    return out.report(0);
  }
}
