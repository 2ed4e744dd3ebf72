package id.go.ntbprov.satudata.core.letter;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a user enters to register a letter; completeness is checked when it becomes a {@link
 * Letter}.
 *
 * @param number the letter's number
 * @param date the date on the letter
 * @param signatory who signed, as printed
 * @param agency the agency the letter comes from
 * @param covers the submission versions it covers
 * @param scan the scanned letter, stored beforehand through the file store
 */
public record LetterDraft(
    String number,
    LocalDate date,
    String signatory,
    AgencyCode agency,
    List<SubmissionId> covers,
    Optional<FileRef> scan) {}
