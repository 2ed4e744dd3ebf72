package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A short walk through the whole SOP (the core's {@code WholeSopScenarioTest}, NTB's profile): the
 * data list planned and agreed, a table uploaded with an error, returned, uploaded again, accepted,
 * validated by letter and published; a second one published late (a time-standard breach); the
 * quarter evaluated and the report delivered. Each use case call goes through {@link Steps}, which
 * may wrap it in a transaction.
 */
final class SopWalk {

  /** Runs one use case call (in a transaction, for the JPA adapters). */
  interface Steps {
    <T> T step(Supplier<T> call);

    default void run(Runnable call) {
      step(
          () -> {
            call.run();
            return null;
          });
    }
  }

  /** What the walk leaves behind for the assertions. */
  record Outcome(
      EvaluationReport quarterReport,
      EvaluationReport deliveredReport,
      Submission published,
      List<Finding> firstFindings,
      AccountId publisher) {}

  static final AgencyCode POPULATION = AgencyCode.of("DPMPD");
  static final AgencyCode HEALTH = AgencyCode.of("DINKES");

  private final RegionProfile profile;
  private final SatuData app;
  private final TestClock clock;
  private final Steps steps;

  SopWalk(RegionProfile profile, SatuData app, TestClock clock, Steps steps) {
    this.profile = profile;
    this.app = app;
    this.clock = clock;
    this.steps = steps;
  }

