package id.go.ntbprov.satudata.web.persistence;

import static id.go.ntbprov.satudata.web.persistence.Samples.DINKES;
import static id.go.ntbprov.satudata.web.persistence.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The registers: submissions through their lifecycle and their finders, letters and their look-ups
 * by number and time, the audit trail's queries and order. Runs on each database (see subclasses).
 */
abstract class RegisterContract extends DatabaseTestBase {
  @Test
  void submissionThroughItsLifecycleAndFinders() {
    DataItemId item = new DataItemId(2034, "KES-001");
    SubmissionId v1 = new SubmissionId(item, Period.year(2025), 1);
    SubmissionId v2 = new SubmissionId(item, Period.year(2025), 2);
    SubmissionId q = new SubmissionId(item, Period.quarter(2025, 1), 1);
    SubmissionId other = new SubmissionId(new DataItemId(2034, "A-9"), Period.year(2025), 1);
    AgencyCode dpmpd = AgencyCode.of("DPMPD34");

    // v1 step by step: one transition per save, each a new version.
    Submission s =
        tx((EntityManager em) -> new JpaSubmissionRepository(em).save(Samples.draft(v1, DINKES)));
    Submission submitted = s.submitForCheck(T0.plusSeconds(5), Samples.BUDI);
    s = tx((EntityManager em) -> new JpaSubmissionRepository(em).save(submitted));
    Submission returned = s.returnToProducer(T0.plusSeconds(6), AccountId.of("w"), "Perbaiki");
    s = tx((EntityManager em) -> new JpaSubmissionRepository(em).save(returned));
    assertThat(s.version()).isEqualTo(3);
    assertThat(tx((EntityManager em) -> new JpaSubmissionRepository(em).find(v1))).contains(s);

    Submission published = Samples.published(v2, "letter-1");
    Submission savedV2 = tx((EntityManager em) -> new JpaSubmissionRepository(em).save(published));
    Submission withdrawn =
        tx(
            (EntityManager em) ->
                new JpaSubmissionRepository(em)
                    .save(savedV2.withdraw(T0.plusSeconds(50), AccountId.of("w"), "Salah")));
    Submission readV2 =
        tx((EntityManager em) -> new JpaSubmissionRepository(em).find(v2)).orElseThrow();
    assertThat(readV2).isEqualTo(withdrawn);
    assertThat(readV2.history()).hasSize(6);
    assertThat(readV2.history().get(0).from()).isNull();
    assertThat(readV2.original()).isPresent();
    assertThat(readV2.validationLetter()).contains("letter-1");
    assertThat(readV2.withdrawalReason()).contains("Salah");

    tx((EntityManager em) -> new JpaSubmissionRepository(em).save(Samples.draft(q, DINKES)));
    tx((EntityManager em) -> new JpaSubmissionRepository(em).save(Samples.draft(other, dpmpd)));

    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaSubmissionRepository(em).series(item, Period.year(2025))))
        .extracting(Submission::id)
        .containsExactly(v1, v2);
    assertThat(tx((EntityManager em) -> new JpaSubmissionRepository(em).byListYear(2034)))
        .extracting(Submission::id)
        .containsExactly(other, v1, v2, q); // item, then period (2025 before 2025-Q1), version
    assertThat(tx((EntityManager em) -> new JpaSubmissionRepository(em).byAgency(dpmpd)))
        .extracting(Submission::id)
        .containsExactly(other);
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaSubmissionRepository(em).byStatus(SubmissionStatus.WITHDRAWN)))
        .extracting(Submission::id)
        .contains(v2)
        .doesNotContain(v1);
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaSubmissionRepository(em).byStatus(SubmissionStatus.RETURNED)))
        .extracting(Submission::id)
        .contains(v1);
  }

  /** Histories of list results are read in chunks of ids: cross a chunk boundary. */
  @Test
  void manyVersionsWithTheirHistories() {
    for (int batch = 0; batch < 4; batch++) {
      int first = batch * 130;
      txRun(
          em -> {
            JpaSubmissionRepository repo = new JpaSubmissionRepository(em);
            for (int i = first; i < first + 130; i++) {
              repo.save(
                  Samples.published(
                      new SubmissionId(
                          new DataItemId(2038, String.format("M-%04d", i)), Period.year(2037), 1),
                      "l-" + i));
            }
          });
    }
    List<Submission> all =
        tx((EntityManager em) -> new JpaSubmissionRepository(em).byListYear(2038));
    assertThat(all).hasSize(520);
    assertThat(all).allSatisfy(s -> assertThat(s.history()).hasSize(5));
    assertThat(all.get(519))
        .isEqualTo(
            Samples.published(
                    new SubmissionId(new DataItemId(2038, "M-0519"), Period.year(2037), 1), "l-519")
                .withVersion(1));
  }

  /** List queries see what their own transaction wrote (EclipseLink read-only queries do not). */
  @Test
  void listQueriesSeeTheirOwnTransactionsWrites() {
    DataItemId item = new DataItemId(2037, "RAW-1");
    SubmissionId v1 = new SubmissionId(item, Period.year(2036), 1);
    txRun(
        em -> {
          JpaSubmissionRepository repo = new JpaSubmissionRepository(em);
          Submission s = repo.save(Samples.draft(v1, DINKES));
          assertThat(repo.series(item, Period.year(2036))).containsExactly(s);
          Submission submitted = repo.save(s.submitForCheck(T0.plusSeconds(1), Samples.BUDI));
          assertThat(repo.byStatus(SubmissionStatus.SUBMITTED)).contains(submitted);
          assertThat(repo.byStatus(SubmissionStatus.DRAFT)).doesNotContain(s, submitted);
          JpaLetterRepository letters = new JpaLetterRepository(em);
          Letter l = letters.save(Samples.letter("l-37", T0, "SV-37", v1));
          assertThat(letters.findByNumber(LetterKind.VALIDATION, "DINKES", "sv-37")).contains(l);
        });
  }

  @Test
  void letterRoundTripFindByNumberAndRegisteredBetween() {
    SubmissionId s1 = SubmissionId.parse("2035/KES-001/2025/v1");
    SubmissionId s2 = SubmissionId.parse("2035/KES-002/2025-Q3/v4");
    Instant day = Instant.parse("2035-02-06T00:00:00Z");
    Letter first = Samples.letter("l-35-1", day.plusSeconds(10), " SV-01/Dinkes/2035 ", s1, s2);
    Letter second = Samples.letter("l-35-2", day.plusSeconds(10), "SV-02/2035", s1);
    Letter later = Samples.letter("l-35-0", day.plusSeconds(99), "SV-03/2035", s2);
    Letter statement =
        new Letter(
            "l-35-st",
            LetterKind.STATEMENT,
            "SP-01",
            LocalDate.of(2035, 2, 5),
            "Produsen",
            Optional.empty(),
            DINKES,
            List.of(s1),
            Optional.empty(),
            day.plusSeconds(5),
            Samples.BUDI,
            0);
    for (Letter l : List.of(later, second, first, statement)) {
      tx((EntityManager em) -> new JpaLetterRepository(em).save(l));
    }
    assertThat(tx((EntityManager em) -> new JpaLetterRepository(em).find("l-35-1")))
        .contains(first.withVersion(1));
    assertThat(tx((EntityManager em) -> new JpaLetterRepository(em).find("l-35-st")))
        .contains(statement.withVersion(1));
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .findByNumber(LetterKind.VALIDATION, "DINKES", "sv-01/dinkes/2035")))
        .map(Letter::id)
        .contains("l-35-1");
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .findByNumber(LetterKind.STATEMENT, "DINKES", "SV-01/Dinkes/2035")))
        .isEmpty();
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .findByNumber(LetterKind.VALIDATION, "BAPPEDA", "SV-02/2035")))
        .isEmpty();
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .registeredBetween(day.plusSeconds(5), day.plusSeconds(99))))
        .extracting(Letter::id)
        .containsExactly("l-35-st", "l-35-1", "l-35-2"); // by time, then id; end exclusive
    // Bounds with nanoseconds keep their meaning although the columns hold microseconds.
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .registeredBetween(day.plusSeconds(10).plusNanos(1), day.plusSeconds(100))))
        .extracting(Letter::id)
        .containsExactly("l-35-0");
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaLetterRepository(em)
                        .registeredBetween(day, day.plusSeconds(10).plusNanos(1))))
        .extracting(Letter::id)
        .containsExactly("l-35-st", "l-35-1", "l-35-2");
  }

  @Test
  void auditTrailQueriesInTimeThenAppendOrder() {
    Instant t = Instant.parse("2036-01-01T00:00:00Z");
    AuditEntry upload = entry(t, SopStep.UPLOAD, "submission", "S-36", "", "DRAFT");
    AuditEntry submit = entry(t.plusSeconds(60), SopStep.SUBMIT_FOR_CHECK, "submission", "S-36");
    AuditEntry sameInstant = entry(t.plusSeconds(60), SopStep.UPLOAD, "submission", "S-36b");
    AuditEntry publish = entry(t.plusSeconds(120), SopStep.PUBLISH, "submission", "S-36");
    AuditEntry otherObject = entry(t.plusSeconds(30), SopStep.UPLOAD, "item", "S-36");
    // Appended out of time order, in two transactions.
    txRun(
        em -> {
          JpaAuditTrail audit = new JpaAuditTrail(em);
          audit.append(publish);
          audit.append(submit);
        });
    txRun(
        em -> {
          JpaAuditTrail audit = new JpaAuditTrail(em);
          audit.append(sameInstant);
          audit.append(upload);
          audit.append(otherObject);
        });
    assertThat(tx((EntityManager em) -> new JpaAuditTrail(em).forObject("submission", "S-36")))
        .containsExactly(upload, submit, publish);
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaAuditTrail(em).forStep(SopStep.UPLOAD, t, t.plusSeconds(61))))
        .containsExactly(upload, otherObject, sameInstant);
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaAuditTrail(em).between(t.plusSeconds(30), t.plusSeconds(120))))
        .containsExactly(otherObject, submit, sameInstant); // submit appended first
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaAuditTrail(em)
                        .forStep(SopStep.PUBLISH, t, t.plusSeconds(120).plusNanos(1))))
        .containsExactly(publish);
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaAuditTrail(em).forStep(SopStep.PUBLISH, t, t.plusSeconds(120))))
        .isEmpty();
  }

  /**
   * Instants in the hours that daylight saving skips or repeats in many JVM zones come back exact
   * (meaningful when the tests run in such a zone, e.g. {@code -Duser.timezone=Europe/Berlin}).
   * PostgreSQL is exact in any JVM zone. H2 is not in a zone with daylight saving: EclipseLink
   * binds an instant as a {@code java.sql.Timestamp}, which H2 turns into a local time of the JVM
   * zone before adding an offset, so the repeated autumn hour comes back one hour early.
   * Indonesia's zones (and UTC) have no daylight saving.
   */
  @Test
  void instantsAroundDaylightSavingChanges() {
    Assumptions.assumeTrue(
        db.label().equals("PostgreSQL")
            || ZoneId.systemDefault().getRules().getTransitionRules().isEmpty(),
        "H2 in a JVM zone with daylight saving");
    List<AuditEntry> entries =
        List.of(
            entry(Instant.parse("2037-03-29T00:30:00Z"), SopStep.EVALUATE, "dst", "spring"),
            entry(Instant.parse("2037-03-29T01:30:00.000001Z"), SopStep.EVALUATE, "dst", "spring"),
            entry(Instant.parse("2037-10-25T00:30:00Z"), SopStep.EVALUATE, "dst", "autumn"),
            entry(Instant.parse("2037-10-25T01:30:00Z"), SopStep.EVALUATE, "dst", "autumn"));
    txRun(em -> entries.forEach(new JpaAuditTrail(em)::append));
    assertThat(tx((EntityManager em) -> new JpaAuditTrail(em).forObject("dst", "spring")))
        .containsExactlyElementsOf(entries.subList(0, 2));
    assertThat(tx((EntityManager em) -> new JpaAuditTrail(em).forObject("dst", "autumn")))
        .containsExactlyElementsOf(entries.subList(2, 4));
  }

  private static AuditEntry entry(
      Instant at, SopStep step, String type, String id, String... states) {
    return new AuditEntry(
        at,
        AccountId.of("budi"),
        RoleAssignment.of(Role.PRODUSEN_DATA, DINKES),
        step,
        type,
        id,
        states.length > 0 ? states[0] : "DRAFT",
        states.length > 1 ? states[1] : "SUBMITTED",
        "10 rows, 0 errors, \"detail\"\nline 2");
  }
}
