package id.go.ntbprov.satudata.web.screens.collection;

import id.go.ntbprov.satudata.batch.export.FindingsExport;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The rejected-rows report of a version as a download from the screen, written by the same {@link
 * FindingsExport} as the API's {@code findings.csv} / {@code findings.xlsx}: streamed page by page,
 * never all in memory. The caller has checked that the account may read the version.
 */
final class FindingsDownload {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private FindingsDownload() {}

  static StreamedContent of(SubmissionId id, boolean xlsx, Locale locale) {
    String version = id.toString();
    return DefaultStreamedContent.builder()
        .name("temuan-" + version.replace('/', '_') + (xlsx ? ".xlsx" : ".csv"))
        .contentType(xlsx ? XLSX : "text/csv; charset=UTF-8")
        .writer(
            out -> {
              SatuData app = CDI.current().select(SatuData.class).get();
              SubmissionId sid = SubmissionId.parse(version);
              var findings =
                  FindingsExport.paged(
                      (offset, limit) -> app.ports().content().findings(sid, offset, limit), 1000);
              try {
                if (xlsx) {
                  FindingsExport.xlsx(findings, out, locale);
                } else {
                  FindingsExport.csv(findings, out, locale);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
