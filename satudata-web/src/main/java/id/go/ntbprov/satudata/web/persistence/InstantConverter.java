package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Maps {@link Instant} attributes to {@code timestamp with time zone} columns. JPA 3.1 and
 * EclipseLink 4.0 have no {@code Instant} mapping of their own, but know {@link OffsetDateTime}:
 * EclipseLink binds it as the same instant and converts what either driver returns (H2 an {@code
 * OffsetDateTime}, PostgreSQL a {@code Timestamp}) into one. {@code java.sql.Timestamp} as the
 * database type does not work: EclipseLink hands H2's {@code OffsetDateTime} over unconverted.
 *
 * <p>Both databases keep microseconds: instants are truncated to them when written. Query bounds
 * must be rounded up with {@link #ceilMicros(Instant)} instead, so that {@code at < to} keeps its
 * meaning when {@code to} carries nanoseconds.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  /** Used by the provider. */
  public InstantConverter() {}

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant attribute) {
    return attribute == null
        ? null
        : attribute.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }

  /**
   * The smallest microsecond instant not before {@code t}: for micro-precise stored values {@code
   * v}, {@code v >= t} iff {@code v >= ceilMicros(t)}, and {@code v < t} iff {@code v <
   * ceilMicros(t)}.
   */
  static Instant ceilMicros(Instant t) {
    Instant down = t.truncatedTo(ChronoUnit.MICROS);
    return down.equals(t) ? t : down.plus(1, ChronoUnit.MICROS);
  }
}
