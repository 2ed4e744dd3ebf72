package id.go.ntbprov.satudata.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.ItemStatus;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each SOP rule refuses its step with its own name and message, and leaves the data unchanged. */
class SopRefusalTest {

  private final SopStates s = new SopStates();

  private static void refused(ThrowingCallable call, Rule rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
  }

  private SubmissionStatus status(SubmissionId id) {
    return s.app.ports().submissions().find(id).orElseThrow().status();
  }

  @Test
  void aProducerOfAnotherAgencyCannotUpload() {
    Account other = s.f.account(Role.PRODUSEN_DATA, SopStates.HEALTH);
    assertThatThrownBy(
            () ->
                s.app
                    .collection()
                    .upload(other, s.agreed, Period.year(2021), SopStates.table(2021)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.ACTOR_OUTSIDE_AGENCY);
              assertThat(e.message(Messages.INDONESIAN)).contains("DPMPD").contains("DINKES");
              assertThat(e.message(Locale.ENGLISH)).contains("may not perform step UPLOAD");
            });
    assertThat(s.app.ports().submissions().series(s.agreed, Period.year(2021))).isEmpty();
  }

  @Test
  void aProducerOfAnotherAgencyCannotSubmitItsDraft() {
    refused(
        () ->
            s.app
                .collection()
                .submitForCheck(s.f.account(Role.PRODUSEN_DATA, SopStates.HEALTH), s.draft),
        Rule.ACTOR_OUTSIDE_AGENCY);
    assertThat(status(s.draft)).isEqualTo(SubmissionStatus.DRAFT);
  }

  @Test
  void publishingWithoutAValidationLetterIsRefused() {
    assertThatThrownBy(() -> s.app.dissemination().publish(s.walidata, s.conformant))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.PUBLICATION_REQUIRES_VALIDATION_LETTER);
              assertThat(e.message(Messages.INDONESIAN))
                  .contains("surat validasi Kepala OPD DPMPD");
            });
    assertThat(status(s.conformant)).isEqualTo(SubmissionStatus.CONFORMANT);
  }

  @Test
  void aLetterSignedByAnotherAgencysHeadIsRefused() {
    Account otherHead = s.f.account(Role.KEPALA_OPD, SopStates.HEALTH);
    refused(
        () -> s.app.letters().validate(otherHead, s.letter("SV-X", SopStates.POP, s.conformant)),
        Rule.VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD);
    refused(
        () -> s.app.letters().validate(otherHead, s.letter("SV-Y", SopStates.HEALTH, s.conformant)),
        Rule.VALIDATION_LETTER_FROM_OWN_AGENCY_HEAD);
    assertThat(status(s.conformant)).isEqualTo(SubmissionStatus.CONFORMANT);
    assertThat(
            s.app
                .ports()
                .letters()
                .findByNumber(
                    id.go.ntbprov.satudata.core.letter.LetterKind.VALIDATION, "DINKES", "SV-Y"))
        .isEmpty();
  }

  @Test
  void validationNeedsConformantDataAndACompleteLetter() {
    refused(
        () -> s.app.letters().validate(s.head, s.letter("SV-D", SopStates.POP, s.submitted)),
        Rule.VALIDATION_REQUIRES_CONFORMANT_DATA);
    var noScan =
        new id.go.ntbprov.satudata.core.letter.LetterDraft(
            "SV-E",
            java.time.LocalDate.of(2026, 2, 1),
            "Kepala",
            SopStates.POP,
            List.of(s.conformant),
            java.util.Optional.empty());
    assertThatThrownBy(() -> s.app.letters().validate(s.head, noScan))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.LETTER_INCOMPLETE);
              assertThat(e.message(Messages.INDONESIAN)).contains("Pindaian surat wajib diisi");
            });
    assertThat(status(s.conformant)).isEqualTo(SubmissionStatus.CONFORMANT);
  }

  @Test
  void aValidationCoveringOneWrongVersionValidatesNone() {
    refused(
        () ->
            s.app
                .letters()
                .validate(s.head, s.letter("SV-Z", SopStates.POP, s.conformant, s.draft)),
        Rule.VALIDATION_REQUIRES_CONFORMANT_DATA);
    assertThat(status(s.conformant)).isEqualTo(SubmissionStatus.CONFORMANT);
  }

  @Test
  void acceptingDataWithErrorsIsRefused() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"5201", "2021", "banyak"}); // not an integer
    UploadedTable bad = UploadedTable.of(List.of("kode_wilayah", "tahun", "jumlah"), rows);
    Submission v = s.app.collection().upload(s.producer, s.agreed, Period.year(2021), bad);
    assertThat(v.check().errors()).isPositive();
    s.app.collection().submitForCheck(s.producer, v.id());
    refused(
        () -> s.app.checking().acceptAsConformant(s.walidata, v.id(), "tetap terima"),
        Rule.ACCEPTANCE_BLOCKED_BY_ERRORS);
    assertThat(status(v.id())).isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  void warningsNeedAnOverrideReason() {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 9; i++) { // Kota Bima (5272) missing: a completeness warning
      rows.add(new String[] {SopStates.CODES[i], "2021", "10"});
    }
    Submission v =
        s.app
            .collection()
            .upload(
                s.producer,
                s.agreed,
                Period.year(2021),
                UploadedTable.of(List.of("kode_wilayah", "tahun", "jumlah"), rows));
    assertThat(v.check().errors()).isZero();
    assertThat(v.check().warnings()).isEqualTo(1);
    assertThat(s.app.collection().findings(v.id(), 0, 10))
        .singleElement()
        .satisfies(x -> assertThat(x.rule()).isEqualTo(CheckRule.REGION_MISSING));
    s.app.collection().submitForCheck(s.producer, v.id());
    refused(
        () -> s.app.checking().acceptAsConformant(s.walidata, v.id(), " "),
        Rule.WARNINGS_REQUIRE_OVERRIDE_REASON);
    assertThat(
            s.app
                .checking()
                .acceptAsConformant(s.walidata, v.id(), "Kota Bima menyusul pada revisi")
                .status())
        .isEqualTo(SubmissionStatus.CONFORMANT);
  }

  @Test
  void uploadingForAnItemNotAgreedForThatYearIsRefused() {
    refused(
        () ->
            s.app
                .collection()
                .upload(s.producer, s.proposed, Period.year(2021), SopStates.table(2021)),
        Rule.UPLOAD_REQUIRES_AGREED_ITEM);
    refused(
        () ->
            s.app
                .collection()
                .upload(
                    s.producer,
                    new id.go.ntbprov.satudata.core.datalist.DataItemId(2025, "KEP-001"),
                    Period.year(2021),
                    SopStates.table(2021)),
        Rule.NOT_FOUND);
    assertThat(s.app.ports().submissions().series(s.proposed, Period.year(2021))).isEmpty();
  }

  @Test
  void aPeriodOfTheWrongKindIsRefused() {
    refused(
        () ->
            s.app
                .collection()
                .upload(s.producer, s.agreed, Period.quarter(2021, 1), SopStates.table(2021)),
        Rule.PERIOD_DOES_NOT_MATCH_PERIODICITY);
  }

  @Test
  void rowsOfAnotherPeriodAreErrorFindings() {
    Submission v =
        s.app.collection().upload(s.producer, s.agreed, Period.year(2022), SopStates.table(2021));
    assertThat(v.check().errors()).isEqualTo(10);
    assertThat(s.app.collection().findings(v.id(), 0, 100))
        .allSatisfy(x -> assertThat(x.rule()).isEqualTo(CheckRule.PERIOD_MISMATCH))
        .extracting(x -> x.row())
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
  }

  @Test
  void publishingAWithdrawnVersionIsRefused() {
    s.app.dissemination().withdraw(s.walidata, s.published, "Salah hitung");
    assertThatThrownBy(() -> s.app.dissemination().publish(s.walidata, s.published))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.PUBLICATION_OF_RETIRED_VERSION);
              assertThat(e.message(Locale.ENGLISH)).contains("WITHDRAWN");
            });
    assertThat(s.app.ports().submissions().find(s.published).orElseThrow().withdrawalReason())
        .contains("Salah hitung");
  }

  @Test
  void aNewerPublicationSupersedesAndTheOldVersionNeverReturns() {
    Period p = s.published.period();
    Submission v2 = s.app.collection().upload(s.producer, s.agreed, p, SopStates.table(p.year()));
    s.app.collection().submitForCheck(s.producer, v2.id());
    s.app.checking().acceptAsConformant(s.walidata, v2.id(), null);
    s.validate(v2.id(), "SV-3");
    s.app.dissemination().publish(s.walidata, v2.id());
    assertThat(status(s.published)).isEqualTo(SubmissionStatus.SUPERSEDED);
    assertThat(status(v2.id())).isEqualTo(SubmissionStatus.PUBLISHED);
    refused(
        () -> s.app.dissemination().publish(s.walidata, s.published),
        Rule.PUBLICATION_OF_RETIRED_VERSION);
  }

  @Test
  void aSecondVersionCannotBeSubmittedWhileOneIsInProgress() {
    Period p = s.submitted.period();
    Submission v2 = s.app.collection().upload(s.producer, s.agreed, p, SopStates.table(p.year()));
    refused(
        () -> s.app.collection().submitForCheck(s.producer, v2.id()),
        Rule.SUBMISSION_ALREADY_IN_PROGRESS);
    assertThat(status(v2.id())).isEqualTo(SubmissionStatus.DRAFT);
  }

  @Test
  void returningNeedsNotesAndOnlySubmittedDataCanBeChecked() {
    refused(
        () -> s.app.checking().returnToProducer(s.walidata, s.submitted, ""),
        Rule.RETURN_REQUIRES_NOTES);
    refused(() -> s.app.checking().acceptAsConformant(s.walidata, s.draft, null), Rule.WRONG_STATE);
    assertThat(status(s.submitted)).isEqualTo(SubmissionStatus.SUBMITTED);
  }

  @Test
  void planningRefusals() {
    Account pembina = s.f.account(Role.PEMBINA_DATA);
    refused(
        () -> s.app.planning().sendBack(pembina, s.proposed, " "),
        Rule.RECOMMENDATION_NOTES_REQUIRED);
    // The forum agrees only recommended items, and then none of the batch.
    refused(
        () ->
            s.app
                .planning()
                .agree(s.f.account(Role.FORUM_DATA), s.meeting, List.of(s.recommended, s.proposed)),
        Rule.AGREEMENT_REQUIRES_RECOMMENDATION);
    assertThat(s.app.ports().items().find(s.recommended).orElseThrow().status())
        .isEqualTo(ItemStatus.RECOMMENDED);
    refused(
        () ->
            s.app
                .planning()
                .agree(s.f.account(Role.FORUM_DATA), "FDM-NONE", List.of(s.recommended)),
        Rule.AGREEMENT_REQUIRES_MEETING_RECORD);
    refused(
        () ->
            s.app
                .planning()
                .checkAvailability(s.walidata, s.proposed, AvailabilityStatus.AVAILABLE, ""),
        Rule.AVAILABILITY_REQUIRES_AGREED_ITEM);
    refused(
        () ->
            s.app.planning().checkAvailability(s.walidata, s.agreed, AvailabilityStatus.PARTLY, ""),
        Rule.AVAILABILITY_REASON_REQUIRED);
  }

  @Test
  void deliveringAReportWithoutDocumentIsRefused() {
    var bare = s.app.evaluation().evaluate(s.walidata, Period.quarter(2026, 2));
    refused(
        () -> s.app.evaluation().deliverReport(s.walidata, bare.id(), "Gubernur", "B-2"),
        Rule.DELIVERY_REQUIRES_REPORT_DOCUMENT);
    assertThat(s.app.ports().reports().find(bare.id()).orElseThrow().deliveries()).isEmpty();
  }

  @Test
  void aDisabledAccountCannotAct() {
    Account admin = s.f.account(Role.ADMINISTRATOR);
    s.app.administration().setEnabled(admin, s.walidata.id(), false);
    Account disabled = s.app.ports().accounts().find(s.walidata.id()).orElseThrow();
    refused(() -> s.app.dissemination().publish(disabled, s.validated), Rule.ACCOUNT_DISABLED);
  }

  @Test
  void aStaleUpdateIsRefusedAndNothingIsLost() {
    Submission read = s.app.ports().submissions().find(s.submitted).orElseThrow();
    s.app.checking().returnToProducer(s.walidata, s.submitted, "Perbaiki kode");
    refused(
        () ->
            s.app
                .ports()
                .submissions()
                .save(read.acceptAsConformant(java.time.Instant.now(), s.walidata.id(), null)),
        Rule.CONCURRENT_UPDATE);
    assertThat(status(s.submitted)).isEqualTo(SubmissionStatus.RETURNED);
  }
}
