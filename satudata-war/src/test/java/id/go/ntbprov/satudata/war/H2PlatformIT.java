package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.war.support.BootLog;
import id.go.ntbprov.satudata.war.support.FreshSatudataHome;
import id.go.ntbprov.satudata.war.support.Http;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application on managed Payara Micro with the default database: an H2 file under {@code
 * SATUDATA_HOME} (failsafe sets it to a folder under target/, emptied first).
 */
@ExtendWith(BootLog.class)
@ExtendWith(FreshSatudataHome.class)
@ExtendWith(ArquillianExtension.class)
class H2PlatformIT extends PlatformChecks {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return builtWar();
  }

  @Override
  String expectedDatabaseProduct() {
    return "H2";
  }

  @Test
  void theDatabaseIsAFileUnderSatudataHome() {
    health(); // the batch runtime creates its tables on first use

    Path db = Path.of(System.getenv("SATUDATA_HOME"), "db", "satudata.mv.db");
    assertThat(db).exists();
    assertThat(Http.healthCheck(health(), "schema").getJsonObject("data").getString("version"))
        .isEqualTo("7");
  }
}
