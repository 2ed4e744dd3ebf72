package id.go.ntbprov.satudata.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.SopFixture;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.evaluation.ReportAnnex;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole SOP for a region, from planning to the delivered quarterly report, with the quarter's
 * evaluation figures worked out by hand (see the comments at each step). The same scenario runs for
 * NTB's profile and for a second region (Kota Mataram) with other codes, actors and time standards,
 * without any code change.
 */
class WholeSopScenarioTest {

  /** One region's inputs to the scenario and the figures that differ between regions. */
  record Region(
      String name,
      RegionProfile profile,
      AgencyCode population,
      AgencyCode health,
      RegionLevel level,
      Map<String, String> populationByRegion,
      int expectedBreaches) {}

  static Stream<Arguments> regions() {
    Map<String, String> ntb = new LinkedHashMap<>();
    // ../shared/reference/penduduk-sp2020-ntb.csv: BPS Population Census 2020.
    ntb.put("5201", "721481");
    ntb.put("5202", "1034859");
    ntb.put("5203", "1325240");
    ntb.put("5204", "509753");
    ntb.put("5205", "236665");
    ntb.put("5206", "514105");
    ntb.put("5207", "145798");
    ntb.put("5208", "247400");
    ntb.put("5271", "429651");
    ntb.put("5272", "155140");
    Map<String, String> mataram = new LinkedHashMap<>();
    // Illustrative figures for the six kecamatan of Kota Mataram.
    mataram.put("52.71.01", "86000");
    mataram.put("52.71.02", "69000");
    mataram.put("52.71.03", "66000");
    mataram.put("52.71.04", "60000");
    mataram.put("52.71.05", "70000");
    mataram.put("52.71.06", "78000");
    return Stream.of(
        Arguments.of(
            new Region(
                "NTB",
                RegionProfiles.ntb(),
                AgencyCode.of("DPMPD"),
                AgencyCode.of("DINKES"),
                RegionLevel.REGENCY_CITY,
                ntb,
                1)),
        Arguments.of(
            new Region(
                "Mataram",
                RegionProfiles.fromClasspath("/profiles/mataram/"),
                AgencyCode.of("DISDUKCAPIL"),
                AgencyCode.of("DINKES"),
                RegionLevel.DISTRICT,
                mataram,
                0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regions")
  void theWholeSopFromPlanningToTheDeliveredReport(Region r) {
    SopFixture f = new SopFixture(r.profile());
    SatuData app = f.app;
    DataItemId pop = new DataItemId(2026, "KEP-001");
    DataItemId health = new DataItemId(2026, "KES-001");
    DataItemId tourism = new DataItemId(2026, "PAR-001");
    DataItemId poverty = new DataItemId(2026, "SOS-001");

    // Reports of 2025-Q4 and 2025, within 2 days of the close: no breach, one delivery in Q1.
    f.clock.set("2026-01-02T10:00");
    Account evaluator = f.actorFor(SopStep.EVALUATE, null);
    EvaluationReport q4 = app.evaluation().evaluate(evaluator, Period.quarter(2025, 4));
    app.evaluation().evaluate(evaluator, Period.year(2025));
    f.clock.set("2026-01-03T09:00");
    app.evaluation().attachDocument(evaluator, q4.id(), f.file("laporan-2025-Q4.pdf"));
    app.evaluation()
        .deliverReport(
            f.actorFor(SopStep.DELIVER_REPORT, null), q4.id(), "Pimpinan Daerah", "B-001/2026");

    // 1a: proposals, recommendations, one sent back, revised and rejected.
    f.clock.set("2026-01-05T09:00");
    Account popProducer = f.account(Role.PRODUSEN_DATA, r.population());
    Account healthProducer = f.account(Role.PRODUSEN_DATA, r.health());
    app.planning()
        .propose(
            popProducer,
            pop,
            SopFixture.regionTable(
                "Jumlah Penduduk", r.population(), "jumlah_penduduk", "jiwa", r.level()));
    app.planning()
        .propose(
            healthProducer,
            health,
            SopFixture.regionTable(
                "Jumlah Tenaga Kesehatan", r.health(), "jumlah_nakes", "orang", r.level()));
    app.planning()
        .propose(
            healthProducer,
            tourism,
            SopFixture.regionTable(
                "Jumlah Kunjungan Wisata", r.health(), "kunjungan", "kunjungan", r.level()));
    app.planning()
        .propose(
            popProducer,
            poverty,
            SopFixture.regionTable(
                "Jumlah Penduduk Miskin", r.population(), "penduduk_miskin", "jiwa", r.level()));
    f.clock.set("2026-01-06T10:00");
    Account pembina = f.account(Role.PEMBINA_DATA);
    app.planning().recommend(pembina, pop, "Sesuai standar BPS");
    app.planning().recommend(pembina, health, "");
    app.planning().recommend(pembina, poverty, "Gunakan konsep BPS");
    assertThat(app.planning().sendBack(pembina, tourism, "Bukan data OPD ini").status())
        .isEqualTo(ItemStatus.SENT_BACK);
    f.clock.set("2026-01-07T10:00");
    app.planning()
        .revise(
            healthProducer,
            tourism,
            SopFixture.regionTable(
                "Jumlah Kunjungan Wisata Kesehatan",
                r.health(),
                "kunjungan",
                "kunjungan",
                r.level()));
    f.clock.set("2026-01-08T10:00");
    assertThat(app.planning().reject(pembina, tourism, "Tidak tersedia sumber data").status())
        .isEqualTo(ItemStatus.REJECTED);

    // 1b, 1c: the forum agrees three items in a recorded meeting.
    f.clock.set("2026-01-12T11:00");
    app.planning()
        .recordForumMeeting(
            f.actorFor(SopStep.RECORD_FORUM_MEETING, null),
            new MeetingRecord(
                "FDM-2026-01",
                2026,
                LocalDate.of(2026, 1, 12),
                "BA-01/FSD/2026",
                List.of("Bappeda", "BPS", "Diskominfotik"),
                Optional.of(f.file("notulen.pdf"))));
    app.planning().agree(f.account(Role.FORUM_DATA), "FDM-2026-01", List.of(pop, health, poverty));
    assertThat(app.ports().meetings().find("FDM-2026-01").orElseThrow().agreedItems())
        .containsExactly(pop, health, poverty);

    // 1d: availability.
    f.clock.set("2026-01-14T09:00");
    Account availability = f.actorFor(SopStep.CHECK_AVAILABILITY, r.population());
    app.planning().checkAvailability(availability, pop, AvailabilityStatus.AVAILABLE, "");
    app.planning()
        .checkAvailability(
            f.actorFor(SopStep.CHECK_AVAILABILITY, r.health()),
            health,
            AvailabilityStatus.PARTLY,
            "Data fasilitas swasta belum lengkap");
    app.planning()
        .checkAvailability(
            availability, poverty, AvailabilityStatus.NOT_AVAILABLE, "Menunggu Susenas");

    // 2: population v1 with an unknown region code and one region missing; submitted.
    f.clock.set("2026-02-02T09:00");
    Period p2020 = Period.year(2020);
    List<String[]> bad = rows(r.populationByRegion(), "2020");
    bad.set(0, new String[] {"9999", "2020", bad.get(0)[2]});
    Submission v1 = app.collection().upload(popProducer, pop, p2020, table("jumlah_penduduk", bad));
    assertThat(v1.status()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(v1.check().errors()).isPositive();
    List<Finding> findings = app.collection().findings(v1.id(), 0, 100);
    assertThat(findings)
        .anySatisfy(
            x -> {
              assertThat(x.rule()).isEqualTo(CheckRule.CODE_NOT_IN_LIST);
              assertThat(x.row()).isEqualTo(2);
              assertThat(x.column()).isEqualTo("kode_wilayah");
              assertThat(x.value()).isEqualTo("9999");
            });
    f.clock.set("2026-02-02T09:05");
    app.collection().submitForCheck(popProducer, v1.id());

    // 3a: returned once with findings.
    f.clock.set("2026-02-03T10:00");
    Account walidata = f.actorFor(SopStep.CHECK_CONFORMITY, r.population());
    assertThat(
            app.checking()
                .returnToProducer(walidata, v1.id(), "Kode wilayah 9999 tidak dikenal")
                .status())
        .isEqualTo(SubmissionStatus.RETURNED);

    // 2 again: revised as v2, conformant, submitted; accepted.
    f.clock.set("2026-02-04T09:00");
    Submission v2 =
        app.collection()
            .upload(
                popProducer,
                pop,
                p2020,
                table("jumlah_penduduk", rows(r.populationByRegion(), "2020")));
    assertThat(v2.id().version()).isEqualTo(2);
    assertThat(app.collection().findings(v2.id(), 0, 100)).isEmpty();
    assertThat(v2.check().rows()).isEqualTo(r.populationByRegion().size());
    f.clock.set("2026-02-04T09:10");
    app.collection().submitForCheck(popProducer, v2.id());
    f.clock.set("2026-02-05T10:00");
    assertThat(app.checking().acceptAsConformant(walidata, v2.id(), null).status())
        .isEqualTo(SubmissionStatus.CONFORMANT);
    f.clock.set("2026-02-05T14:00");
    app.letters()
        .registerStatementLetter(
            popProducer,
            new LetterDraft(
                "SP-01/2026",
                LocalDate.of(2026, 2, 5),
                "Produsen",
                r.population(),
                List.of(v2.id()),
                Optional.empty()));

    // 3b, 4: validated by the agency head, published 2 minutes later (within 3 minutes).
    f.clock.set("2026-02-06T08:00");
    Letter popLetter =
        app.letters()
            .validate(
                f.account(Role.KEPALA_OPD, r.population()),
                new LetterDraft(
                    "SV-01/2026",
                    LocalDate.of(2026, 2, 6),
                    "Kepala " + r.population(),
                    r.population(),
                    List.of(v2.id()),
                    Optional.of(f.file("sv-01.pdf"))));
    assertThat(app.ports().submissions().find(v2.id()).orElseThrow().validationLetter())
        .contains(popLetter.id());
    f.clock.set("2026-02-06T08:02");
    Account publisher = f.actorFor(SopStep.PUBLISH, r.population());
    assertThat(app.dissemination().publish(publisher, v2.id()).status())
        .isEqualTo(SubmissionStatus.PUBLISHED);

    // Health: clean at first check, published 5 minutes after validation (NTB: a breach).
    f.clock.set("2026-02-10T09:00");
    Submission h1 =
        app.collection()
            .upload(
                healthProducer,
                health,
                Period.year(2025),
                table("jumlah_nakes", rows(r.populationByRegion(), "2025")));
    f.clock.set("2026-02-10T09:01");
    app.collection().submitForCheck(healthProducer, h1.id());
    f.clock.set("2026-02-11T09:00");
    app.checking()
        .acceptAsConformant(f.actorFor(SopStep.CHECK_CONFORMITY, r.health()), h1.id(), "");
    f.clock.set("2026-02-12T08:00");
    app.letters()
        .validate(
            f.account(Role.KEPALA_OPD, r.health()),
            new LetterDraft(
                "SV-02/2026",
                LocalDate.of(2026, 2, 12),
                "Kepala " + r.health(),
                r.health(),
                List.of(h1.id()),
                Optional.of(f.file("sv-02.pdf"))));
    f.clock.set("2026-02-12T08:05");
    app.dissemination().publish(f.actorFor(SopStep.PUBLISH, r.health()), h1.id());

    // 5a: the quarter's evaluation, on 1 April (within 2 days of the close).
    f.clock.set("2026-04-01T10:00");
    EvaluationReport report = app.evaluation().evaluate(evaluator, Period.quarter(2026, 1));
    Evaluation e = report.evaluation();
    Figures all = e.region();
    assertThat(all.itemsAgreed()).isEqualTo(3); // pop, health, poverty; tourism rejected
    assertThat(all.itemsAvailable()).isEqualTo(1);
    assertThat(all.itemsPartlyAvailable()).isEqualTo(1);
    assertThat(all.itemsNotAvailable()).isEqualTo(1);
    assertThat(all.itemsUploaded()).isEqualTo(2);
    assertThat(all.versionsUploaded()).isEqualTo(3); // pop v1, v2, health v1
    assertThat(all.conformantAtFirstCheck()).isEqualTo(1); // health; pop was returned first
    assertThat(all.returned()).isEqualTo(1);
    assertThat(all.validated()).isEqualTo(2);
    assertThat(all.published()).isEqualTo(2);
    assertThat(all.itemsPublished()).isEqualTo(2);
    assertThat(all.coverage()).isEqualByComparingTo(new BigDecimal("0.6667")); // 2 / 3
    // validation -> publication: 2 min and 5 min; median of two = their mean.
    assertThat(all.medianValidationToPublication()).contains(Duration.ofSeconds(210));
    assertThat(all.worstValidationToPublication()).contains(Duration.ofMinutes(5));
    // period end -> publication: 2020 closed 2021-01-01 00:00, published 2026-02-06 08:02:
    // 5 years (one leap day) = 1826 days, + 36 days = 1862 days 8 h 2 min.
    // 2025 closed 2026-01-01 00:00, published 2026-02-12 08:05 = 42 days 8 h 5 min.
    Duration popLag = Duration.ofDays(1862).plusHours(8).plusMinutes(2);
    Duration healthLag = Duration.ofDays(42).plusHours(8).plusMinutes(5);
    assertThat(all.worstPeriodEndToPublication()).contains(popLag);
    assertThat(all.medianPeriodEndToPublication()).contains(popLag.plus(healthLag).dividedBy(2));
    assertThat(all.timeStandardBreaches()).isEqualTo(r.expectedBreaches());
    assertThat(all.statementLetters()).isEqualTo(1);
    assertThat(all.validationLetters()).isEqualTo(2);
    assertThat(e.forumMeetings()).isEqualTo(1);
    assertThat(e.reportsDelivered()).isEqualTo(1); // the 2025-Q4 report, on 3 January

    Figures popAgency = e.byAgency().get(r.population());
    assertThat(popAgency.itemsAgreed()).isEqualTo(2);
    assertThat(popAgency.returned()).isEqualTo(1);
    assertThat(popAgency.conformantAtFirstCheck()).isZero();
    assertThat(popAgency.coverage()).isEqualByComparingTo(new BigDecimal("0.5000"));
    assertThat(popAgency.timeStandardBreaches()).isZero();
    Figures healthAgency = e.byAgency().get(r.health());
    assertThat(healthAgency.itemsAgreed()).isEqualTo(1);
    assertThat(healthAgency.conformantAtFirstCheck()).isEqualTo(1);
    assertThat(healthAgency.coverage()).isEqualByComparingTo(new BigDecimal("1.0000"));
    assertThat(healthAgency.timeStandardBreaches()).isEqualTo(r.expectedBreaches());
    assertThat(healthAgency.statementLetters()).isZero();

    // 5b: the report document attached and delivered.
    f.clock.set("2026-04-02T09:00");
    app.evaluation().attachDocument(evaluator, report.id(), f.file("laporan-2026-Q1.pdf"));
    // ... with its supporting documents; a second one of a kind replaces the first.
    app.evaluation()
        .attachAnnex(
            evaluator,
            report.id(),
            new ReportAnnex(ReportAnnex.Kind.EXPOSE, f.file("paparan-lama.pdf")));
    app.evaluation()
        .attachAnnex(
            evaluator,
            report.id(),
            new ReportAnnex(ReportAnnex.Kind.FIGURES, f.file("angka-2026-Q1.xlsx")));
    EvaluationReport withAnnexes =
        app.evaluation()
            .attachAnnex(
                evaluator,
                report.id(),
                new ReportAnnex(ReportAnnex.Kind.EXPOSE, f.file("paparan-2026-Q1.pdf")));
    assertThat(withAnnexes.annexes())
        .extracting(a -> a.kind() + ":" + a.file().name())
        .containsExactly("FIGURES:angka-2026-Q1.xlsx", "EXPOSE:paparan-2026-Q1.pdf");
    assertThat(withAnnexes.document().orElseThrow().name()).isEqualTo("laporan-2026-Q1.pdf");
    Account producer = f.actorFor(SopStep.UPLOAD, AgencyCode.of("DINKES"));
    assertThatThrownBy(
            () ->
                app.evaluation()
                    .attachAnnex(
                        producer,
                        report.id(),
                        new ReportAnnex(ReportAnnex.Kind.FIGURES, f.file("x.xlsx"))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.rule()).isEqualTo(Rule.STEP_NOT_PERMITTED_FOR_ROLE));
    assertThatThrownBy(
            () ->
                new EvaluationReport(
                    "x",
                    report.evaluation(),
                    report.createdAt(),
                    report.createdBy(),
                    Optional.empty(),
                    List.of(
                        new ReportAnnex(ReportAnnex.Kind.FIGURES, f.file("a.xlsx")),
                        new ReportAnnex(ReportAnnex.Kind.FIGURES, f.file("b.xlsx"))),
                    List.of(),
                    0))
        .isInstanceOf(IllegalArgumentException.class);
    EvaluationReport delivered =
        app.evaluation()
            .deliverReport(
                f.actorFor(SopStep.DELIVER_REPORT, null),
                report.id(),
                "Pimpinan Daerah",
                "B-045/2026");
    assertThat(delivered.deliveries()).hasSize(1);

    // Every step left its audit entry with who, role, when, before and after.
    List<AuditEntry> trail = app.ports().audit().forObject("submission", v2.id().toString());
    assertThat(trail)
        .extracting(AuditEntry::step)
        .containsExactly(
            SopStep.UPLOAD,
            SopStep.SUBMIT_FOR_CHECK,
            SopStep.CHECK_CONFORMITY,
            SopStep.VALIDATE,
            SopStep.PUBLISH);
    assertThat(trail.get(4).stateBefore()).isEqualTo("VALIDATED");
    assertThat(trail.get(4).stateAfter()).isEqualTo("PUBLISHED");
    assertThat(trail.get(4).account()).isEqualTo(publisher.id());
  }

  static List<String[]> rows(Map<String, String> byRegion, String year) {
    List<String[]> out = new ArrayList<>();
    byRegion.forEach((code, value) -> out.add(new String[] {code, year, value}));
    return out;
  }

  static UploadedTable table(String valueColumn, List<String[]> rows) {
    return UploadedTable.of(List.of("kode_wilayah", "tahun", valueColumn), rows);
  }
}
