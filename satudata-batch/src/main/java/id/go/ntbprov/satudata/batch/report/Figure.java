package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.evaluation.Figures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of {@link Figures}, in the order the documents print them, with their label keys
 * ({@code figure.NAME}, short form {@code figure.NAME.short}). One list keeps the PDF tables and
 * the spreadsheet columns from drifting apart.
 */
enum Figure {
  ITEMS_AGREED(Kind.COUNT, Figures::itemsAgreed),
  ITEMS_AVAILABLE(Kind.COUNT, Figures::itemsAvailable),
  ITEMS_PARTLY_AVAILABLE(Kind.COUNT, Figures::itemsPartlyAvailable),
  ITEMS_NOT_AVAILABLE(Kind.COUNT, Figures::itemsNotAvailable),
  ITEMS_UPLOADED(Kind.COUNT, Figures::itemsUploaded),
  VERSIONS_UPLOADED(Kind.COUNT, Figures::versionsUploaded),
  CONFORMANT_AT_FIRST_CHECK(Kind.COUNT, Figures::conformantAtFirstCheck),
  RETURNED(Kind.COUNT, Figures::returned),
  VALIDATED(Kind.COUNT, Figures::validated),
  PUBLISHED(Kind.COUNT, Figures::published),
  ITEMS_PUBLISHED(Kind.COUNT, Figures::itemsPublished),
  COVERAGE(Kind.RATIO, Figures::coverage),
  MEDIAN_VALIDATION_TO_PUBLICATION(Kind.DURATION, Figures::medianValidationToPublication),
  WORST_VALIDATION_TO_PUBLICATION(Kind.DURATION, Figures::worstValidationToPublication),
  MEDIAN_PERIOD_END_TO_PUBLICATION(Kind.DURATION, Figures::medianPeriodEndToPublication),
  WORST_PERIOD_END_TO_PUBLICATION(Kind.DURATION, Figures::worstPeriodEndToPublication),
  TIME_STANDARD_BREACHES(Kind.COUNT, Figures::timeStandardBreaches),
  STATEMENT_LETTERS(Kind.COUNT, Figures::statementLetters),
  VALIDATION_LETTERS(Kind.COUNT, Figures::validationLetters);

  /** How a figure is printed and stored. */
  enum Kind {
    COUNT,
    RATIO,
    DURATION
  }

  private final Kind kind;
  private final Function<Figures, ?> value;

  Figure(Kind kind, Function<Figures, ?> value) {
    this.kind = kind;
    this.value = value;
  }

  Kind kind() {
    return kind;
  }

  String labelKey() {
    return "figure." + name();
  }

  String shortLabelKey() {
    return "figure." + name() + ".short";
  }

  int count(Figures f) {
    return (Integer) value.apply(f);
  }

  BigDecimal ratio(Figures f) {
    return (BigDecimal) value.apply(f);
  }

  @SuppressWarnings("unchecked")
  Optional<Duration> duration(Figures f) {
    return (Optional<Duration>) value.apply(f);
  }

  /** The figure as printed: "12", "66,67%", "3 menit 30 detik" or "—". */
  String text(Figures f, Formats formats) {
    return switch (kind) {
      case COUNT -> formats.integer(count(f));
      case RATIO -> formats.percent(ratio(f));
      case DURATION -> formats.duration(duration(f));
    };
  }
}
