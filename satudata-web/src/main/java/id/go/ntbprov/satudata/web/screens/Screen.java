package id.go.ntbprov.satudata.web.screens;

import id.go.ntbprov.satudata.core.sop.SopStep;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every staff screen: its page, its menu group, and who may open it — the SOP steps it serves
 * (asked of the core's {@code Authorization}) and whether accounts reading every agency may open it
 * to look. The menu and the server-side {@link ScreenGuard} both read this, so a page never opens
 * for a role the menu hides it from. A screen with no step and no province-wide reading is open to
 * every signed-in account.
 */
public enum Screen {
  /** What waits for the signed-in person. */
  HOME("/staff/index.xhtml", Group.HOME, false, true),
  // --- checking, validation, letters, publication ---
  /** The custodian's queue of submissions to check (SOP 3a). */
  CHECK_QUEUE("/staff/checking/queue.xhtml", Group.CHECKING, false, true, SopStep.CHECK_CONFORMITY),
  /** One submission version; reading is checked per object (another agency's: 403). */
  SUBMISSION("/staff/submission.xhtml", Group.CHECKING, false, false),
  /** The agency head's validation with the letter (SOP 3b). */
  VALIDATION("/staff/checking/validation.xhtml", Group.CHECKING, false, true, SopStep.VALIDATE),
  /** The letters register, filtered by what the account may read. */
  LETTERS("/staff/letters.xhtml", Group.CHECKING, false, true),
  /** Publication and withdrawal with the time-standard indicator (SOP 4). */
  PUBLICATION(
      "/staff/publication.xhtml",
      Group.PUBLICATION,
      false,
      true,
      SopStep.PUBLISH,
      SopStep.WITHDRAW),

  // --- evaluation and administration ---
  /** Evaluation figures of a quarter or year, with charts (SOP 5a). */
  EVALUATION_DASHBOARD(
      "/staff/evaluation/dashboard.xhtml",
      Group.EVALUATION,
      true,
      true,
      SopStep.EVALUATE,
      SopStep.DELIVER_REPORT),
  /** Evaluation reports, the report job, delivery to the regional head (SOP 5a, 5b). */
  EVALUATION_REPORTS(
      "/staff/evaluation/reports.xhtml",
      Group.EVALUATION,
      true,
      true,
      SopStep.EVALUATE,
      SopStep.DELIVER_REPORT),
  /** A report's document (PDF, XLSX, exposé) as a download, opened from a report's links. */
  EVALUATION_DOCUMENT(
      "/staff/evaluation/document.xhtml",
      Group.EVALUATION,
      true,
      false,
      SopStep.EVALUATE,
      SopStep.DELIVER_REPORT),
  /** Agencies (OPD). */
  ADMIN_AGENCIES(
      "/staff/admin/agencies.xhtml", Group.ADMINISTRATION, false, true, SopStep.ADMINISTER),
  /** Accounts and their roles. */
  ADMIN_ACCOUNTS(
      "/staff/admin/accounts.xhtml", Group.ADMINISTRATION, false, true, SopStep.ADMINISTER),
  /** The batch job monitor. */
  ADMIN_JOBS("/staff/admin/jobs.xhtml", Group.ADMINISTRATION, false, true, SopStep.ADMINISTER),
  /** The evaluation schedule. */
  ADMIN_SCHEDULES(
      "/staff/admin/schedules.xhtml", Group.ADMINISTRATION, false, true, SopStep.ADMINISTER),
  /** The audit trail. */
  ADMIN_AUDIT("/staff/admin/audit.xhtml", Group.ADMINISTRATION, false, true, SopStep.ADMINISTER),

  // --- planning and collection (SOP 1a-1d, 2) ---
  /** The year's Daftar Data Daerah: filter, search, open an item, propose one. */
  DATA_LIST("/staff/planning/datalist.xhtml", Group.PLANNING, false, true),
  /** One item: standard, structure, metadata; propose, revise, recommend, availability. */
  ITEM("/staff/planning/item.xhtml", Group.PLANNING, false, false),
  /** Forum meetings with their minutes, and the forum's agreement of the list. */
  FORUM_MEETINGS(
      "/staff/planning/meetings.xhtml",
      Group.PLANNING,
      false,
      true,
      SopStep.RECORD_FORUM_MEETING,
      SopStep.AGREE_DATA_LIST),
  /** Import of a year's data list from a workbook. */
  DATA_LIST_IMPORT(
      "/staff/planning/import.xhtml", Group.PLANNING, false, true, SopStep.PROPOSE_ITEM),
  /** The producer's uploads: due items, bulk import with findings, submit for check. */
  UPLOADS(
      "/staff/collection/uploads.xhtml",
      Group.COLLECTION,
      false,
      true,
      SopStep.UPLOAD,
      SopStep.SUBMIT_FOR_CHECK),
  /** Statement letters of the producer's agency. */
  STATEMENT_LETTERS(
      "/staff/collection/statements.xhtml",
      Group.COLLECTION,
      false,
      true,
      SopStep.REGISTER_STATEMENT_LETTER);

  /** Menu groups, in menu order, named after the SOP's stages. */
  public enum Group {
    HOME,
    PLANNING,
    COLLECTION,
    CHECKING,
    PUBLICATION,
    EVALUATION,
    ADMINISTRATION
  }

  private final String path;
  private final Group group;
  private final boolean provinceWideReaders;
  private final boolean inMenu;
  private final Set<SopStep> steps;

  Screen(String path, Group group, boolean provinceWideReaders, boolean inMenu, SopStep... steps) {
    this.path = path;
    this.group = group;
    this.provinceWideReaders = provinceWideReaders;
    this.inMenu = inMenu;
    this.steps = steps.length == 0 ? EnumSet.noneOf(SopStep.class) : EnumSet.of(steps[0], steps);
  }

  /** The page, from the application root. */
  public String path() {
    return path;
  }

  /** The menu group. */
  public Group group() {
    return group;
  }

  /** The SOP steps whose performers may open the screen. */
  public Set<SopStep> steps() {
    return steps;
  }

  /** Whether accounts that read every agency's data may open the screen to look. */
  public boolean provinceWideReaders() {
    return provinceWideReaders;
  }

  /** Whether the screen has a menu entry (detail pages opened from a list do not). */
  public boolean inMenu() {
    return inMenu;
  }

  /** Whether anyone signed in may open it. */
  public boolean openToAllStaff() {
    return steps.isEmpty() && !provinceWideReaders;
  }

  /** Bundle key of the screen's name. */
  public String titleKey() {
    return "screen." + name();
  }

  /** The screen serving a page, if any. */
  public static java.util.Optional<Screen> at(String path) {
    for (Screen s : values()) {
      if (s.path.equals(path)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
