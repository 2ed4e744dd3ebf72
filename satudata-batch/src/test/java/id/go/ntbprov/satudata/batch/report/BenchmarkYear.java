package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A year of uploads for the benchmark region: every item gets its table for the ten data years
 * 2016–2025 (5,000 series, 10,000 versions: two per series on average), spread over working days
 * from February to mid-December, each day's series going through the SOP in the day's order. By the
 * series' number:
 *
 * <ul>
 *   <li>25% first version returned by the Walidata, second accepted, validated, published;
 *   <li>15% first and second versions returned, third accepted, validated, published;
 *   <li>25% first version published, then a correction uploaded, validated and published, which
 *       supersedes it;
 *   <li>10% first version returned, second accepted and still awaiting its validation letter;
 *   <li>5% first version with a wrong region code (an error: it stays a draft), second submitted
 *       and awaiting its check;
 *   <li>5% first version returned, second validated and published two hours later (a breach of the
 *       3-minute publication standard);
 *   <li>15% first version accepted at once, validated and published.
 * </ul>
 *
 * Versions validated in the day are covered by one validation letter per agency and published
 * within the standard, except every 25th publication, which waits until the afternoon.
 */
final class BenchmarkYear {

  private static final List<String> REGENCIES =
      List.of(
          "52.01", "52.02", "52.03", "52.04", "52.05", "52.06", "52.07", "52.08", "52.71", "52.72");
  private static final int FIRST_DATA_YEAR = 2016;
  private static final int DATA_YEARS = 10;

  private enum Kind {
    RETURNED_THEN_PUBLISHED,
    RETURNED_TWICE,
    PUBLISHED_THEN_CORRECTED,
    AWAITING_LETTER,
    DRAFT_WITH_ERRORS,
    PUBLISHED_LATE,
    PUBLISHED_AT_ONCE
  }

  private final BenchmarkRegion r;
  private final SatuData app;
  private int letterNumber;
  private int publications;
  int versions;

  BenchmarkYear(BenchmarkRegion region) {
    this.r = region;
    this.app = region.app;
  }

