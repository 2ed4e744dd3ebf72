package id.go.ntbprov.satudata.web.persistence;

import static id.go.ntbprov.satudata.web.persistence.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.evaluation.ReportDelivery;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.repository.Versioned;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The core's optimistic-locking contract on every repository: two saves of the same read version,
 * the second refused with CONCURRENT_UPDATE and the first kept; inserting an existing id refused
 * with DUPLICATE_IDENTIFIER; also when the race happens inside the database (both transactions open
 * at once).
 */
abstract class LockingContract extends DatabaseTestBase {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterAll
  void stopThreads() {
    threads.shutdownNow();
  }

  /** One repository, as the contract needs it. */
  record Repo<V extends Versioned<?, V>>(
      String kind,
      Function<EntityManager, Function<V, V>> save,
      Function<EntityManager, Function<V, Optional<V>>> find) {}

  private <V extends Versioned<?, V>> void conflictingSavesOfOneVersion(
      Repo<V> repo, V fresh, UnaryOperator<V> change1, UnaryOperator<V> change2) {
    V stored = tx((EntityManager em) -> repo.save().apply(em).apply(fresh));
    V first = tx((EntityManager em) -> repo.save().apply(em).apply(change1.apply(stored)));
    assertThat(first.version()).isEqualTo(stored.version() + 1);
    assertThatThrownBy(
            () -> tx((EntityManager em) -> repo.save().apply(em).apply(change2.apply(stored))))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.rule()).isEqualTo(Rule.CONCURRENT_UPDATE);
              assertThat(v.args()).containsExactly(repo.kind(), fresh.id());
            });
    // Recursive: CodeList is a class without equals.
    assertThat(tx((EntityManager em) -> repo.find().apply(em).apply(first)).orElseThrow())
        .usingRecursiveComparison()
        .isEqualTo(first);
    assertThatThrownBy(() -> tx((EntityManager em) -> repo.save().apply(em).apply(fresh)))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.DUPLICATE_IDENTIFIER));
    assertThatThrownBy(
            () ->
                tx(
                    (EntityManager em) ->
                        repo.save().apply(em).apply(first.withVersion(first.version() + 5))))
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.CONCURRENT_UPDATE));
  }

  @Test
  void agencies() {
    conflictingSavesOfOneVersion(
        new Repo<Agency>(
            "agency",
            em -> new JpaAgencyRepository(em)::save,
            em -> a -> new JpaAgencyRepository(em).find(a.code())),
        Agency.of("LOCK1", "Dinas", "Kepala"),
        a -> a.withHead("Kepala Baru"),
        a -> a.withHead("Kepala Lain"));
  }

  @Test
  void accounts() {
    conflictingSavesOfOneVersion(
        new Repo<Account>(
            "account",
            em -> new JpaAccountRepository(em)::save,
            em -> a -> new JpaAccountRepository(em).find(a.id())),
        Samples.account("lock.account"),
        a -> a.withEnabled(false),
        a -> a.withRoles(java.util.Set.of()));
  }

  @Test
  void codeLists() {
    conflictingSavesOfOneVersion(
        new Repo<CodeList>(
            "codelist",
            em -> new JpaCodeListRepository(em)::save,
            em -> l -> new JpaCodeListRepository(em).find(l.id())),
        Samples.regions("lock-list"),
        l -> new CodeList(l.id(), "Nama baru", l.codes().subList(0, 2), l.version()),
        l -> new CodeList(l.id(), "Nama lain", l.codes(), l.version()));
  }

  @Test
  void dataItems() {
    DataItemId id = new DataItemId(2040, "LOCK-1");
    conflictingSavesOfOneVersion(
        new Repo<DataItem>(
            "item",
            em -> new JpaDataItemRepository(em)::save,
            em -> i -> new JpaDataItemRepository(em).find(i.id())),
        Samples.proposedItem(id),
        i -> i.revise(Samples.definition("Revisi satu")),
        i -> i.revise(Samples.definition("Revisi dua")));
  }

  @Test
  void meetingsWhereOnlyAChildTableChanges() {
    conflictingSavesOfOneVersion(
        new Repo<ForumMeeting>(
            "meeting",
            em -> new JpaForumMeetingRepository(em)::save,
            em -> m -> new JpaForumMeetingRepository(em).find(m.id())),
        Samples.meeting("LOCK-FDM", LocalDate.of(2040, 1, 2)),
        m -> m.withAgreed(List.of(new DataItemId(2040, "A"))),
        m -> m.withAgreed(List.of(new DataItemId(2040, "B"))));
  }

  @Test
  void submissions() {
    SubmissionId id = new SubmissionId(new DataItemId(2040, "LOCK-2"), Period.year(2039), 1);
    conflictingSavesOfOneVersion(
        new Repo<Submission>(
            "submission",
            em -> new JpaSubmissionRepository(em)::save,
            em -> s -> new JpaSubmissionRepository(em).find(s.id())),
        Samples.draft(id, Samples.DINKES),
        s -> s.submitForCheck(T0.plusSeconds(1), Samples.BUDI),
        s -> s.submitForCheck(T0.plusSeconds(2), AccountId.of("other")));
  }

  @Test
  void letters() {
    conflictingSavesOfOneVersion(
        new Repo<Letter>(
            "letter",
            em -> new JpaLetterRepository(em)::save,
            em -> l -> new JpaLetterRepository(em).find(l.id())),
        Samples.letter("lock-letter", T0, "SV-LOCK", SubmissionId.parse("2040/A/2039/v1")),
        l -> l,
        l -> l);
  }

  @Test
  void reportsWhereOnlyAChildTableChanges() {
    ReportDelivery d1 =
        new ReportDelivery(T0, "Gubernur", "B-1", Samples.file("x", "a.pdf"), Samples.BUDI);
    ReportDelivery d2 =
        new ReportDelivery(T0, "Wakil", "B-2", Samples.file("y", "b.pdf"), Samples.BUDI);
    conflictingSavesOfOneVersion(
        new Repo<EvaluationReport>(
            "report",
            em -> new JpaEvaluationReportRepository(em)::save,
            em -> r -> new JpaEvaluationReportRepository(em).find(r.id())),
        Samples.report("lock-report", T0),
        r -> r.delivered(d1),
        r -> r.delivered(d2));
  }

  /**
   * Both transactions hold version 1 in their persistence context when the first commits: the
   * second's version check passes in memory and fails in the database's conditional update.
   */
  @Test
  void raceDecidedByTheDatabaseUpdate() {
    Agency stored =
        tx(
            (EntityManager em) ->
                new JpaAgencyRepository(em).save(Agency.of("RACE1", "Dinas", "a")));
    EntityManager em2 = emf().createEntityManager();
    EntityTransaction tx2 = em2.getTransaction();
    try {
      tx2.begin();
      JpaAgencyRepository repo2 = new JpaAgencyRepository(em2);
      Agency read2 = repo2.find(stored.code()).orElseThrow(); // managed in em2 at version 1
      tx((EntityManager em) -> new JpaAgencyRepository(em).save(stored.withHead("first")));
      assertThatThrownBy(() -> repo2.save(read2.withHead("second")))
          .isInstanceOfSatisfying(
              RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.CONCURRENT_UPDATE));
    } finally {
      if (tx2.isActive()) {
        tx2.rollback();
      }
      em2.close();
    }
    assertThat(tx((EntityManager em) -> new JpaAgencyRepository(em).find(stored.code())))
        .map(Agency::headName)
        .contains("first");
  }

  /**
   * Two transactions update the same row at once: the second blocks on the first's row lock and,
   * once it commits, finds the version moved on.
   */
  @Test
  void simultaneousUpdatesOneWins() throws Exception {
    Agency stored =
        tx(
            (EntityManager em) ->
                new JpaAgencyRepository(em).save(Agency.of("RACE2", "Dinas", "a")));
    CountDownLatch firstFlushed = new CountDownLatch(1);
    CountDownLatch secondRead = new CountDownLatch(1);
    Future<Agency> first =
        threads.submit(
            () ->
                tx(
                    (EntityManager em) -> {
                      JpaAgencyRepository repo = new JpaAgencyRepository(em);
                      repo.find(stored.code()).orElseThrow();
                      await(secondRead);
                      Agency saved = repo.save(stored.withHead("first"));
                      firstFlushed.countDown();
                      sleep(300); // the second's update now waits for our row lock
                      return saved;
                    }));
    Future<Agency> second =
        threads.submit(
            () ->
                tx(
                    (EntityManager em) -> {
                      JpaAgencyRepository repo = new JpaAgencyRepository(em);
                      Agency read = repo.find(stored.code()).orElseThrow();
                      secondRead.countDown();
                      await(firstFlushed);
                      return repo.save(read.withHead("second"));
                    }));
    assertThat(first.get(20, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
        .cause()
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.CONCURRENT_UPDATE));
    assertThat(tx((EntityManager em) -> new JpaAgencyRepository(em).find(stored.code())))
        .map(Agency::headName)
        .contains("first");
  }

  /** Two transactions insert the same id at once: the second learns it from the unique key. */
  @Test
  void simultaneousInsertsOneWins() throws Exception {
    CountDownLatch firstFlushed = new CountDownLatch(1);
    CountDownLatch secondChecked = new CountDownLatch(1);
    Future<Agency> first =
        threads.submit(
            () ->
                tx(
                    (EntityManager em) -> {
                      Agency saved =
                          new JpaAgencyRepository(em).save(Agency.of("RACE3", "Pertama", ""));
                      firstFlushed.countDown();
                      await(secondChecked);
                      sleep(300); // the second's insert now waits for our key
                      return saved;
                    }));
    Future<Agency> second =
        threads.submit(
            () ->
                tx(
                    (EntityManager em) -> {
                      await(firstFlushed);
                      // The first's row is not committed: invisible to our find.
                      assertThat(new JpaAgencyRepository(em).find(AgencyCode.of("RACE3")))
                          .isEmpty();
                      secondChecked.countDown();
                      return new JpaAgencyRepository(em).save(Agency.of("RACE3", "Kedua", ""));
                    }));
    assertThat(first.get(20, TimeUnit.SECONDS).version()).isEqualTo(1);
    assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
        .cause()
        .isInstanceOfSatisfying(
            RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.DUPLICATE_IDENTIFIER));
    assertThat(tx((EntityManager em) -> new JpaAgencyRepository(em).find(AgencyCode.of("RACE3"))))
        .map(Agency::name)
        .contains("Pertama");
  }

  @Test
  void credentialsInsertUpdateAndTokens() {
    Instant now = Instant.parse("2040-01-01T00:00:00Z");
    txRun(
        em ->
            new JpaCredentialStore(em)
                .save(
                    new Credential(
                        "budi", "PBKDF2WithHmacSHA256:210000:abc", 0, Optional.empty())));
    txRun(
        em ->
            new JpaCredentialStore(em)
                .save(
                    new Credential(
                        "budi", "PBKDF2WithHmacSHA256:210000:def", 3, Optional.of(now))));
    assertThat(tx((EntityManager em) -> new JpaCredentialStore(em).find("budi")))
        .contains(new Credential("budi", "PBKDF2WithHmacSHA256:210000:def", 3, Optional.of(now)));
    assertThat(tx((EntityManager em) -> new JpaCredentialStore(em).find("nobody"))).isEmpty();

    String hash = "0123456789abcdef".repeat(4);
    txRun(em -> new JpaCredentialStore(em).saveToken(hash, "budi", now, now.plusSeconds(3600)));
    assertThat(tx((EntityManager em) -> new JpaCredentialStore(em).usernameForToken(hash, now)))
        .contains("budi");
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaCredentialStore(em)
                        .usernameForToken(hash, now.plusSeconds(3599).plusNanos(999))))
        .contains("budi");
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaCredentialStore(em).usernameForToken(hash, now.plusSeconds(3600))))
        .isEmpty();
    assertThat(
            tx(
                (EntityManager em) ->
                    new JpaCredentialStore(em).usernameForToken("f".repeat(64), now)))
        .isEmpty();
    txRun(em -> new JpaCredentialStore(em).deleteToken(hash));
    txRun(em -> new JpaCredentialStore(em).deleteToken(hash)); // unknown: no error
    assertThat(tx((EntityManager em) -> new JpaCredentialStore(em).usernameForToken(hash, now)))
        .isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
