package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The core for view-scoped beans: {@link SatuData} is produced as a dependent, non-serializable
 * object, which a passivating ({@code @ViewScoped}) bean may not hold; this application-scoped
 * reference (a serializable proxy) may. Also the region's zone, for showing instants.
 */
@ApplicationScoped
public class SatuDataRef {

  @Inject SatuData app;
  @Inject RegionProfile profile;

  /** The core. */
  public SatuData get() {
    return app;
  }

  /** The region's time zone. */
  public ZoneId zone() {
    return profile.zone();
  }

  /** An instant as the region reads it ("25 Nov 2026 14.05"), empty for null. */
  public String format(Instant at, Locale locale) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).format(at.atZone(zone()));
  }
}
