package id.go.ntbprov.satudata.core.refusal;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.SopFixture;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.evaluation.EvaluationReport;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NTB with one object in every state a step can start from, for refusal tests: an agreed item, a
 * proposed and a recommended one, a meeting, and submissions in DRAFT, SUBMITTED, CONFORMANT,
 * VALIDATED and PUBLISHED, plus an evaluation report with its document.
 */
final class SopStates {

  static final AgencyCode POP = AgencyCode.of("DPMPD");
  static final AgencyCode HEALTH = AgencyCode.of("DINKES");
  static final String[] CODES = {
    "5201", "5202", "5203", "5204", "5205", "5206", "5207", "5208", "5271", "5272"
  };

  final SopFixture f = new SopFixture(RegionProfiles.ntb());
  final SatuData app = f.app;
  final Account producer = f.account(Role.PRODUSEN_DATA, POP);
  final Account walidata = f.account(Role.WALIDATA);
  final Account head = f.account(Role.KEPALA_OPD, POP);
  final DataItemId agreed = new DataItemId(2026, "KEP-001");
  final DataItemId proposed = new DataItemId(2026, "KEP-002");
  final DataItemId recommended = new DataItemId(2026, "KEP-003");
  final DataItemId agreedHealth = new DataItemId(2026, "KES-001");
  final String meeting = "FDM-2026-01";
  final SubmissionId draft;
  final SubmissionId submitted;
  final SubmissionId conformant;
  final SubmissionId validated;
  final SubmissionId published;
  final EvaluationReport report;

  SopStates() {
    f.clock.set("2026-01-05T09:00");
    app.planning().propose(producer, agreed, def("Jumlah Penduduk", POP));
    app.planning().propose(producer, proposed, def("Jumlah Rumah Tangga", POP));
    app.planning().propose(producer, recommended, def("Jumlah Keluarga", POP));
    app.planning()
        .propose(f.account(Role.PRODUSEN_DATA, HEALTH), agreedHealth, def("Jumlah Nakes", HEALTH));
    Account pembina = f.account(Role.PEMBINA_DATA);
    app.planning().recommend(pembina, agreed, "");
    app.planning().recommend(pembina, recommended, "");
    app.planning().recommend(pembina, agreedHealth, "");
    app.planning()
        .recordForumMeeting(
            f.account(Role.SEKRETARIAT),
            new MeetingRecord(
                meeting,
                2026,
                LocalDate.of(2026, 1, 12),
                "BA-01",
                List.of("BPS"),
                Optional.empty()));
    app.planning().agree(f.account(Role.FORUM_DATA), meeting, List.of(agreed, agreedHealth));
    app.planning().checkAvailability(walidata, agreed, AvailabilityStatus.AVAILABLE, "");

    published = upload(2016);
    draft = upload(2017);
    submitted = upload(2018);
    conformant = upload(2019);
    validated = upload(2020);
    for (SubmissionId id : List.of(published, submitted, conformant, validated)) {
      app.collection().submitForCheck(producer, id);
    }
    for (SubmissionId id : List.of(published, conformant, validated)) {
      app.checking().acceptAsConformant(walidata, id, null);
    }
    validate(published, "SV-1");
    validate(validated, "SV-2");
    app.dissemination().publish(walidata, published);

    report = app.evaluation().evaluate(walidata, Period.quarter(2026, 1));
    app.evaluation().attachDocument(walidata, report.id(), f.file("laporan.pdf"));
  }

  SubmissionId upload(int year) {
    return app.collection().upload(producer, agreed, Period.year(year), table(year)).id();
  }

  void validate(SubmissionId id, String number) {
    app.letters().validate(head, letter(number, POP, id));
  }

  LetterDraft letter(String number, AgencyCode agency, SubmissionId... covers) {
    return new LetterDraft(
        number,
        LocalDate.of(2026, 2, 6),
        "Kepala " + agency,
        agency,
        List.of(covers),
        Optional.of(f.file(number + ".pdf")));
  }

  /** A conformant table of NTB's ten regencies and cities for {@code year}. */
  static UploadedTable table(int year) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < CODES.length; i++) {
      rows.add(new String[] {CODES[i], Integer.toString(year), Integer.toString(1000 + i)});
    }
    return UploadedTable.of(List.of("kode_wilayah", "tahun", "jumlah"), rows);
  }

  static id.go.ntbprov.satudata.core.datalist.ItemDefinition def(String title, AgencyCode agency) {
    return SopFixture.regionTable(title, agency, "jumlah", "jiwa", RegionLevel.REGENCY_CITY);
  }
}
