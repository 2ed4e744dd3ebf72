package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a report document needs besides the evaluation itself: who the region is, how agencies are
 * named, and in which zone and language to print.
 *
 * @param regionName e.g. "Provinsi Nusa Tenggara Barat"
 * @param programmeName the programme named in titles, e.g. "NTB Satu Data"
 * @param agencyNames full agency names by code, e.g. DINKES → "Dinas Kesehatan Provinsi NTB"; an
 *     agency missing here is printed by its code
 * @param zone the region's zone, in which dates and times are printed (e.g. Asia/Makassar, WITA)
 * @param locale the language: English for {@code en}, Bahasa Indonesia for anything else
 * @param generatedAt when the document is generated
 * @param generatedBy who generated it, as printed
 */
public record ReportContext(
    String regionName,
    String programmeName,
    Map<AgencyCode, String> agencyNames,
    ZoneId zone,
    Locale locale,
    Instant generatedAt,
    String generatedBy) {

  /** Bahasa Indonesia, the default language of the documents. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** Requires the zone and the instant; defaults the rest (Indonesian, empty names). */
  public ReportContext {
    regionName = regionName == null ? "" : regionName;
    programmeName = programmeName == null || programmeName.isBlank() ? "Satu Data" : programmeName;
    agencyNames = Map.copyOf(agencyNames == null ? Map.of() : agencyNames);
    Objects.requireNonNull(zone, "zone");
    locale = locale == null ? INDONESIAN : locale;
    Objects.requireNonNull(generatedAt, "generatedAt");
    generatedBy = generatedBy == null ? "" : generatedBy;
  }

  /**
   * A context for a region profile: its name, its agencies' names and its zone, in Indonesian.
   *
   * @param programmeName e.g. "NTB Satu Data"
   */
  public static ReportContext forRegion(
      RegionProfile profile, String programmeName, Instant generatedAt, String generatedBy) {
    Map<AgencyCode, String> names = new LinkedHashMap<>();
    for (Agency a : profile.agencies()) {
      names.put(a.code(), a.name());
    }
    return new ReportContext(
        profile.name(), programmeName, names, profile.zone(), INDONESIAN, generatedAt, generatedBy);
  }

  /** The same context in another language. */
  public ReportContext withLocale(Locale other) {
    return new ReportContext(
        regionName, programmeName, agencyNames, zone, other, generatedAt, generatedBy);
  }

  /** The agency's full name, or its code when the context does not know it. */
  public String agencyName(AgencyCode code) {
    return agencyNames.getOrDefault(code, code.value());
  }
}
