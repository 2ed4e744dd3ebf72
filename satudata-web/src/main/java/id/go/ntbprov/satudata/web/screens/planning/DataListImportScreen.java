package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.batch.datalist.DataListImportJob;
import id.go.ntbprov.satudata.batch.read.BatchMessages;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.web.api.DataListImportResource;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import id.go.ntbprov.satudata.web.screens.Uploads;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.file.UploadedFile;

/**
 * Import of a year's data list from a workbook (README "Data list import"): the same job as {@code
 * DataListImportResource} starts, followed while it runs, then its outcome — items proposed and
 * already present, or every problem with sheet, row and column (nothing proposed then).
 */
@Named("dataListImport")
@ViewScoped
public class DataListImportScreen implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern COUNTS = Pattern.compile("proposed=(\\d+) present=(\\d+)");

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject LocaleSelection locale;

  private Integer year;
  private transient UploadedFile workbook;
  private Long execution;
  private transient List<DataListImportResource.ProblemView> problems;
  private transient Locale problemsLocale;

  /**
   * Stores the workbook and starts its import, if the core lets the account propose items; then
   * shows the page again by a redirect (the job's thread must not outlive the request that started
   * it, see {@code UploadsScreen#upload}).
   */
  public String start() {
    Integer y = getYear();
    Optional<FileRef> stored =
        feedback.attempt(
            () -> {
              Account who = signedIn.require();
              core.sop().authorization().require(who, SopStep.PROPOSE_ITEM, null);
              return Uploads.require(core.sop(), workbook, "file");
            },
            null);
    // Started outside the upload's transaction: the job's thread must see the stored file.
    return stored
        .map(
            f ->
                BatchRuntime.getJobOperator()
                    .start(
                        DataListImportJob.NAME,
                        DataListImportJob.parameters(y, f.id(), signedIn.require().id().value())))
        .map(x -> "/staff/planning/import.xhtml?faces-redirect=true&year=" + y + "&execution=" + x)
        .orElse(null);
  }

  private Optional<JobExecution> job() {
    return execution == null
        ? Optional.empty()
        : Optional.of(BatchRuntime.getJobOperator().getJobExecution(execution));
  }

  /** Whether an import was started from this page. */
  public boolean isStarted() {
    return execution != null;
  }

  /** Whether the import still runs. */
  public boolean isRunning() {
    return job()
        .map(
            j ->
                j.getBatchStatus() == BatchStatus.STARTING
                    || j.getBatchStatus() == BatchStatus.STARTED)
        .orElse(false);
  }

  /** Whether it ended well. */
  public boolean isCompleted() {
    return job().map(j -> j.getBatchStatus() == BatchStatus.COMPLETED).orElse(false);
  }

  /** Whether it ended refused or failed. */
  public boolean isFailed() {
    return isStarted() && !isRunning() && !isCompleted();
  }

  /** Items proposed, then items already in the list: {@code [proposed, present]}. */
  public List<String> getCounts() {
    Matcher m = COUNTS.matcher(exitStatus());
    return m.find() ? List.of(m.group(1), m.group(2)) : List.of("0", "0");
  }

  /**
   * The summary of a refusal in the user's language ("3 masalah; tidak ada butir yang diusulkan."),
   * or the exit status of an import that failed otherwise.
   */
  public String getSummary() {
    String exit = exitStatus();
    return DataListImportJob.refusal(exit)
        .map(r -> BatchMessages.format(locale.getLocale(), "datalist.refused", r.problems()))
        .orElse(exit);
  }

  /** Every problem of a refusal with sheet, row, column and what, in the user's language. */
  public List<DataListImportResource.ProblemView> getProblems() {
    if (isRunning()) {
      return List.of();
    }
    if (problems == null || !locale.getLocale().equals(problemsLocale)) {
      problemsLocale = locale.getLocale();
      problems = DataListImportResource.problems(core.sop(), exitStatus(), problemsLocale);
    }
    return problems;
  }

  private String exitStatus() {
    return job().map(JobExecution::getExitStatus).orElse("");
  }

  /** Leaves the outcome to import another workbook. */
  public void reset() {
    execution = null;
    problems = null;
  }

  public Integer getYear() {
    return year == null ? core.today().getYear() : year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public UploadedFile getWorkbook() {
    return workbook;
  }

  public void setWorkbook(UploadedFile workbook) {
    this.workbook = workbook;
  }

  public Long getExecution() {
    return execution;
  }

  /** The import to follow, from the redirect after its start (only ever a data list import). */
  public void setExecution(Long execution) {
    try {
      this.execution =
          execution != null
                  && DataListImportJob.NAME.equals(
                      BatchRuntime.getJobOperator().getJobExecution(execution).getJobName())
              ? execution
              : null;
    } catch (NoSuchJobExecutionException unknown) {
      this.execution = null;
    }
  }
}
