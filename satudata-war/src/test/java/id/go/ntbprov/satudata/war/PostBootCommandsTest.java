package id.go.ntbprov.satudata.war;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards the post-boot commands against the mistakes Payara Micro only reports as a WARNING (after
 * which the application deploys and every request is 404): the full run is checked by the ITs.
 */
class PostBootCommandsTest {

  private static final Path FILE = Path.of("src/main/resources/post-boot-commands.txt");

  private static List<String> commands() throws IOException {
    return Files.readAllLines(FILE).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void createThePoolTheResourceAndPointTheBatchRuntimeAtIt() throws IOException {
    assertThat(commands())
        .extracting(c -> c.split(" ")[0])
        .containsExactly(
            "create-jdbc-connection-pool",
            "create-jdbc-resource",
            "set-batch-runtime-configuration");
    assertThat(commands().get(0))
        .contains(
            "--datasourceclassname="
                + "id.go.ntbprov.satudata.web.platform.datasource.SatuDataDataSource")
        .contains("--restype=javax.sql.DataSource")
        .endsWith(" satudataPool");
    assertThat(commands().get(1))
        .contains("--connectionpoolid=satudataPool")
        .endsWith(" jdbc/satudata");
    assertThat(commands().get(2)).contains("--dataSourceLookupName=jdbc/satudata");
  }

  @Test
  void noPropertyHasAnEmptyValue() throws IOException {
    // "--property a=:b=x" or "a=" at the end: rejected, and every later command fails too.
    Pattern emptyValue = Pattern.compile("=(:|\\s|$)");
    for (String command : commands()) {
      assertThat(emptyValue.matcher(command).find()).as(command).isFalse();
    }
  }

  @Test
  void everyPlaceholderHasADefault() throws IOException {
    Pattern placeholder = Pattern.compile("\\$\\{(ENV|MPCONFIG)=[^:}]+}");
    for (String command : commands()) {
      assertThat(placeholder.matcher(command).find()).as(command).isFalse();
    }
  }
}
