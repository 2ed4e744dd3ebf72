package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.Availability;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.datalist.IndicatorMetadata;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.Recommendation;
import id.go.ntbprov.satudata.core.datalist.RecommendationDecision;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.CheckSummary;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Rich aggregates with every field filled (and some deliberately empty), for round trips. */
final class Samples {

  static final Instant T0 = Instant.parse("2026-01-05T01:00:00.123456Z");
  static final AgencyCode DINKES = AgencyCode.of("DINKES");
  static final AccountId BUDI = AccountId.of("budi");
  static final AccountId BPS = AccountId.of("bps");

  private Samples() {}

  static FileRef file(String id, String name) {
    return new FileRef(id, name, "application/pdf", 1234, "ab".repeat(32));
  }

  static Account account(String id) {
    return new Account(
        AccountId.of(id),
        "Budi Santoso, S.Kom",
        Set.of(
            RoleAssignment.of(Role.PRODUSEN_DATA, DINKES),
            RoleAssignment.of(Role.KEPALA_OPD, AgencyCode.of("BAPPEDA")),
            RoleAssignment.of(Role.WALIDATA)),
        true,
        0);
  }

  static CodeList regions(String id) {
    return new CodeList(
        id,
        "Wilayah NTB",
        List.of(
            new Code("52", "Nusa Tenggara Barat", "provinsi", Set.of()),
            new Code("52.01", "Lombok Barat", "kabupaten", Set.of("5201", "LOBAR")),
            new Code("52.71", "Kota Mataram", "kota", Set.of("5271")),
            new Code("X,\"1\"", "Kode \"aneh\"\nbaris dua", "", Set.of(""))),
        0);
  }

  static ItemDefinition definition(String title) {
    TableStructure structure =
        new TableStructure(
                List.of(
                    Variable.keyCode("kode_wilayah", "Kode wilayah", CodeList.REGION),
                    Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
                    Variable.of("jumlah", "Jumlah", VariableType.INTEGER, "orang")
                        .withRange(BigDecimal.ZERO, new BigDecimal("1000000.50")),
                    Variable.of("rasio", "Rasio", VariableType.DECIMAL, "%")
                        .optional()
                        .withRange(new BigDecimal("-1.0"), null),
                    Variable.of("catatan", "", VariableType.TEXT, "").optional()),
                Optional.empty(),
                Optional.empty())
            .withRegionVariable("kode_wilayah")
            .withPeriodVariable("tahun");
    StatisticalMetadata metadata =
        new StatisticalMetadata(
            new ActivityMetadata(
                "Kompilasi " + title,
                "Tujuan",
                "sektoral",
                "kompilasi produk administrasi",
                "Kesehatan",
                "tahunan",
                "provinsi",
                "Bidang P2P",
                "data@dinkes.ntbprov.go.id"),
            List.of(
                new VariableMetadata("kode_wilayah", "Wilayah", "Kode", "", "Kemendagri", "kode"),
                new VariableMetadata("jumlah", "Jumlah", "Banyaknya", "31 Desember", "", "jumlah")),
            List.of(
                new IndicatorMetadata(
                    "Rasio nakes",
                    "Rasio",
                    "Nakes per 1000 penduduk",
                    "jumlah / penduduk * 1000",
                    "per 1000",
                    "Makin tinggi makin baik",
                    List.of("jumlah", "penduduk"))));
    return new ItemDefinition(
        title,
        "Deskripsi dengan \"kutip\", koma, dan baris\nbaru — ünïcödé 🙂",
        "Kesehatan",
        DINKES,
        new DataStandard("Konsep", "Definisi", "KBLI 2020", "jumlah", "orang"),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        true,
        metadata,
        structure);
  }

  /** An agreed item with two recommendations and an availability check. */
  static DataItem agreedItem(DataItemId id) {
    DataItem item = DataItem.propose(id, definition("Jumlah Tenaga Kesehatan " + id.code()), T0);
    item =
        item.decide(
            new Recommendation(
                T0.plusSeconds(60), BPS, RecommendationDecision.SEND_BACK, "Perbaiki konsep"));
    item = item.revise(definition("Jumlah Nakes " + id.code()));
    item =
        item.decide(
            new Recommendation(T0.plusSeconds(120), BPS, RecommendationDecision.RECOMMEND, ""));
    item = item.agree("FDM-2026-01", T0.plusSeconds(3600));
    return item.checkAvailability(
        new Availability(
            AvailabilityStatus.PARTLY, "Data swasta belum ada", T0.plusSeconds(7200), BUDI));
  }

  /** A proposed item: no recommendation, agreement or availability. */
  static DataItem proposedItem(DataItemId id) {
    return DataItem.propose(id, definition("Usulan " + id.code()), T0);
  }

  static ForumMeeting meeting(String id, LocalDate date, DataItemId... agreed) {
    return new ForumMeeting(
        id,
        2026,
        date,
        "BA-01/FSD/2026",
        List.of("Bappeda", "BPS Provinsi NTB", "Diskominfotik"),
        Optional.of(file("f0c7a1d0-0000-4000-8000-000000000001", "notulen.pdf")),
        List.of(agreed),
        BUDI,
        T0,
        0);
  }