  Outcome walk() {
    createAccounts();
    DataItemId pop = new DataItemId(2026, "KEP-001");
    DataItemId health = new DataItemId(2026, "KES-001");
    DataItemId tourism = new DataItemId(2026, "PAR-001");
    DataItemId poverty = new DataItemId(2026, "SOS-001");

    clock.set("2026-01-02T10:00");
    Account evaluator = actorFor(SopStep.EVALUATE, null);
    EvaluationReport q4 =
        steps.step(() -> app.evaluation().evaluate(evaluator, Period.quarter(2025, 4)));
    steps.step(() -> app.evaluation().evaluate(evaluator, Period.year(2025)));
    clock.set("2026-01-03T09:00");
    FileRef q4File = file("laporan-2025-Q4.pdf");
    steps.step(() -> app.evaluation().attachDocument(evaluator, q4.id(), q4File));
    steps.step(
        () ->
            app.evaluation()
                .deliverReport(
                    actorFor(SopStep.DELIVER_REPORT, null),
                    q4.id(),
                    "Pimpinan Daerah",
                    "B-001/2026"));

    clock.set("2026-01-05T09:00");
    Account popProducer = account(Role.PRODUSEN_DATA, POPULATION);
    Account healthProducer = account(Role.PRODUSEN_DATA, HEALTH);
    steps.step(
        () ->
            app.planning()
                .propose(
                    popProducer,
                    pop,
                    Samples.regencyTable("Jumlah Penduduk", POPULATION, "jumlah_penduduk")));
    steps.step(
        () ->
            app.planning()
                .propose(
                    healthProducer,
                    health,
                    Samples.regencyTable("Jumlah Nakes", HEALTH, "jumlah_nakes")));
    steps.step(
        () ->
            app.planning()
                .propose(
                    healthProducer,
                    tourism,
                    Samples.regencyTable("Kunjungan", HEALTH, "kunjungan")));
    steps.step(
        () ->
            app.planning()
                .propose(
                    popProducer,
                    poverty,
                    Samples.regencyTable("Penduduk Miskin", POPULATION, "miskin")));
    clock.set("2026-01-06T10:00");
    Account pembina = account(Role.PEMBINA_DATA, null);
    steps.step(() -> app.planning().recommend(pembina, pop, "Sesuai standar BPS"));
    steps.step(() -> app.planning().recommend(pembina, health, ""));
    steps.step(() -> app.planning().recommend(pembina, poverty, "Gunakan konsep BPS"));
    steps.step(() -> app.planning().sendBack(pembina, tourism, "Bukan data OPD ini"));
    clock.set("2026-01-07T10:00");
    steps.step(
        () ->
            app.planning()
                .revise(
                    healthProducer,
                    tourism,
                    Samples.regencyTable("Kunjungan Wisata", HEALTH, "kunjungan")));
    clock.set("2026-01-08T10:00");
    steps.step(() -> app.planning().reject(pembina, tourism, "Tidak tersedia sumber data"));

    clock.set("2026-01-12T11:00");
    FileRef minutes = file("notulen.pdf");
    steps.step(
        () ->
            app.planning()
                .recordForumMeeting(
                    actorFor(SopStep.RECORD_FORUM_MEETING, null),
                    new MeetingRecord(
                        "FDM-2026-01",
                        2026,
                        LocalDate.of(2026, 1, 12),
                        "BA-01/FSD/2026",
                        List.of("Bappeda", "BPS", "Diskominfotik"),
                        Optional.of(minutes))));
    steps.step(
        () ->
            app.planning()
                .agree(
                    account(Role.FORUM_DATA, null), "FDM-2026-01", List.of(pop, health, poverty)));

    clock.set("2026-01-14T09:00");
    steps.step(
        () ->
            app.planning()
                .checkAvailability(
                    actorFor(SopStep.CHECK_AVAILABILITY, POPULATION),
                    pop,
                    AvailabilityStatus.AVAILABLE,
                    ""));
    steps.step(
        () ->
            app.planning()
                .checkAvailability(
                    actorFor(SopStep.CHECK_AVAILABILITY, HEALTH),
                    health,
                    AvailabilityStatus.PARTLY,
                    "Data swasta belum lengkap"));
    steps.step(
        () ->
            app.planning()
                .checkAvailability(
                    actorFor(SopStep.CHECK_AVAILABILITY, POPULATION),
                    poverty,
                    AvailabilityStatus.NOT_AVAILABLE,
                    "Menunggu Susenas"));

    clock.set("2026-02-02T09:00");
    Period p2020 = Period.year(2020);
    List<String[]> bad = rows("2020");
    bad.set(0, new String[] {"9999", "2020", bad.get(0)[2]});
    Submission v1 =
        steps.step(
            () -> app.collection().upload(popProducer, pop, p2020, upload("jumlah_penduduk", bad)));
    List<Finding> findings = steps.step(() -> app.collection().findings(v1.id(), 0, 100));
    clock.set("2026-02-02T09:05");
    steps.step(() -> app.collection().submitForCheck(popProducer, v1.id()));
    clock.set("2026-02-03T10:00");
    Account walidata = actorFor(SopStep.CHECK_CONFORMITY, POPULATION);
    steps.step(
        () ->
            app.checking().returnToProducer(walidata, v1.id(), "Kode wilayah 9999 tidak dikenal"));

    clock.set("2026-02-04T09:00");
    Submission v2 =
        steps.step(
            () ->
                app.collection()
                    .upload(popProducer, pop, p2020, upload("jumlah_penduduk", rows("2020"))));
    clock.set("2026-02-04T09:10");
    steps.step(() -> app.collection().submitForCheck(popProducer, v2.id()));
    clock.set("2026-02-05T10:00");
    steps.step(() -> app.checking().acceptAsConformant(walidata, v2.id(), null));
    clock.set("2026-02-05T14:00");
    steps.step(
        () ->
            app.letters()
                .registerStatementLetter(
                    popProducer,
                    new LetterDraft(
                        "SP-01/2026",
                        LocalDate.of(2026, 2, 5),
                        "Produsen",
                        POPULATION,
                        List.of(v2.id()),
                        Optional.empty())));
    clock.set("2026-02-06T08:00");
    FileRef sv1 = file("sv-01.pdf");
    steps.step(
        () ->
            app.letters()
                .validate(
                    account(Role.KEPALA_OPD, POPULATION),
                    new LetterDraft(
                        "SV-01/2026",
                        LocalDate.of(2026, 2, 6),
                        "Kepala DPMPD",
                        POPULATION,
                        List.of(v2.id()),
                        Optional.of(sv1))));
    clock.set("2026-02-06T08:02");
    Account publisher = actorFor(SopStep.PUBLISH, POPULATION);
    Submission published = steps.step(() -> app.dissemination().publish(publisher, v2.id()));

    clock.set("2026-02-10T09:00");
    Submission h1 =
        steps.step(
            () ->
                app.collection()
                    .upload(
                        healthProducer,
                        health,
                        Period.year(2025),
                        upload("jumlah_nakes", rows("2025"))));
    clock.set("2026-02-10T09:01");
    steps.step(() -> app.collection().submitForCheck(healthProducer, h1.id()));
    clock.set("2026-02-11T09:00");
    steps.step(
        () ->
            app.checking()
                .acceptAsConformant(actorFor(SopStep.CHECK_CONFORMITY, HEALTH), h1.id(), ""));
    clock.set("2026-02-12T08:00");
    FileRef sv2 = file("sv-02.pdf");
    steps.step(
        () ->
            app.letters()
                .validate(
                    account(Role.KEPALA_OPD, HEALTH),
                    new LetterDraft(
                        "SV-02/2026",
                        LocalDate.of(2026, 2, 12),
                        "Kepala DINKES",
                        HEALTH,
                        List.of(h1.id()),
                        Optional.of(sv2))));
    clock.set("2026-02-12T08:05");
    steps.step(() -> app.dissemination().publish(actorFor(SopStep.PUBLISH, HEALTH), h1.id()));

    clock.set("2026-04-01T10:00");
    EvaluationReport report =
        steps.step(() -> app.evaluation().evaluate(evaluator, Period.quarter(2026, 1)));
    clock.set("2026-04-02T09:00");
    FileRef reportFile = file("laporan-2026-Q1.pdf");
    steps.step(() -> app.evaluation().attachDocument(evaluator, report.id(), reportFile));
    EvaluationReport delivered =
        steps.step(
            () ->
                app.evaluation()
                    .deliverReport(
                        actorFor(SopStep.DELIVER_REPORT, null),
                        report.id(),
                        "Pimpinan Daerah",
                        "B-045/2026"));
    return new Outcome(report, delivered, published, findings, publisher.id());
  }