  /** Runs the year; returns the number of versions uploaded. */
  int run() {
    List<Series> all = new ArrayList<>();
    for (int p = DATA_YEARS - 1; p >= 0; p--) {
      for (DataItemId item : r.items) {
        all.add(new Series(item, r.producerOf(item), FIRST_DATA_YEAR + p, kind(all.size())));
      }
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(BenchmarkRegion.YEAR, 2, 2);
        d.isBefore(LocalDate.of(BenchmarkRegion.YEAR, 12, 16));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        days.add(d);
      }
    }
    int perDay = (all.size() + days.size() - 1) / days.size();
    for (int d = 0; d < days.size() && d * perDay < all.size(); d++) {
      day(days.get(d), all.subList(d * perDay, Math.min(all.size(), (d + 1) * perDay)));
    }
    return versions;
  }

  private static Kind kind(int n) {
    // n = data year index * 500 + item index: each item's series take turns through the kinds.
    int k = Math.floorMod(7 * n + n / BenchmarkRegion.ITEMS, 20);
    if (k < 5) {
      return Kind.RETURNED_THEN_PUBLISHED;
    } else if (k < 8) {
      return Kind.RETURNED_TWICE;
    } else if (k < 13) {
      return Kind.PUBLISHED_THEN_CORRECTED;
    } else if (k < 15) {
      return Kind.AWAITING_LETTER;
    } else if (k < 16) {
      return Kind.DRAFT_WITH_ERRORS;
    } else if (k < 17) {
      return Kind.PUBLISHED_LATE;
    }
    return Kind.PUBLISHED_AT_ONCE;
  }

  private void day(LocalDate date, List<Series> series) {
    at(date, 8, 0);
    for (Series s : series) {
      s.v1 = upload(s, s.kind == Kind.DRAFT_WITH_ERRORS);
    }
    at(date, 8, 45);
    for (Series s : series) {
      if (s.kind != Kind.DRAFT_WITH_ERRORS) {
        submit(s, s.v1);
      }
    }
    at(date, 9, 30);
    for (Series s : series) {
      switch (s.kind) {
        case PUBLISHED_THEN_CORRECTED, PUBLISHED_AT_ONCE -> accept(s.v1);
        case DRAFT_WITH_ERRORS -> {}
        default -> {
          app.checking().returnToProducer(r.walidata, s.v1, "Angka tidak sesuai sumber");
          tick();
        }
      }
    }
    at(date, 10, 30);
    for (Series s : series) {
      if (s.v2 == null && usesSecondVersionToday(s.kind)) {
        s.v2 = upload(s, false);
        submit(s, s.v2);
      }
    }
    at(date, 11, 30);
    for (Series s : series) {
      if (s.kind == Kind.RETURNED_TWICE) {
        app.checking().returnToProducer(r.walidata, s.v2, "Satuan belum sesuai standar data");
        tick();
        s.v3 = upload(s, false);
        submit(s, s.v3);
        accept(s.v3);
      } else if (s.v2 != null && s.kind != Kind.DRAFT_WITH_ERRORS) {
        accept(s.v2);
      }
    }
    at(date, 13, 0);
    List<SubmissionId> late = new ArrayList<>();
    validateAndPublish(date, series, BenchmarkYear::validatedAtOne, late);
    at(date, 15, 0);
    for (SubmissionId id : late) {
      publish(id);
    }
    at(date, 16, 0);
    List<Series> corrected = new ArrayList<>();
    for (Series s : series) {
      if (s.kind == Kind.PUBLISHED_THEN_CORRECTED) {
        s.v2 = upload(s, false);
        submit(s, s.v2);
        accept(s.v2);
        corrected.add(s);
      }
    }
    at(date, 17, 0);
    late.clear();
    validateAndPublish(date, corrected, s -> s.v2, late);
    r.clock.advance(Duration.ofMinutes(10));
    for (SubmissionId id : late) {
      publish(id);
    }
  }

  /** The version validated at 13:00, or null. */
  private static SubmissionId validatedAtOne(Series s) {
    return s.kind == Kind.AWAITING_LETTER || s.kind == Kind.DRAFT_WITH_ERRORS ? null : s.current();
  }

  private static boolean usesSecondVersionToday(Kind kind) {
    return kind != Kind.PUBLISHED_THEN_CORRECTED && kind != Kind.PUBLISHED_AT_ONCE;
  }

  /** One validation letter per agency for the day's versions, then publication. */
  private void validateAndPublish(
      LocalDate date,
      List<Series> series,
      java.util.function.Function<Series, SubmissionId> toValidate,
      List<SubmissionId> late) {
    Map<AgencyCode, List<Series>> byAgency = new LinkedHashMap<>();
    for (Series s : series) {
      if (toValidate.apply(s) != null) {
        byAgency.computeIfAbsent(s.agency, a -> new ArrayList<>()).add(s);
      }
    }
    for (Map.Entry<AgencyCode, List<Series>> e : byAgency.entrySet()) {
      List<SubmissionId> covers = e.getValue().stream().map(toValidate).toList();
      AgencyCode agency = e.getKey();
      app.letters()
          .registerStatementLetter(
              r.producers.get(agency),
              new LetterDraft(
                  "SP-" + ++letterNumber + "/" + BenchmarkRegion.YEAR,
                  date,
                  "Produsen " + agency,
                  agency,
                  covers,
                  Optional.empty()));
      tick();
      app.letters()
          .validate(
              r.heads.get(agency),
              new LetterDraft(
                  "SV-" + letterNumber + "/" + BenchmarkRegion.YEAR,
                  date,
                  "Kepala " + agency,
                  agency,
                  covers,
                  Optional.of(r.scan)));
      tick();
      for (Series s : e.getValue()) {
        SubmissionId id = toValidate.apply(s);
        if (s.kind == Kind.PUBLISHED_LATE || ++publications % 25 == 0) {
          late.add(id);
        } else {
          publish(id);
        }
      }
    }
  }

  private SubmissionId upload(Series s, boolean withError) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < REGENCIES.size(); i++) {
      String code = withError && i == 3 ? "52.99" : REGENCIES.get(i);
      rows.add(
          new String[] {
            code, Integer.toString(s.dataYear), Integer.toString(1000 + 37 * i + versions)
          });
    }
    Submission draft =
        app.collection()
            .upload(
                r.producers.get(s.agency),
                s.item,
                Period.year(s.dataYear),
                UploadedTable.of(List.of("kode_wilayah", "tahun", "jumlah"), rows));
    versions++;
    tick();
    if (withError && draft.status() != SubmissionStatus.DRAFT) {
      throw new IllegalStateException(draft.id() + " " + draft.status());
    }
    return draft.id();
  }

  private void submit(Series s, SubmissionId id) {
    app.collection().submitForCheck(r.producers.get(s.agency), id);
    tick();
  }

  private void accept(SubmissionId id) {
    app.checking().acceptAsConformant(r.walidata, id, "");
    tick();
  }

  private void publish(SubmissionId id) {
    app.dissemination().publish(r.walidata, id);
    tick();
  }

  private void at(LocalDate date, int hour, int minute) {
    r.clock.set(
        LocalDateTime.of(date.getYear(), date.getMonth(), date.getDayOfMonth(), hour, minute));
  }

  private void tick() {
    r.clock.advance(Duration.ofSeconds(4));
  }

  /** One item's table for one data year. */
  private static final class Series {
    final DataItemId item;
    final AgencyCode agency;
    final int dataYear;
    final Kind kind;
    SubmissionId v1;
    SubmissionId v2;
    SubmissionId v3;

    Series(DataItemId item, AgencyCode agency, int dataYear, Kind kind) {
      this.item = item;
      this.agency = agency;
      this.dataYear = dataYear;
      this.kind = kind;
    }

    SubmissionId current() {
      return v3 != null ? v3 : v2 != null ? v2 : v1;
    }
  }
}
