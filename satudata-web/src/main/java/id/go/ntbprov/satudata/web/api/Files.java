package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;

/** Resolves file ids given in requests to stored files. */
final class Files {

  private Files() {}

  static FileRef require(SatuData app, String id) {
    return app.ports()
        .files()
        .find(id)
        .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", id));
  }
}
