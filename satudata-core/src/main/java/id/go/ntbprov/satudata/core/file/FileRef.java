package id.go.ntbprov.satudata.core.file;

import id.go.ntbprov.satudata.core.rule.RuleViolation;

/**
 * A stored file: an uploaded original, a scanned letter or a report document.
 *
 * @param id the store's identifier
 * @param name original file name
 * @param mediaType e.g. {@code application/pdf}
 * @param size bytes
 * @param sha256 hex SHA-256 of the content
 */
public record FileRef(String id, String name, String mediaType, long size, String sha256) {

  /** Refuses a reference without id or checksum. */
  public FileRef {
    id = RuleViolation.requireText(id, "file.id");
    name = name == null ? "" : name;
    mediaType = mediaType == null ? "application/octet-stream" : mediaType;
    sha256 = RuleViolation.requireText(sha256, "file.sha256");
  }
}