  /** A published submission: upload, submit, accept (with override), validate, publish. */
  static Submission published(SubmissionId id, String letterId) {
    Submission s =
        Submission.uploaded(
            id,
            DINKES,
            Optional.of(file("f0c7a1d0-0000-4000-8000-000000000002", "nakes 2025.xlsx")),
            new CheckSummary(10, 0, 2),
            T0,
            BUDI);
    s = s.submitForCheck(T0.plusSeconds(10), BUDI);
    s = s.acceptAsConformant(T0.plusSeconds(20), AccountId.of("walidata"), "Peringatan wajar");
    s = s.validate(T0.plusSeconds(30), AccountId.of("kepala.dinkes"), letterId);
    return s.publish(T0.plusSeconds(40), AccountId.of("walidata"));
  }

  static Submission draft(SubmissionId id, AgencyCode agency) {
    return Submission.uploaded(id, agency, Optional.empty(), new CheckSummary(3, 1, 0), T0, BUDI);
  }

  static Letter letter(String id, Instant registeredAt, String number, SubmissionId... covers) {
    return new Letter(
        id,
        LetterKind.VALIDATION,
        number,
        LocalDate.of(2026, 2, 6),
        "dr. H. Lalu Hamzi Fikri",
        Optional.of(AccountId.of("kepala.dinkes")),
        DINKES,
        List.of(covers),
        Optional.of(file("f0c7a1d0-0000-4000-8000-000000000003", "sv-01.pdf")),
        registeredAt,
        BUDI,
        0);
  }

  static Figures figures(int agreed, String coverage, Optional<Duration> median) {
    return new Figures(
        agreed,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        new BigDecimal(coverage),
        median,
        median.map(d -> d.multipliedBy(2)),
        Optional.empty(),
        Optional.of(Duration.ofDays(400).plusNanos(1)),
        11,
        12,
        13);
  }

  static Evaluation evaluation() {
    return new Evaluation(
        Period.quarter(2026, 1),
        Instant.parse("2026-04-01T02:00:00.000000001Z"),
        figures(3, "0.6667", Optional.of(Duration.ofSeconds(210))),
        Map.of(
            DINKES,
            figures(1, "1.0000", Optional.empty()),
            AgencyCode.of("DPMPD"),
            figures(2, "0.5000", Optional.of(Duration.ofMinutes(2)))),
        List.of(
            new Breach(
                SopStep.PUBLISH,
                "submission",
                "2026/KES-001/2025/v1",
                T0,
                T0.plusSeconds(180),
                Optional.of(T0.plusSeconds(300)),
                Duration.ofMinutes(5),
                Duration.ofMinutes(3)),
            new Breach(
                SopStep.EVALUATE,
                "evaluation",
                "2025-Q4",
                T0,
                T0.plus(Duration.ofDays(2)),
                Optional.empty(),
                Duration.ofDays(3),
                Duration.ofDays(2))),
        1,
        2);
  }

  static EvaluationReport report(String id, Instant createdAt) {
    return new EvaluationReport(
        id,
        evaluation(),
        createdAt,
        AccountId.of("sekretariat"),
        Optional.of(file("f0c7a1d0-0000-4000-8000-000000000004", "laporan.pdf")),
        List.of(
            new ReportDelivery(
                createdAt.plusSeconds(600),
                "Gubernur NTB",
                "B-001/2026",
                file("f0c7a1d0-0000-4000-8000-000000000005", "laporan-final.pdf"),
                AccountId.of("sekretariat"))),
        0);
  }

  /** An annual table of one number per regency, complete metadata. */
  static ItemDefinition regencyTable(String title, AgencyCode producer, String valueColumn) {
    TableStructure structure =
        new TableStructure(
                List.of(
                    Variable.keyCode("kode_wilayah", "Kode wilayah", CodeList.REGION),
                    Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
                    Variable.of(valueColumn, title, VariableType.INTEGER, "jiwa")
                        .withRange(BigDecimal.ZERO, null)),
                Optional.empty(),
                Optional.empty())
            .withRegionVariable("kode_wilayah")
            .withPeriodVariable("tahun");
    StatisticalMetadata metadata =
        new StatisticalMetadata(
            new ActivityMetadata(
                "Kompilasi " + title,
                "Menyediakan data",
                "sektoral",
                "kompilasi",
                "Sosial",
                "tahunan",
                "provinsi",
                producer.value(),
                "data@example.go.id"),
            List.of(
                new VariableMetadata(
                    "kode_wilayah", "Wilayah", "Kode wilayah", "", "Kode wilayah", "kode"),
                new VariableMetadata("tahun", "Tahun", "Tahun data", "31 Desember", "", "tahun"),
                new VariableMetadata(valueColumn, title, title, "31 Desember", "", "jumlah")),
            List.of());
    return new ItemDefinition(
        title,
        title + " menurut wilayah",
        "Kependudukan",
        producer,
        new DataStandard(title, title + " tercatat", "", "jumlah", "jiwa"),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        true,
        metadata,
        structure);
  }
}
