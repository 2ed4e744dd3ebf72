package id.go.ntbprov.satudata.batch.datalist;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The job {@code datalist-import}: a year's Daftar Data Daerah proposed from a workbook (see {@link
 * DataListWorkbook}). All or nothing: when any row has a problem, nothing is proposed and the exit
 * status lists the problems with sheet, row and column. Items already in that year's list are left
 * as they are, so importing the same workbook twice adds nothing.
 */
@Named("dataListImportBatchlet")
@Dependent
public class DataListImportJob extends AbstractBatchlet {

  /** The job's name. */
  public static final String NAME = "datalist-import";

  static final String YEAR = "year";
  static final String FILE = "file";
  static final String ACCOUNT = "account";

  @Inject JobContext job;
  @Inject Work work;

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
    } catch (RuntimeException e) {
      String why =
          e instanceof RuleViolation v
              ? v.rule() + ": " + v.message(Messages.INDONESIAN)
              : e.getMessage();
      job.setExitStatus(
          why == null
              ? e.getClass().getSimpleName()
              : why.substring(0, Math.min(why.length(), 1900)));
      throw e;
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
      List<String> problems = new ArrayList<>();
      read.problems().forEach(p -> problems.add(p.toString()));
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
          problems.add(
              DataListWorkbook.say(
                  "datalist.problem", "Butir", item.row(), v.message(Messages.INDONESIAN)));
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            DataListWorkbook.say(
                "datalist.refused", problems.size(), String.join(" | ", problems)));
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
