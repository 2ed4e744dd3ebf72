package id.go.ntbprov.satudata.core.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * Administrative levels of Indonesian region codes (Kemendagri / BPS), also the disaggregation
 * levels of data list items.
 */
public enum RegionLevel {
  /** Provinsi. */
  PROVINCE,
  /** Kabupaten or kota. */
  REGENCY_CITY,
  /** Kecamatan. */
  DISTRICT,
  /** Desa or kelurahan. */
  VILLAGE;

  /**
   * The level named by the {@code jenis} column of a region code file: {@code provinsi}, {@code
   * kabupaten}, {@code kota}, {@code kecamatan}, {@code desa}, {@code kelurahan}.
   */
  public static Optional<RegionLevel> fromJenis(String jenis) {
    if (jenis == null) {
      return Optional.empty();
    }
    return switch (jenis.strip().toLowerCase(Locale.ROOT)) {
      case "provinsi", "province" -> Optional.of(PROVINCE);
      case "kabupaten", "kota", "kabupaten/kota", "regency", "city" -> Optional.of(REGENCY_CITY);
      case "kecamatan", "district" -> Optional.of(DISTRICT);
      case "desa", "kelurahan", "village" -> Optional.of(VILLAGE);
      default -> Optional.empty();
    };
  }
}
