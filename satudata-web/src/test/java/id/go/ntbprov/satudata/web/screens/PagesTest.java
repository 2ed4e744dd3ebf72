package id.go.ntbprov.satudata.web.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages as files: every staff page is guarded on the server by its own screen, every screen has
 * its page, and no page turns escaping off.
 */
class PagesTest {

  private static final Pattern GUARD =
      Pattern.compile(
          "<f:viewAction action=\"#\\{guard\\.open\\('([A-Z_]+)'\\)}\" onPostback=\"true\"/>");

  private static Path root() throws URISyntaxException {
    return Path.of(PagesTest.class.getResource("/META-INF/resources/login.xhtml").toURI())
        .getParent();
  }

  private static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  @Test
  void everyStaffPageIsGuardedByTheScreenRegisteredForIt() throws Exception {
    Path root = root();
    List<Path> staff = pages(root.resolve("staff"));
    assertThat(staff).isNotEmpty();
    for (Path page : staff) {
      String path = "/" + root.relativize(page).toString().replace('\\', '/');
      Matcher m = GUARD.matcher(Files.readString(page));
      assertThat(m.find()).as(path + " has no guard").isTrue();
      Screen screen = Screen.valueOf(m.group(1));
      assertThat(screen.path()).as(path + " is guarded as " + screen).isEqualTo(path);
    }
  }

  @Test
  void everyScreenHasItsPage() throws Exception {
    Path root = root();
    for (Screen s : Screen.values()) {
      assertThat(root.resolve(s.path().substring(1))).as(s.name()).exists();
    }
  }

  @Test
  void noPageTurnsEscapingOff() throws Exception {
    for (Path page : pages(root())) {
      assertThat(Files.readString(page)).as(page.toString()).doesNotContain("escape=\"false\"");
    }
  }

  @Test
  void noFormIsTransient() throws Exception {
    for (Path page : pages(root())) {
      assertThat(Files.readString(page)).as(page.toString()).doesNotContain("transient=\"true\"");
    }
  }
}
