package id.go.ntbprov.satudata.batch.datalist;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job {@code datalist-import}: a year's Daftar Data Daerah proposed from a workbook (see {@link
 * DataListWorkbook}). All or nothing: when any row has a problem, nothing is proposed, the problems
 * (sheet, row, column, what — as data, {@link DataListProblem}) are stored as a file and the exit
 * status names it: {@code problems=N file=<id>} (see {@link #refusal}); adapters show them in the
 * user's language. Items already in that year's list are left as they are, so importing the same
 * workbook twice adds nothing.
 */
@Named("dataListImportBatchlet")
@Dependent
public class DataListImportJob extends AbstractBatchlet {

  /** The job's name. */
  public static final String NAME = "datalist-import";

  static final String YEAR = "year";
  static final String FILE = "file";
  static final String ACCOUNT = "account";

  /** The batch repository keeps at most 512 characters of an exit status. */
  private static final int EXIT_STATUS_MAX = 500;

  /** The exit status of a refused workbook. */
  private static final Pattern REFUSED = Pattern.compile("problems=(\\d+) file=(\\S+)");

  @Inject JobContext job;
  @Inject Work work;
  @Inject SatuData app;

  /**
   * A refused import as its exit status names it.
   *
   * @param problems how many problems
   * @param file the stored file holding them ({@link DataListProblem#encode})
   */
  public record Refusal(int problems, String file) {}

  /** The refusal an exit status names, if it names one. */
  public static Optional<Refusal> refusal(String exitStatus) {
    Matcher m = REFUSED.matcher(exitStatus == null ? "" : exitStatus);
    return m.matches()
        ? Optional.of(new Refusal(Integer.parseInt(m.group(1)), m.group(2)))
        : Optional.empty();
  }

  /** The problems of a refusal, read from the stored file. */
  public static List<DataListProblem> problems(SatuData app, Refusal refusal) throws IOException {
    try (InputStream in =
        app.ports()
            .files()
            .open(refusal.file())
            .orElseThrow(() -> new IOException("no file " + refusal.file()))) {
      return DataListProblem.decode(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  /** The job's parameters. */
  public static Properties parameters(int year, String fileId, String account) {
    Properties p = new Properties();
    p.setProperty(YEAR, Integer.toString(year));
    p.setProperty(FILE, fileId);
    p.setProperty(ACCOUNT, account);
    return p;
  }

  @Override
  public String process() {
    Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    try {
      String exit =
          work.run(
              Integer.parseInt(p.getProperty(YEAR)), p.getProperty(FILE), p.getProperty(ACCOUNT));
      job.setExitStatus(exit);
      return exit;
    } catch (Refused r) {
      job.setExitStatus(store(r.problems));
      throw r;
    } catch (RuntimeException e) {
      String why =
          e instanceof RuleViolation v
              ? v.rule() + ": " + v.message(Messages.INDONESIAN)
              : e.getMessage();
      job.setExitStatus(
          why == null
              ? e.getClass().getSimpleName()
              : why.substring(0, Math.min(why.length(), EXIT_STATUS_MAX)));
      throw e;
    }
  }

  /** Stores the problems (outside the rolled-back transaction); answers the exit status. */
  private String store(List<DataListProblem> problems) {
    byte[] text = DataListProblem.encode(problems).getBytes(StandardCharsets.UTF_8);
    try {
      FileRef f =
          app.ports()
              .files()
              .store(
                  "datalist-problems-" + job.getExecutionId() + ".tsv",
                  "text/tab-separated-values; charset=UTF-8",
                  new ByteArrayInputStream(text));
      return "problems=" + problems.size() + " file=" + f.id();
    } catch (IOException e) {
      String first = problems.get(0).toString(); // the store failed: say at least the first
      return first.substring(0, Math.min(first.length(), EXIT_STATUS_MAX));
    }
  }

  /** A workbook with problems: nothing was proposed. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<DataListProblem> problems;

    Refused(List<DataListProblem> problems) {
      super(problems.size() + " problems: " + problems.get(0), null, false, false);
      this.problems = List.copyOf(problems);
    }
  }

  /** The transactional part: every proposal commits together, or none. */
  @Dependent
  public static class Work {

    @Inject SatuData app;

    /** Reads and proposes; answers {@code proposed=N present=M}. */
    @Transactional
    public String run(int year, String fileId, String accountId) {
      Account actor =
          app.ports()
              .accounts()
              .find(AccountId.of(accountId))
              .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "account", accountId));
      Path copy = copy(fileId);
      DataListWorkbook.Result read;
      try {
        read = DataListWorkbook.read(copy, year);
      } finally {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // a temporary copy left behind is harmless
        }
      }
      List<DataListProblem> problems = new ArrayList<>(read.problems());
      int proposed = 0;
      int present = 0;
      for (DataListWorkbook.Item item : read.items()) {
        if (app.ports().items().find(item.id()).isPresent()) {
          present++;
          continue;
        }
        try {
          app.planning().propose(actor, item.id(), item.definition());
          proposed++;
        } catch (RuleViolation v) {
          problems.add(DataListProblem.rule("Butir", item.row(), DataListWorkbook.column(v), v));
        }
      }
      if (!problems.isEmpty()) {
        throw new Refused(problems);
      }
      return "proposed=" + proposed + " present=" + present;
    }

    private Path copy(String fileId) {
      try (InputStream in =
          app.ports()
              .files()
              .open(fileId)
              .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "file", fileId))) {
        Path p = Files.createTempFile("satudata-datalist-", ".xlsx");
        Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
