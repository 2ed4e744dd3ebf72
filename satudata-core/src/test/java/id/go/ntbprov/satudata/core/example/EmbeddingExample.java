package id.go.ntbprov.satudata.core.example;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The README's "Embedding the core" example: a regency loads its own profile, runs the SOP in
 * memory and reads the conformity findings of an upload. Compiled and run by {@code
 * EmbeddingExampleTest}.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Runs the example against a profile folder (null: NTB's shipped profile). */
  public static List<String> run(Path profileDir, ItemDefinition item, List<String[]> rows) {
    // embedding-example:start
    RegionProfile profile =
        profileDir == null ? RegionProfiles.ntb() : RegionProfiles.fromDirectory(profileDir);
    SatuData sop = SatuData.inMemory(profile, Clock.systemUTC());

    // Accounts come from your own identity system; the core only needs their roles.
    AgencyCode agency = item.producer();
    Account producer = Account.of("budi", "Budi", RoleAssignment.of(Role.PRODUSEN_DATA, agency));
    Account pembina = Account.of("bps", "BPS", RoleAssignment.of(Role.PEMBINA_DATA));
    Account forum = Account.of("forum", "Forum", RoleAssignment.of(Role.FORUM_DATA));
    Account secretariat =
        Account.of("sekretariat", "Sekretariat", RoleAssignment.of(Role.SEKRETARIAT));

    DataItemId id = new DataItemId(2026, "KEP-001");
    sop.planning().propose(producer, id, item);
    sop.planning().recommend(pembina, id, "Sesuai standar");
    sop.planning()
        .recordForumMeeting(
            secretariat,
            new MeetingRecord(
                "FDM-1",
                2026,
                LocalDate.of(2026, 1, 12),
                "BA-01",
                List.of("Bappeda", "BPS"),
                Optional.empty()));
    sop.planning().agree(forum, "FDM-1", List.of(id));

    List<String> header = List.of("kode_wilayah", "tahun", "jumlah_penduduk");
    Submission draft =
        sop.collection().upload(producer, id, Period.year(2020), UploadedTable.of(header, rows));
    List<String> messages = new ArrayList<>();
    for (Finding f : sop.collection().findings(draft.id(), 0, 100)) {
      messages.add(f.message(Messages.INDONESIAN)); // "Baris 3, kolom jumlah_penduduk: ..."
    }
    try {
      sop.dissemination().publish(pembina, draft.id());
    } catch (RuleViolation refused) {
      messages.add(refused.rule() + ": " + refused.message(Locale.ENGLISH));
    }
    // embedding-example:end
    return messages;
  }
}