  private void createAccounts() {
    steps.run(
        () -> {
          for (Role role : Role.values()) {
            if (!role.agencyScoped()) {
              app.ports()
                  .accounts()
                  .save(Account.of(name(role, null), "Akun " + role, RoleAssignment.of(role)));
            }
          }
          for (AgencyCode agency : List.of(POPULATION, HEALTH)) {
            for (Role role :
                List.of(Role.PRODUSEN_DATA, Role.WALIDATA_PENDUKUNG, Role.KEPALA_OPD)) {
              app.ports()
                  .accounts()
                  .save(
                      Account.of(
                          name(role, agency),
                          role + " " + agency,
                          RoleAssignment.of(role, agency)));
            }
          }
        });
  }

  private static String name(Role role, AgencyCode agency) {
    return role.name().toLowerCase() + (agency == null ? "" : "." + agency.value().toLowerCase());
  }

  private Account account(Role role, AgencyCode agency) {
    return steps.step(
        () -> app.ports().accounts().find(AccountId.of(name(role, agency))).orElseThrow());
  }

  /** The first role the profile allows for the step, unscoped ones first (as SopFixture). */
  private Account actorFor(SopStep step, AgencyCode agency) {
    Role role =
        profile.steps().rolesFor(step).stream()
            .sorted((a, b) -> Boolean.compare(a.agencyScoped(), b.agencyScoped()))
            .findFirst()
            .orElseThrow();
    return account(role, role.agencyScoped() ? agency : null);
  }

  private FileRef file(String name) {
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

  /** BPS Population Census 2020, by regency (the core scenario's figures). */
  private static List<String[]> rows(String year) {
    Map<String, String> byRegion = new LinkedHashMap<>();
    byRegion.put("5201", "721481");
    byRegion.put("5202", "1034859");
    byRegion.put("5203", "1325240");
    byRegion.put("5204", "509753");
    byRegion.put("5205", "236665");
    byRegion.put("5206", "514105");
    byRegion.put("5207", "145798");
    byRegion.put("5208", "247400");
    byRegion.put("5271", "429651");
    byRegion.put("5272", "155140");
    List<String[]> out = new ArrayList<>();
    byRegion.forEach((code, value) -> out.add(new String[] {code, year, value}));
    return out;
  }

  private static UploadedTable upload(String valueColumn, List<String[]> rows) {
    return UploadedTable.of(List.of("kode_wilayah", "tahun", valueColumn), rows);
  }
}
