package id.go.ntbprov.satudata.web.screens.evaluation;

import id.go.ntbprov.satudata.batch.evaluation.EvaluationReportJob;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.file.FileRef;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents of evaluation reports: the report's own document (the PDF), and the figures
 * workbook (XLSX) and progress exposé that the {@code evaluation-report} job rendered with it, as
 * its exit status names them ({@code report=<id> pdf=<file> xlsx=<file> expose=<file>}). Only files
 * that belong to a report are ever offered for download.
 */
@ApplicationScoped
public class ReportFiles {

  /** What can be downloaded of a report. */
  public enum Kind {
    PDF,
    XLSX,
    EXPOSE
  }

  private static final Pattern EXIT =
      Pattern.compile("report=(\\S+) pdf=(\\S+) xlsx=(\\S+) expose=(\\S+)");

  /** How many job instances are read back for the files' names (newest first). */
  private static final int INSTANCES = 500;

  @Inject SatuData app;

  /** The workbook and exposé file ids of each report the job rendered, by report id. */
  public Map<String, Map<Kind, String>> renderedByJob() {
    Map<String, Map<Kind, String>> out = new HashMap<>();
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      for (JobInstance i : operator.getJobInstances(EvaluationReportJob.NAME, 0, INSTANCES)) {
        for (JobExecution x : operator.getJobExecutions(i)) {
          parse(x.getExitStatus())
              .ifPresent(m -> out.putIfAbsent(m.group(1), files(m.group(3), m.group(4))));
        }
      }
    } catch (NoSuchJobException none) {
      // The job never ran here.
    }
    return out;
  }

  private static Map<Kind, String> files(String xlsx, String expose) {
    return Map.of(Kind.XLSX, xlsx, Kind.EXPOSE, expose);
  }

  /** The parts of a report job's exit status, if it names a report. */
  static Optional<Matcher> parse(String exitStatus) {
    if (exitStatus == null) {
      return Optional.empty();
    }
    Matcher m = EXIT.matcher(exitStatus);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** The report id an exit status names, if any. */
  public static Optional<String> reportOf(String exitStatus) {
    return parse(exitStatus).map(m -> m.group(1));
  }

  /** A document of a report, if it has one of that kind. */
  public Optional<FileRef> find(EvaluationReport report, String kind) {
    Kind k;
    try {
      k = Kind.valueOf(kind == null ? "" : kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (k == Kind.PDF) {
      return report.document();
    }
    return Optional.ofNullable(renderedByJob().get(report.id()))
        .map(m -> m.get(k))
        .flatMap(id -> app.ports().files().find(id));
  }
}
