package id.go.ntbprov.satudata.web.platform.selftest;

import static id.go.ntbprov.satudata.web.platform.SharedJson.JSON;

import id.go.ntbprov.satudata.web.platform.FlywayMigrator;
import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /api/v1/platform/self-test} starts the self-test job (5 rows, chunks of 2); {@code
 * GET /api/v1/platform/self-test/{executionId}} reads its status from the job repository and counts
 * the rows in {@code platform_probe}. 404 unless {@code satudata.platform.self-test=true}.
 */
@Path("v1/platform/self-test")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SelfTestResource {

  /** The job's name: {@code META-INF/batch-jobs/platform-self-test.xml} of the WAR. */
  public static final String JOB = "platform-self-test";

  static final int ROWS = 5;

  @Inject
  @ConfigProperty(name = "satudata.platform.self-test", defaultValue = "false")
  boolean enabled;

  @Inject FlywayMigrator migrator;

  @Resource(lookup = Platform.DATA_SOURCE)
  DataSource dataSource;

  @POST
  public Response start() throws SQLException {
    requireEnabled();
    Properties parameters = new Properties();
    parameters.setProperty(
        "firstId", String.valueOf(query("SELECT MAX(id) FROM platform_probe") + 1));
    parameters.setProperty("rows", String.valueOf(ROWS));
    long executionId = BatchRuntime.getJobOperator().start(JOB, parameters);
    return Response.accepted(JSON.createObjectBuilder().add("executionId", executionId).build())
        .build();
  }

  @GET
  @Path("{executionId}")
  public JsonObject status(@PathParam("executionId") long executionId) throws SQLException {
    requireEnabled();
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution;
    try {
      execution = operator.getJobExecution(executionId);
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException("no job execution " + executionId);
    }
    return JSON.createObjectBuilder()
        .add("executionId", executionId)
        .add("jobName", execution.getJobName())
        .add("batchStatus", execution.getBatchStatus().name())
        .add("probeRows", query("SELECT COUNT(*) FROM platform_probe"))
        .build();
  }

  private void requireEnabled() {
    if (!enabled || !migrator.migrated()) {
      throw new NotFoundException();
    }
  }

  private long query(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
