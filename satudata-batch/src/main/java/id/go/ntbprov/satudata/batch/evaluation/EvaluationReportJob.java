package id.go.ntbprov.satudata.batch.evaluation;

import id.go.ntbprov.satudata.batch.report.ReportContext;
import id.go.ntbprov.satudata.batch.report.ReportRenderer;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.ReportAnnex;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/**
 * The job {@code evaluation-report} (SOP 5a): evaluates a quarter or year through the core, renders
 * the PDF report, the XLSX of the figures and the progress exposé, stores the three through the
 * file store and attaches all three to the evaluation report (the PDF as its document, the workbook
 * and the exposé as its annexes), ready for delivery to the regional head. Its exit status names
 * the evaluation report and the three files.
 */
@Named("evaluationReportBatchlet")
@Dependent
public class EvaluationReportJob extends AbstractBatchlet {

  /** The job's name ({@code META-INF/batch-jobs/evaluation-report.xml}). */
  public static final String NAME = "evaluation-report";

  /** Parameter: the period, {@code 2026-Q1} or {@code 2026}. */
  public static final String PERIOD = "period";

  /** Parameter: the account the evaluation is run for (its role must allow EVALUATE). */
  public static final String ACCOUNT = "account";

  @Inject JobContext job;
  @Inject SatuData app;
  @Inject RegionProfile profile;
  @Inject Work work;

  /** The job's parameters. */
  public static Properties parameters(Period period, String account) {
    Properties p = new Properties();
    p.setProperty(PERIOD, period.toString());
    p.setProperty(ACCOUNT, account);
    return p;
  }

  @Override
  public String process() {
    Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    try {
      String exit = work.run(Period.parse(p.getProperty(PERIOD)), p.getProperty(ACCOUNT), profile);
      job.setExitStatus(exit);
      return exit;
    } catch (RuntimeException e) {
      job.setExitStatus("FAILED: " + e.getMessage());
      throw e;
    }
  }

  /** The programme's name on the documents: {@code SATUDATA_PROGRAMME_NAME}, default NTB's. */
  static String programmeName() {
    String v =
        System.getProperty("satudata.programme.name", System.getenv("SATUDATA_PROGRAMME_NAME"));
    return v == null || v.isBlank() ? "NTB Satu Data" : v.strip();
  }

  /** The transactional part: evaluation, documents and attachment commit together. */
  @Dependent
  public static class Work {

    @Inject SatuData app;

    /** Runs the evaluation and stores its documents; answers the exit status. */
    @Transactional
    public String run(Period period, String accountId, RegionProfile profile) {
      Account account =
          app.ports()
              .accounts()
              .find(AccountId.of(accountId))
              .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "account", accountId));
      EvaluationReport report = app.evaluation().evaluate(account, period);
      ReportRenderer.StoredDocuments docs;
      try {
        docs =
            new ReportRenderer()
                .store(
                    report.evaluation(),
                    ReportContext.forRegion(
                        profile, programmeName(), Instant.now(), account.displayName()),
                    app.ports().files());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      app.evaluation().attachDocument(account, report.id(), docs.report());
      app.evaluation()
          .attachAnnex(
              account, report.id(), new ReportAnnex(ReportAnnex.Kind.FIGURES, docs.workbook()));
      app.evaluation()
          .attachAnnex(
              account, report.id(), new ReportAnnex(ReportAnnex.Kind.EXPOSE, docs.expose()));
      return "report="
          + report.id()
          + " pdf="
          + docs.report().id()
          + " xlsx="
          + docs.workbook().id()
          + " expose="
          + docs.expose().id();
    }
  }
}
