package id.go.ntbprov.satudata.web.persistence;

import static id.go.ntbprov.satudata.web.persistence.Samples.DINKES;
import static id.go.ntbprov.satudata.web.persistence.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round trips of every aggregate with all its fields, updates of their child tables, and the
 * finders with the in-memory adapters' order. Runs on each database (see subclasses).
 */
abstract class RepositoryContract extends DatabaseTestBase {

  @Test
  void agencyRoundTripAndUpdate() {
    Agency saved =
        tx(
            (EntityManager em) ->
                new JpaAgencyRepository(em).save(Agency.of("dinkes", "Dinas", "")));
    assertThat(saved.version()).isEqualTo(1);
    Agency changed = saved.withHead("dr. Lalu");
    Agency updated = tx((EntityManager em) -> new JpaAgencyRepository(em).save(changed));
    assertThat(updated.version()).isEqualTo(2);
    assertThat(tx((EntityManager em) -> new JpaAgencyRepository(em).find(AgencyCode.of("DINKES"))))
        .contains(updated);
    Agency inactive = new Agency(AgencyCode.of("OLD"), "Dinas Lama", "x", false, 0);
    tx((EntityManager em) -> new JpaAgencyRepository(em).save(inactive));
    assertThat(tx((EntityManager em) -> new JpaAgencyRepository(em).all()))
        .extracting(a -> a.code().value(), Agency::active)
        .containsSubsequence(
            org.assertj.core.groups.Tuple.tuple("DINKES", true),
            org.assertj.core.groups.Tuple.tuple("OLD", false));
  }

  @Test
  void accountRoundTripWithScopedAndUnscopedRoles() {
    Account a = Samples.account("acc.round");
    Account saved = tx((EntityManager em) -> new JpaAccountRepository(em).save(a));
    assertThat(tx((EntityManager em) -> new JpaAccountRepository(em).find(a.id()))).contains(saved);

    // Fewer roles (rows deleted), then disabled.
    Account fewer = saved.withRoles(Set.of(RoleAssignment.of(Role.PEMBINA_DATA)));
    Account second = tx((EntityManager em) -> new JpaAccountRepository(em).save(fewer));
    Account third =
        tx((EntityManager em) -> new JpaAccountRepository(em).save(second.withEnabled(false)));
    assertThat(third.version()).isEqualTo(3);
    Account read =
        tx((EntityManager em) -> new JpaAccountRepository(em).find(a.id())).orElseThrow();
    assertThat(read).isEqualTo(third);
    assertThat(read.roles()).containsExactly(RoleAssignment.of(Role.PEMBINA_DATA));
    assertThat(read.enabled()).isFalse();
  }

  @Test
  void accountsAllInIdOrder() {
    for (String id : List.of("zz.last", "aa.first", "mm.middle")) {
      tx((EntityManager em) -> new JpaAccountRepository(em).save(Samples.account(id)));
    }
    List<String> ids =
        tx((EntityManager em) -> new JpaAccountRepository(em).all()).stream()
            .map(x -> x.id().value())
            .filter(s -> s.length() > 3 && s.charAt(2) == '.')
            .toList();
    assertThat(ids).containsExactly("aa.first", "mm.middle", "zz.last");
  }

  @Test
  void codeListRoundTripWithAliasesAndOddText() {
    CodeList list = Samples.regions("wilayah-rt");
    CodeList saved = tx((EntityManager em) -> new JpaCodeListRepository(em).save(list));
    CodeList read =
        tx((EntityManager em) -> new JpaCodeListRepository(em).find("wilayah-rt")).orElseThrow();
    assertThat(read.version()).isEqualTo(saved.version()).isEqualTo(1);
    assertThat(read.name()).isEqualTo(list.name());
    assertThat(read.codes()).isEqualTo(list.codes());
    assertThat(read.resolve("LOBAR").map(Code::code)).contains("52.01");

    List<Code> more = new ArrayList<>(read.codes());
    more.remove(3);
    more.add(new Code("52.72", "Kota Bima", "kota", Set.of("5272")));
    CodeList updated =
        tx(
            (EntityManager em) ->
                new JpaCodeListRepository(em).save(new CodeList(read.id(), "Wilayah", more, 1)));
    assertThat(
            tx((EntityManager em) -> new JpaCodeListRepository(em).find("wilayah-rt"))
                .orElseThrow()
                .codes())
        .isEqualTo(updated.codes());
    assertThat(tx((EntityManager em) -> new JpaCodeListRepository(em).all()))
        .extracting(CodeList::id)
        .contains("wilayah-rt")
        .isSorted();
  }

  @Test
  void dataItemRoundTripWithFullDefinition() {
    DataItem agreed = Samples.agreedItem(new DataItemId(2031, "KES-001"));
    DataItem proposed = Samples.proposedItem(new DataItemId(2031, "ABC-9"));
    DataItem savedAgreed = tx((EntityManager em) -> new JpaDataItemRepository(em).save(agreed));
    DataItem savedProposed = tx((EntityManager em) -> new JpaDataItemRepository(em).save(proposed));
    assertThat(tx((EntityManager em) -> new JpaDataItemRepository(em).find(agreed.id())))
        .contains(savedAgreed);
    assertThat(tx((EntityManager em) -> new JpaDataItemRepository(em).find(proposed.id())))
        .contains(savedProposed);
    assertThat(savedAgreed.recommendations()).hasSize(2);
    assertThat(savedAgreed.availability()).isPresent();
    assertThat(savedAgreed.definition().structure().variables().get(2).max())
        .map(Object::toString)
        .contains("1000000.50");
  }

