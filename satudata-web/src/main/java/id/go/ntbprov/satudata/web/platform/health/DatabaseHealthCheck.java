package id.go.ntbprov.satudata.web.platform.health;

import id.go.ntbprov.satudata.web.platform.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a connection from {@code jdbc/satudata} answers {@code SELECT 1}. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  /** The check's name in {@code /health}. */
  public static final String NAME = "database";

  @Resource(lookup = Platform.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).withData("dataSource", Platform.DATA_SOURCE);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT 1")) {
      DatabaseMetaData meta = connection.getMetaData();
      return response
          .status(rs.next() && rs.getInt(1) == 1)
          .withData("product", meta.getDatabaseProductName())
          .withData("productVersion", meta.getDatabaseProductVersion())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
