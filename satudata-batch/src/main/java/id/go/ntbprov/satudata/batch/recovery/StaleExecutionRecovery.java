package id.go.ntbprov.satudata.batch.recovery;

import id.go.ntbprov.satudata.batch.imports.ImportJob;
import id.go.ntbprov.satudata.batch.imports.ImportProgressStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * After a crash, executions of the dead JVM stay STARTED in the job repository forever: the runtime
 * neither lists them as running nor lets them be stopped, abandoned or restarted (spec gap
 * jakartaee/batch#157). At startup this bean marks them FAILED, then restarts the imports among
 * them, which resume at their last checkpoint.
 *
 * <p>Single node: every STARTED execution found at startup belongs to a dead JVM. With several
 * instances sharing the database, an execution would first have to record which instance owns it
 * (not done yet).
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StaleExecutionRecovery {

  private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());
  private static final Set<BatchStatus> LIVE =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Resource(lookup = "jdbc/satudata")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject ImportProgressStore progress;

  private volatile List<Long> recovered = List.of();

  @PostConstruct
  void schedule() {
    // After the deployment, not during it: restarting a job needs the application's beans.
    scheduler.schedule(this::recover, 3, TimeUnit.SECONDS);
  }

  /** Executions marked failed and restarted at this start, for diagnostics and tests. */
  public List<Long> recovered() {
    return recovered;
  }

  void recover() {
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      List<Long> done = new ArrayList<>();
      for (String job : operator.getJobNames()) {
        int count = operator.getJobInstanceCount(job);
        for (JobInstance instance : operator.getJobInstances(job, 0, count)) {
          for (JobExecution execution : operator.getJobExecutions(instance)) {
            if (LIVE.contains(execution.getBatchStatus())) {
              markFailed(execution.getExecutionId());
              done.add(execution.getExecutionId());
              if (ImportJob.NAME.equals(job)) {
                restartImport(operator, execution.getExecutionId());
              }
            }
          }
        }
      }
      recovered = List.copyOf(done);
      if (!done.isEmpty()) {
        LOG.info("Recovered batch executions left running by a stopped server: " + done);
      }
    } catch (RuntimeException | SQLException e) {
      LOG.log(Level.SEVERE, "Recovery of stale batch executions failed", e);
    }
  }

  private void markFailed(long executionId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED',"
                    + " exitstatus = 'SERVER_STOPPED', endtime = CURRENT_TIMESTAMP"
                    + " WHERE jobexecid = ?")) {
      ps.setLong(1, executionId);
      ps.executeUpdate();
    }
  }

  private void restartImport(JobOperator operator, long executionId) {
    String submission = operator.getParameters(executionId).getProperty(ImportJob.SUBMISSION);
    long restarted = operator.restart(executionId, operator.getParameters(executionId));
    progress.running(submission, restarted);
    LOG.info("Restarted import of " + submission + " as execution " + restarted);
  }
}