  @Test
  void dataItemsByYearInIdOrder() {
    for (String code : List.of("KEP-010", "KEP-002", "A-1", "kep-001")) {
      tx(
          (EntityManager em) ->
              new JpaDataItemRepository(em).save(Samples.proposedItem(new DataItemId(2032, code))));
    }
    tx(
        (EntityManager em) ->
            new JpaDataItemRepository(em).save(Samples.proposedItem(new DataItemId(2033, "X"))));
    List<DataItem> items = tx((EntityManager em) -> new JpaDataItemRepository(em).byYear(2032));
    assertThat(items)
        .extracting(i -> i.id().code())
        .containsExactly("A-1", "KEP-002", "KEP-010", "kep-001"); // String order, not collation
    assertThat(tx((EntityManager em) -> new JpaDataItemRepository(em).byYear(2999))).isEmpty();
  }

  @Test
  void forumMeetingRoundTripAndAllByDate() {
    DataItemId a = new DataItemId(2026, "FM-A");
    DataItemId b = new DataItemId(2026, "FM-B");
    ForumMeeting late = Samples.meeting("FDM-Z-late", LocalDate.of(2026, 3, 1), a);
    ForumMeeting early = Samples.meeting("FDM-Z-early", LocalDate.of(2026, 1, 12));
    ForumMeeting savedLate = tx((EntityManager em) -> new JpaForumMeetingRepository(em).save(late));
    tx((EntityManager em) -> new JpaForumMeetingRepository(em).save(early));
    ForumMeeting more =
        tx(
            (EntityManager em) ->
                new JpaForumMeetingRepository(em).save(savedLate.withAgreed(List.of(b, a))));
    assertThat(more.version()).isEqualTo(2);
    ForumMeeting read =
        tx((EntityManager em) -> new JpaForumMeetingRepository(em).find("FDM-Z-late"))
            .orElseThrow();
    assertThat(read).isEqualTo(more);
    assertThat(read.agreedItems()).containsExactly(a, b);
    ForumMeeting noFile =
        new ForumMeeting(
            "FDM-Z-nofile",
            2026,
            LocalDate.of(2026, 1, 12),
            "BA-02",
            List.of("Bappeda"),
            Optional.empty(),
            List.of(),
            null,
            null,
            0);
    ForumMeeting savedNoFile =
        tx((EntityManager em) -> new JpaForumMeetingRepository(em).save(noFile));
    assertThat(tx((EntityManager em) -> new JpaForumMeetingRepository(em).find("FDM-Z-nofile")))
        .contains(savedNoFile);
    assertThat(tx((EntityManager em) -> new JpaForumMeetingRepository(em).all()))
        .extracting(ForumMeeting::id)
        .containsSubsequence("FDM-Z-early", "FDM-Z-nofile", "FDM-Z-late");
  }

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
  void evaluationReportRoundTripDeliveriesAndNewestFirst() {
    EvaluationReport report = Samples.report("r-rt-1", T0.plusSeconds(1000));
    EvaluationReport saved =
        tx((EntityManager em) -> new JpaEvaluationReportRepository(em).save(report));
    EvaluationReport read =
        tx((EntityManager em) -> new JpaEvaluationReportRepository(em).find("r-rt-1"))
            .orElseThrow();
    assertThat(read).isEqualTo(saved);
    assertThat(read.evaluation()).isEqualTo(Samples.evaluation());
    assertThat(read.evaluation().region().worstPeriodEndToPublication())
        .contains(Duration.ofDays(400).plusNanos(1));

    EvaluationReport delivered =
        read.delivered(
            new ReportDelivery(
                T0.plusSeconds(2000),
                "Gubernur",
                "B-002",
                Samples.file("f0c7a1d0-0000-4000-8000-000000000009", "x.pdf"),
                AccountId.of("sekretariat")));
    EvaluationReport updated =
        tx((EntityManager em) -> new JpaEvaluationReportRepository(em).save(delivered));
    assertThat(updated.version()).isEqualTo(2); // a child row alone moves the version
    assertThat(
            tx((EntityManager em) -> new JpaEvaluationReportRepository(em).find("r-rt-1"))
                .orElseThrow())
        .isEqualTo(updated);

    EvaluationReport bare =
        new EvaluationReport(
            "r-rt-0", Samples.evaluation(), T0, null, Optional.empty(), List.of(), 0);
    tx((EntityManager em) -> new JpaEvaluationReportRepository(em).save(bare));
    assertThat(tx((EntityManager em) -> new JpaEvaluationReportRepository(em).find("r-rt-0")))
        .contains(bare.withVersion(1));
    assertThat(tx((EntityManager em) -> new JpaEvaluationReportRepository(em).all()))
        .extracting(EvaluationReport::id)
        .containsSubsequence("r-rt-1", "r-rt-0");
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
