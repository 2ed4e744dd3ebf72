package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The core for view-scoped beans: {@link SatuData} is produced as a dependent, non-serializable
 * object, which a passivating bean may not hold; this application-scoped proxy may.
 */
@Named
@ApplicationScoped
public class CoreAccess {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject SatuData satuData;
  @Inject RegionProfile profile;

  /** The SOP's use cases and ports. */
  public SatuData sop() {
    return satuData;
  }

  /** The region's time zone. */
  public ZoneId zone() {
    return profile.zone();
  }

  /** Today in the region. */
  public LocalDate today() {
    return LocalDate.now(satuData.ports().clock().withZone(zone()));
  }

  /** An instant as the region reads it in a language ("25 Nov 2026 14.05"), empty for null. */
  public String format(Instant at, Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(at.atZone(zone()));
  }

  /** An instant as the region's local date and time, e.g. {@code 2026-03-02 09:15}. */
  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at.atZone(zone()));
  }
}
