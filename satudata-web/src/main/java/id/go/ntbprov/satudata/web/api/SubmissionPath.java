package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.ws.rs.PathParam;

/**
 * The parts of a submission's path, {@code …/{year}/{code}/{period}/{version}}, e.g. {@code
 * 2026/KEP-001/2025-Q1/v2}: one {@code @BeanParam} instead of four path parameters per method.
 */
public class SubmissionPath {

  @PathParam("year")
  int year;

  @PathParam("code")
  String code;

  @PathParam("period")
  String period;

  @PathParam("version")
  String version;

  /** The submission version the path names. */
  SubmissionId id() {
    return SubmissionResource.id(year, code, period, version);
  }
}
