package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * Optimistic concurrency over HTTP: {@code If-Match: "<version>"} must name the current version.
 */
final class Versions {

  private Versions() {}

  static void requireMatch(String ifMatch, long current, String kind, Object id) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return;
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    if (!v.equals(Long.toString(current))) {
      throw new RuleViolation(Rule.CONCURRENT_UPDATE, kind, id);
    }
  }
}
