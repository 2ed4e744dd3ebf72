package id.go.ntbprov.satudata.core.conformity;

import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.reference.CodeList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

public final class ConformityChecker {
  public ConformityChecker(Function<String, Optional<CodeList>> codeLists) {}

  public CheckSession start(CheckInput input, List<String> header, FindingSink sink) {
    return new CheckSession(sink);
  }

  public ConformityReport check(
      CheckInput input, List<String> header, Iterator<String[]> rows, FindingSink sink) {
    CheckSession s = start(input, header, sink);
    rows.forEachRemaining(s::accept);
    return s.finish();
  }

  public ConformityReport checkMetadata(ItemDefinition item, FindingSink sink) {
    return new ConformityReport(0, 0, 0, Map.of());
  }
}
