package id.go.ntbprov.satudata.web.persistence;

import static id.go.ntbprov.satudata.web.persistence.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.ReportAnnex;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round trips of the planning and reference aggregates (agencies, accounts, code lists, items,
 * meetings, reports) with all their fields, updates of their child tables, and their finders in the
 * in-memory adapters' order. Runs on each database (see subclasses); the registers are in {@link
 * RegisterContract}.
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

    // Supporting documents: both kinds kept, and one replaced by a newer file of its kind.
    EvaluationReport annexed =
        tx(
            (EntityManager em) ->
                new JpaEvaluationReportRepository(em)
                    .save(
                        updated
                            .withAnnex(
                                new ReportAnnex(
                                    ReportAnnex.Kind.EXPOSE,
                                    Samples.file(
                                        "f0c7a1d0-0000-4000-8000-000000000010", "paparan.pdf")))
                            .withAnnex(
                                new ReportAnnex(
                                    ReportAnnex.Kind.FIGURES,
                                    Samples.file(
                                        "f0c7a1d0-0000-4000-8000-000000000011", "angka.xlsx")))));
    EvaluationReport reread =
        tx((EntityManager em) -> new JpaEvaluationReportRepository(em).find("r-rt-1"))
            .orElseThrow();
    assertThat(reread).isEqualTo(annexed);
    assertThat(reread.annexes())
        .extracting(a -> a.kind() + ":" + a.file().name() + ":" + a.file().sha256())
        .containsExactly(
            "FIGURES:angka.xlsx:"
                + Samples.file("f0c7a1d0-0000-4000-8000-000000000011", "angka.xlsx").sha256(),
            "EXPOSE:paparan.pdf:"
                + Samples.file("f0c7a1d0-0000-4000-8000-000000000010", "paparan.pdf").sha256());
    EvaluationReport replaced =
        tx(
            (EntityManager em) ->
                new JpaEvaluationReportRepository(em)
                    .save(
                        reread.withAnnex(
                            new ReportAnnex(
                                ReportAnnex.Kind.EXPOSE,
                                Samples.file(
                                    "f0c7a1d0-0000-4000-8000-000000000012", "paparan-2.pdf")))));
    assertThat(
            tx((EntityManager em) -> new JpaEvaluationReportRepository(em).find("r-rt-1"))
                .orElseThrow()
                .annex(ReportAnnex.Kind.EXPOSE))
        .contains(Samples.file("f0c7a1d0-0000-4000-8000-000000000012", "paparan-2.pdf"));
    assertThat(replaced.annexes()).hasSize(2);

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
}
