package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.Breach;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evaluations with known numbers, built by hand: the renderer must print exactly these. */
final class EvaluationFixtures {

  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final Instant AS_OF = Instant.parse("2026-04-05T02:00:00Z"); // 10.00 WITA
  static final AgencyCode DINKES = AgencyCode.of("DINKES");
  static final AgencyCode DIKBUD = AgencyCode.of("DIKBUD");
  static final AgencyCode BAPPEDA = AgencyCode.of("BAPPEDA");
  static final Duration MEDIAN_TO_PUBLICATION = Duration.ofSeconds(210); // 3 menit 30 detik
  static final Duration WORST_TO_PUBLICATION = Duration.ofMinutes(65); // 1 jam 5 menit
  static final Duration MEDIAN_SINCE_CLOSE = Duration.ofDays(1862).plusHours(8).plusMinutes(3);
  static final Duration WORST_SINCE_CLOSE = Duration.ofDays(1900).plusHours(1);

  private EvaluationFixtures() {}

  /** The region, three agencies (2 of 3 items published: 66,67%) and two breaches. */
  static Evaluation quarter() {
    Figures region =
        new Figures(
            3,
            2,
            1,
            0,
            3,
            5,
            2,
            2,
            3,
            2,
            2,
            new BigDecimal("0.6667"),
            Optional.of(MEDIAN_TO_PUBLICATION),
            Optional.of(WORST_TO_PUBLICATION),
            Optional.of(MEDIAN_SINCE_CLOSE),
            Optional.of(WORST_SINCE_CLOSE),
            2,
            3,
            3);
    Map<AgencyCode, Figures> byAgency = new LinkedHashMap<>();
    byAgency.put(DINKES, agency(1, 1, 2, 1, Duration.ofMinutes(65)));
    byAgency.put(DIKBUD, agency(1, 1, 0, 0, Duration.ofMinutes(2)));
    byAgency.put(BAPPEDA, agency(1, 0, 0, 0, null));
    List<Breach> breaches =
        List.of(
            new Breach(
                SopStep.PUBLISH,
                "submission",
                "KES-001/2025-Q4/v2",
                Instant.parse("2026-02-10T01:00:00Z"),
                Instant.parse("2026-02-10T01:03:00Z"),
                Optional.of(Instant.parse("2026-02-10T02:05:00Z")),
                Duration.ofMinutes(65),
                Duration.ofMinutes(3)),
            new Breach(
                SopStep.EVALUATE,
                "evaluation",
                "2025-Q4",
                Instant.parse("2025-12-31T16:00:00Z"),
                Instant.parse("2026-01-02T16:00:00Z"),
                Optional.empty(),
                Duration.ofDays(3).plusHours(2),
                Duration.ofDays(2)));
    return new Evaluation(Period.quarter(2026, 1), AS_OF, region, byAgency, breaches, 1, 0);
  }

  private static Figures agency(
      int agreed, int published, int returned, int breaches, Duration toPublication) {
    Optional<Duration> d = Optional.ofNullable(toPublication);
    return new Figures(
        agreed,
        agreed,
        0,
        0,
        agreed,
        agreed + returned,
        published,
        returned,
        published,
        published,
        published,
        new BigDecimal(published * 10_000 / agreed).movePointLeft(4),
        d,
        d,
        d.map(x -> MEDIAN_SINCE_CLOSE),
        d.map(x -> MEDIAN_SINCE_CLOSE),
        breaches,
        agreed,
        published);
  }

  /** Nothing at all: no agencies, no breaches, every duration undefined. */
  static Evaluation empty() {
    Figures zero =
        new Figures(
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            new BigDecimal("0.0000"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            0);
    return new Evaluation(Period.year(2026), AS_OF, zero, Map.of(), List.of(), 0, 0);
  }

  static ReportContext context() {
    Map<AgencyCode, String> names = new LinkedHashMap<>();
    names.put(DINKES, "Dinas Kesehatan Provinsi NTB");
    names.put(DIKBUD, "Dinas Pendidikan dan Kebudayaan Provinsi NTB");
    names.put(BAPPEDA, "Badan Perencanaan Pembangunan Daerah Provinsi NTB");
    return new ReportContext(
        "Provinsi Nusa Tenggara Barat",
        "NTB Satu Data",
        names,
        WITA,
        ReportContext.INDONESIAN,
        AS_OF,
        "André Walidata");
  }

  /** A large evaluation for the benchmark: {@code agencies} agencies, {@code breaches} breaches. */
  static Evaluation large(int agencies, int breachCount) {
    Map<AgencyCode, Figures> byAgency = new LinkedHashMap<>();
    for (int i = 0; i < agencies; i++) {
      int agreed = 10 + i % 7;
      byAgency.put(
          AgencyCode.of(String.format("OPD%02d", i)),
          agency(agreed, (i * 3) % (agreed + 1), i % 4, i % 5, Duration.ofSeconds(60 + i * 17)));
    }
    List<Breach> breaches = new ArrayList<>();
    Instant start = Instant.parse("2026-01-05T00:00:00Z");
    for (int i = 0; i < breachCount; i++) {
      Instant from = start.plus(Duration.ofHours(i * 7L));
      boolean pending = i % 9 == 0;
      SopStep step = i % 10 == 0 ? SopStep.EVALUATE : SopStep.PUBLISH;
      Duration allowed = step == SopStep.EVALUATE ? Duration.ofDays(2) : Duration.ofMinutes(3);
      Duration elapsed = allowed.plusMinutes(5 + i);
      breaches.add(
          new Breach(
              step,
              "submission",
              "ITEM-" + i + "/2025/v1",
              from,
              from.plus(allowed),
              pending ? Optional.empty() : Optional.of(from.plus(elapsed)),
              elapsed,
              allowed));
    }
    return new Evaluation(Period.year(2026), AS_OF, quarter().region(), byAgency, breaches, 4, 3);
  }

  static ReportContext largeContext() {
    Map<AgencyCode, String> names = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      names.put(
          AgencyCode.of(String.format("OPD%02d", i)),
          "Dinas Nomor " + i + " Pemerintah Provinsi Nusa Tenggara Barat");
    }
    return new ReportContext(
        "Provinsi Nusa Tenggara Barat", "NTB Satu Data", names, WITA, null, AS_OF, "Walidata");
  }
}
