package id.go.ntbprov.satudata.war.support;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps a copy of everything printed on {@code System.out} from the moment it is installed: the
 * managed Payara Micro container prints the server's console there, line by line. Register it
 * before the Arquillian extension so that the boot is captured.
 */
public final class BootLog implements BeforeAllCallback {

  private static final Pattern FAILED_BOOT_COMMAND = Pattern.compile("Boot Command \\S+ failed");
  private static ByteArrayOutputStream copy;

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  /** Starts copying {@code System.out}, once per JVM. */
  public static synchronized void install() {
    if (copy == null) {
      copy = new ByteArrayOutputStream();
      PrintStream original = System.out;
      OutputStream tee =
          new OutputStream() {
            @Override
            public void write(int b) {
              original.write(b);
              synchronized (BootLog.class) {
                copy.write(b);
              }
            }

            @Override
            public void write(byte[] b, int off, int len) {
              original.write(b, off, len);
              synchronized (BootLog.class) {
                copy.write(b, off, len);
              }
            }
          };
      System.setOut(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }
  }

  /** Everything printed since {@link #install()}. */
  public static synchronized String text() {
    return copy == null ? "" : copy.toString(StandardCharsets.UTF_8);
  }

  /** The post-boot commands that the server reported as failed in the given log. */
  public static List<String> failedBootCommands(String log) {
    Matcher m = FAILED_BOOT_COMMAND.matcher(log);
    return m.results().map(r -> r.group()).toList();
  }
}
