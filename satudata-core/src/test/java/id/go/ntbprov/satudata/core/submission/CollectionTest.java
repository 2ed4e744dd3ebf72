package id.go.ntbprov.satudata.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.SopFixture;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Uploads store exactly the data rows, keep every finding, and leave nothing when they fail. */
class CollectionTest {

  private static final AgencyCode POP = AgencyCode.of("DPMPD");
  private final SopFixture f = new SopFixture(RegionProfiles.ntb());
  private final SatuData app = f.app;
  private final Account producer = f.account(Role.PRODUSEN_DATA, POP);
  private final DataItemId item = new DataItemId(2026, "KEP-001");

  CollectionTest() {
    app.planning()
        .propose(
            producer,
            item,
            SopFixture.regionTable(
                "Jumlah Penduduk", POP, "jumlah", "jiwa", RegionLevel.REGENCY_CITY));
    app.planning().recommend(f.account(Role.PEMBINA_DATA), item, "");
    app.planning()
        .recordForumMeeting(
            f.account(Role.SEKRETARIAT),
            new MeetingRecord(
                "M1", 2026, LocalDate.of(2026, 1, 2), "BA-1", List.of("BPS"), Optional.empty()));
    app.planning().agree(f.account(Role.FORUM_DATA), "M1", List.of(item));
  }

  @Test
  void blankRowsAreNeitherStoredNorCountedButKeepTheirNumbers() {
    List<String[]> rows =
        List.of(
            new String[] {"5201", "2020", "1"},
            new String[] {"", " ", ""},
            new String[] {"5202", "2020", "x"});
    Submission s =
        app.collection()
            .upload(
                producer,
                item,
                Period.year(2020),
                UploadedTable.of(List.of("kode_wilayah", "tahun", "jumlah"), rows));
    assertThat(s.check().rows()).isEqualTo(2);
    assertThat(app.ports().content().rowCount(s.id())).isEqualTo(2);
    assertThat(app.ports().content().header(s.id()))
        .containsExactly("kode_wilayah", "tahun", "jumlah");
    // the bad cell is on spreadsheet row 4: header 1, data 2, blank 3
    assertThat(app.collection().findings(s.id(), 0, 100))
        .anySatisfy(x -> assertThat(x.row()).isEqualTo(4));
  }

  @Test
  void aFailedReadLeavesNoVersionNoRowsAndNoAuditEntry() {
    Iterator<String[]> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public String[] next() {
            if (++n > 3) {
              throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return new String[] {"5201", "2020", Integer.toString(n)};
          }
        };
    int audit = app.ports().audit().between(Instant.MIN, Instant.MAX).size();
    assertThatThrownBy(
            () ->
                app.collection()
                    .upload(
                        producer,
                        item,
                        Period.year(2020),
                        new UploadedTable(
                            List.of("kode_wilayah", "tahun", "jumlah"),
                            failing,
                            NumberStyle.DOT_DECIMAL,
                            Optional.empty())))
        .isInstanceOf(UncheckedIOException.class);
    SubmissionId wouldBe = new SubmissionId(item, Period.year(2020), 1);
    assertThat(app.ports().submissions().find(wouldBe)).isEmpty();
    assertThat(app.ports().content().rowCount(wouldBe)).isZero();
    assertThat(app.ports().content().findingCount(wouldBe)).isZero();
    assertThat(app.ports().audit().between(Instant.MIN, Instant.MAX)).hasSize(audit);
  }

  @Test
  void versionsNumberUpAndEarlierOnesAreKept() {
    UploadedTable t1 =
        UploadedTable.of(
            List.of("kode_wilayah", "tahun", "jumlah"),
            List.<String[]>of(new String[] {"5201", "2020", "1"}));
    UploadedTable t2 =
        UploadedTable.of(
            List.of("kode_wilayah", "tahun", "jumlah"),
            List.<String[]>of(new String[] {"5201", "2020", "2"}));
    Submission a = app.collection().upload(producer, item, Period.year(2020), t1);
    Submission b = app.collection().upload(producer, item, Period.year(2020), t2);
    assertThat(a.id().version()).isEqualTo(1);
    assertThat(b.id().version()).isEqualTo(2);
    assertThat(app.ports().content().rows(a.id(), 0, 10).get(0)[2]).isEqualTo("1");
    assertThat(app.ports().content().rows(b.id(), 0, 10).get(0)[2]).isEqualTo("2");
    assertThat(SubmissionId.parse(b.id().toString())).isEqualTo(b.id());
  }

