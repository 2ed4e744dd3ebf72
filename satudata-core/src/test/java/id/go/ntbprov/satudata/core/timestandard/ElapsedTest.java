package id.go.ntbprov.satudata.core.timestandard;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.audit.InMemoryAuditTrail;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The time one object's step has taken against its standard (the screens' indicator). */
class ElapsedTest {

  private static final String V1 = "2026/KES-001/2025/v1";
  private static final Instant VALIDATED = Instant.parse("2026-02-06T01:00:00Z");

  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final TimeStandardMonitor monitor =
      new TimeStandardMonitor(TimeStandards.sopDefault(), audit, ZoneId.of("Asia/Makassar"));

  private void record(Instant at, SopStep step, String id) {
    Role role = step == SopStep.VALIDATE ? Role.KEPALA_OPD : Role.WALIDATA;
    audit.append(
        new AuditEntry(
            at,
            AccountId.of("someone"),
            role == Role.KEPALA_OPD
                ? RoleAssignment.of(role, AgencyCode.of("DINKES"))
                : RoleAssignment.of(role),
            step,
            "submission",
            id,
            "",
            "",
            ""));
  }

  @Test
  void pendingPublicationWithinItsThreeMinutes() {
    record(VALIDATED, SopStep.VALIDATE, V1);

    Elapsed e = monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED.plusSeconds(90)).orElseThrow();

    assertThat(e.pending()).isTrue();
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(90));
    assertThat(e.allowed()).isEqualTo(Duration.ofMinutes(3));
    assertThat(e.deadline()).isEqualTo(VALIDATED.plus(Duration.ofMinutes(3)));
    assertThat(e.breached()).isFalse();
  }

  @Test
  void pendingPublicationPastItsDeadlineIsBreached() {
    record(VALIDATED, SopStep.VALIDATE, V1);

    Elapsed e = monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED.plusSeconds(181)).orElseThrow();

    assertThat(e.pending()).isTrue();
    assertThat(e.breached()).isTrue();
  }

  @Test
  void donePublicationStopsTheClockAtTheFirstPublicationAfterValidation() {
    record(VALIDATED, SopStep.VALIDATE, V1);
    record(VALIDATED.plusSeconds(100), SopStep.PUBLISH, V1);
    record(VALIDATED.plusSeconds(900), SopStep.PUBLISH, V1);

    Elapsed e = monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED.plusSeconds(3600)).orElseThrow();

    assertThat(e.pending()).isFalse();
    assertThat(e.doneAt()).contains(VALIDATED.plusSeconds(100));
    assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(100));
    assertThat(e.breached()).isFalse();
  }

  @Test
  void lateStaysLateAfterPublication() {
    record(VALIDATED, SopStep.VALIDATE, V1);
    record(VALIDATED.plusSeconds(240), SopStep.PUBLISH, V1);

    Elapsed e = monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED.plusSeconds(3600)).orElseThrow();

    assertThat(e.breached()).isTrue();
    assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void noClockBeforeValidationNorForAStepWithoutStandard() {
    assertThat(monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED)).isEmpty();
    record(VALIDATED, SopStep.VALIDATE, "2026/KES-001/2025/v2");
    assertThat(monitor.elapsed(SopStep.PUBLISH, V1, VALIDATED.plusSeconds(5))).isEmpty();
    assertThat(monitor.elapsed(SopStep.WITHDRAW, V1, VALIDATED.plusSeconds(5))).isEmpty();
  }

  @Test
  void aStandardAfterThePeriodsCloseStartsAtThatClose() {
    Instant closed = java.time.ZonedDateTime.parse("2027-01-01T00:00:00+08:00").toInstant();

    Elapsed e =
        monitor.elapsed(SopStep.EVALUATE, "2026", closed.plus(Duration.ofDays(3))).orElseThrow();

    assertThat(e.startedAt()).isEqualTo(closed);
    assertThat(e.pending()).isTrue();
    assertThat(e.breached()).isTrue();
  }
}
