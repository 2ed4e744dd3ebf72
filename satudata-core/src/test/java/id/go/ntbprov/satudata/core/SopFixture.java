package id.go.ntbprov.satudata.core;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A region running the SOP in memory for tests: its profile seeded, one account per role (scoped
 * roles: one per agency asked for), a clock moved by hand.
 */
public final class SopFixture {

  public final RegionProfile profile;
  public final MutableClock clock;
  public final SatuData app;

  public SopFixture(RegionProfile profile) {
    this.profile = profile;
    this.clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"), profile.zone());
    this.app = SatuData.inMemory(profile, clock);
    var ports = app.ports();
    for (Role role : Role.values()) {
      if (!role.agencyScoped()) {
        ports
            .accounts()
            .save(Account.of(role.name().toLowerCase(), "Akun " + role, RoleAssignment.of(role)));
      }
    }
    for (var agency : profile.agencies()) {
      for (Role role : List.of(Role.PRODUSEN_DATA, Role.WALIDATA_PENDUKUNG, Role.KEPALA_OPD)) {
        ports
            .accounts()
            .save(
                Account.of(
                    role.name().toLowerCase() + "." + agency.code().value().toLowerCase(),
                    role + " " + agency.code(),
                    RoleAssignment.of(role, agency.code())));
      }
    }
  }

  /** The unscoped account holding only {@code role}. */
  public Account account(Role role) {
    return app.ports().accounts().find(id(role, null)).orElseThrow();
  }

  /** The account holding only {@code role} for {@code agency}. */
  public Account account(Role role, AgencyCode agency) {
    return app.ports().accounts().find(id(role, agency)).orElseThrow();
  }

  /**
   * An account allowed to perform {@code step} on an object of {@code agency} under the profile's
   * assignment: the first allowed role, scoped to the agency when the role is.
   */
  public Account actorFor(SopStep step, AgencyCode agency) {
    Role role =
        profile.steps().rolesFor(step).stream()
            .sorted((a, b) -> Boolean.compare(a.agencyScoped(), b.agencyScoped()))
            .findFirst()
            .orElseThrow();
    return role.agencyScoped() ? account(role, agency) : account(role);
  }

  /** An account holding no role that may perform {@code step}. */
  public Account outsiderFor(SopStep step) {
    for (Role role : Role.values()) {
      if (!role.agencyScoped() && !profile.steps().rolesFor(step).contains(role)) {
        return account(role);
      }
    }
    throw new IllegalStateException("every unscoped role may perform " + step);
  }

  private static id.go.ntbprov.satudata.core.actor.AccountId id(Role role, AgencyCode agency) {
    String name =
        role.name().toLowerCase() + (agency == null ? "" : "." + agency.value().toLowerCase());
    return id.go.ntbprov.satudata.core.actor.AccountId.of(name);
  }

  /** Stores a small PDF-like file and returns its reference (a scanned letter, a report). */
  public FileRef file(String name) {
    try {
      return app.ports()
          .files()
          .store(
              name,
              "application/pdf",
              new ByteArrayInputStream(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The region code list of the profile. */
  public CodeList regions() {
    return profile.regionCodes();
  }

  /**
   * An annual table of one number per region at {@code level}: kode_wilayah (key, region), tahun
   * (period), the value column; complete metadata.
   */
  public static ItemDefinition regionTable(
      String title, AgencyCode producer, String valueColumn, String unit, RegionLevel level) {
    TableStructure structure =
        new TableStructure(
                List.of(
                    Variable.keyCode("kode_wilayah", "Kode wilayah", CodeList.REGION),
                    Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
                    Variable.of(valueColumn, title, VariableType.INTEGER, unit)
                        .withRange(BigDecimal.ZERO, null)),
                java.util.Optional.empty(),
                java.util.Optional.empty())
            .withRegionVariable("kode_wilayah")
            .withPeriodVariable("tahun");
    StatisticalMetadata metadata =
        new StatisticalMetadata(
            new ActivityMetadata(
                "Kompilasi " + title,
                "Menyediakan data " + title.toLowerCase(),
                "sektoral",
                "kompilasi produk administrasi",
                "Sosial",
                "tahunan",
                "seluruh wilayah",
                producer.value(),
                "data@example.go.id"),
            List.of(
                new VariableMetadata(
                    "kode_wilayah",
                    "Wilayah",
                    "Kode wilayah Kemendagri",
                    "",
                    "Kode wilayah",
                    "kode"),
                new VariableMetadata("tahun", "Tahun", "Tahun data", "31 Desember", "", "tahun"),
                new VariableMetadata(valueColumn, title, title, "31 Desember", "", "jumlah")),
            List.of());
    return new ItemDefinition(
        title,
        title + " menurut wilayah",
        "Kependudukan",
        producer,
        new DataStandard(title, title + " tercatat", "", "jumlah", unit),
        Periodicity.ANNUAL,
        level,
        true,
        metadata,
        structure);
  }
}