  @Test
  void anUploadInStepsEqualsAnUploadInOnePass() {
    List<String> header = List.of("kode_wilayah", "tahun", "jumlah");
    List<String[]> rows =
        List.of(new String[] {"5201", "2020", "1"}, new String[] {"5299", "2020", "x"});
    // the same table for 2019, checked in one pass, as the reference
    List<String[]> rows2019 =
        List.of(new String[] {"5201", "2019", "1"}, new String[] {"5299", "2019", "x"});
    Submission once =
        app.collection()
            .upload(producer, item, Period.year(2019), UploadedTable.of(header, rows2019));
    app.collection().upload(producer, item, Period.year(2019), UploadedTable.of(header, rows));

    UploadTicket ticket = app.collection().prepareUpload(producer, item, Period.year(2020));
    assertThat(ticket.id()).isEqualTo(new SubmissionId(item, Period.year(2020), 1));
    assertThat(app.ports().submissions().find(ticket.id())).as("prepare changes nothing").isEmpty();
    try (ContentStore.ContentWriter w = app.ports().content().open(ticket.id(), header)) {
      rows.forEach(w::row);
      w.commit();
    }
    List<id.go.ntbprov.satudata.core.conformity.Finding> found = new java.util.ArrayList<>();
    CheckSummary summary =
        app.collection().checkStored(ticket, NumberStyle.DOT_DECIMAL, found::add);
    Submission steps = app.collection().completeUpload(producer, ticket, summary, Optional.empty());

    assertThat(steps.check()).isEqualTo(once.check());
    assertThat(found)
        .extracting(x -> x.rule() + "@" + x.row() + ":" + x.column())
        .containsExactlyElementsOf(
            app.collection().findings(once.id(), 0, 100).stream()
                .map(x -> x.rule() + "@" + x.row() + ":" + x.column())
                .toList());
    assertThat(steps.status()).isEqualTo(SubmissionStatus.DRAFT);
    assertThat(app.ports().audit().forObject("submission", steps.id().toString())).hasSize(1);
  }

  @Test
  void completingRefusesAVersionTakenMeanwhileAndAnActorWhoLostTheRole() {
    UploadTicket ticket = app.collection().prepareUpload(producer, item, Period.year(2020));
    app.collection()
        .upload(
            producer,
            item,
            Period.year(2020),
            UploadedTable.of(
                List.of("kode_wilayah", "tahun", "jumlah"),
                List.<String[]>of(new String[] {"5201", "2020", "1"})));
    CheckSummary none = new CheckSummary(0, 0, 0);
    assertThatThrownBy(
            () -> app.collection().completeUpload(producer, ticket, none, Optional.empty()))
        .isInstanceOfSatisfying(
            id.go.ntbprov.satudata.core.rule.RuleViolation.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(id.go.ntbprov.satudata.core.rule.Rule.DUPLICATE_IDENTIFIER));

    UploadTicket next = app.collection().prepareUpload(producer, item, Period.year(2020));
    Account other = f.account(Role.PRODUSEN_DATA, AgencyCode.of("DINKES"));
    assertThatThrownBy(() -> app.collection().completeUpload(other, next, none, Optional.empty()))
        .isInstanceOfSatisfying(
            id.go.ntbprov.satudata.core.rule.RuleViolation.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(id.go.ntbprov.satudata.core.rule.Rule.ACTOR_OUTSIDE_AGENCY));
    assertThat(app.ports().submissions().find(next.id())).isEmpty();
  }

  @Test
  void theInMemoryStoreAppendsAfterCommittedRowsAndAbortsOnlyItsOwn() {
    ContentStore store = new InMemoryContentStore();
    SubmissionId id = new SubmissionId(item, Period.year(2020), 1);
    try (ContentStore.ContentWriter w = store.open(id, List.of("a"))) {
      w.row(new String[] {"1"});
      w.commit();
    }
    try (ContentStore.ContentWriter w = store.append(id)) {
      w.row(new String[] {"x"});
      w.abort();
    }
    try (ContentStore.ContentWriter w = store.append(id)) {
      w.row(new String[] {"2"});
      w.commit();
    }
    assertThat(store.rows(id, 0, 10)).extracting(r -> r[0]).containsExactly("1", "2");
    assertThatThrownBy(() -> store.append(new SubmissionId(item, Period.year(2021), 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPreparedUploadResumesUntilItIsRecorded() {
    UploadTicket ticket = app.collection().prepareUpload(producer, item, Period.year(2020));
    assertThat(app.collection().resumeUpload(producer, ticket.id())).isEqualTo(ticket);
    app.collection().completeUpload(producer, ticket, new CheckSummary(0, 0, 0), Optional.empty());
    assertThatThrownBy(() -> app.collection().resumeUpload(producer, ticket.id()))
        .isInstanceOfSatisfying(
            id.go.ntbprov.satudata.core.rule.RuleViolation.class,
            e ->
                assertThat(e.rule())
                    .isEqualTo(id.go.ntbprov.satudata.core.rule.Rule.DUPLICATE_IDENTIFIER));
    Account other = f.account(Role.PRODUSEN_DATA, AgencyCode.of("DINKES"));
    assertThatThrownBy(
            () ->
                app.collection().resumeUpload(other, new SubmissionId(item, Period.year(2020), 2)))
        .isInstanceOf(id.go.ntbprov.satudata.core.rule.RuleViolation.class);
  }
}
