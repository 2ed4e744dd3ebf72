package id.go.ntbprov.satudata.core.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.sop.SopStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every step refuses an account whose roles the region does not allow for it, names the rule, and
 * changes nothing; the same call by an allowed account goes through.
 */
class WrongRoleTest {

  @ParameterizedTest
  @EnumSource(SopStep.class)
  void aStepRefusesARoleNotAssignedToIt(SopStep step) {
    SopStates s = new SopStates();
    Consumer<Account> call = call(s, step);
    Account outsider = s.f.outsiderFor(step);
    int auditBefore =
        s.app.ports().audit().between(java.time.Instant.MIN, java.time.Instant.MAX).size();

    assertThatThrownBy(() -> call.accept(outsider))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.rule()).isEqualTo(Rule.STEP_NOT_PERMITTED_FOR_ROLE);
              assertThat(e.getMessage()).contains(step.name()).contains(outsider.id().value());
            });
    assertThat(s.app.ports().audit().between(java.time.Instant.MIN, java.time.Instant.MAX))
        .hasSize(auditBefore);

    call.accept(s.f.actorFor(step, SopStates.POP));
    assertThat(s.app.ports().audit().between(java.time.Instant.MIN, java.time.Instant.MAX))
        .hasSizeGreaterThan(auditBefore);
  }

  private static Consumer<Account> call(SopStates s, SopStep step) {
    var app = s.app;
    return switch (step) {
      case PROPOSE_ITEM ->
          a ->
              app.planning()
                  .propose(a, new DataItemId(2026, "NEW-1"), SopStates.def("Baru", SopStates.POP));
      case RECOMMEND_ITEM -> a -> app.planning().recommend(a, s.proposed, "");
      case RECORD_FORUM_MEETING ->
          a ->
              app.planning()
                  .recordForumMeeting(
                      a,
                      new MeetingRecord(
                          "FDM-2",
                          2026,
                          LocalDate.of(2026, 3, 1),
                          "BA-02",
                          List.of("BPS"),
                          Optional.empty()));
      case AGREE_DATA_LIST -> a -> app.planning().agree(a, s.meeting, List.of(s.recommended));
      case CHECK_AVAILABILITY ->
          a -> app.planning().checkAvailability(a, s.agreed, AvailabilityStatus.AVAILABLE, "");
      case UPLOAD ->
          a -> app.collection().upload(a, s.agreed, Period.year(2021), SopStates.table(2021));
      case SUBMIT_FOR_CHECK -> a -> app.collection().submitForCheck(a, s.draft);
      case REGISTER_STATEMENT_LETTER ->
          a ->
              app.letters()
                  .registerStatementLetter(a, s.letter("SP-9", SopStates.POP, s.conformant));
      case CHECK_CONFORMITY -> a -> app.checking().acceptAsConformant(a, s.submitted, null);
      case VALIDATE ->
          a -> app.letters().validate(a, s.letter("SV-9", SopStates.POP, s.conformant));
      case PUBLISH -> a -> app.dissemination().publish(a, s.validated);
      case WITHDRAW -> a -> app.dissemination().withdraw(a, s.published, "Salah hitung");
      case EVALUATE -> a -> app.evaluation().evaluate(a, Period.year(2026));
      case DELIVER_REPORT ->
          a -> app.evaluation().deliverReport(a, s.report.id(), "Gubernur", "B-1");
      case ADMINISTER -> a -> app.administration().saveAgency(a, Agency.of("BARU", "OPD Baru", ""));
    };
  }
}
