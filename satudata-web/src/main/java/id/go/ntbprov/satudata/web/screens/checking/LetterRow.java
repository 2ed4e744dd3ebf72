package id.go.ntbprov.satudata.web.screens.checking;

import java.io.Serializable;
import java.util.List;

/**
 * A letter of the register as a list shows it.
 *
 * @param id register id
 * @param kind the kind's name
 * @param kindLabel the kind as the user reads it
 * @param number the letter's number
 * @param date the date on the letter
 * @param signatory who signed
 * @param agency the agency's code
 * @param covers the versions it covers
 * @param scanId the scanned file's id, if any
 * @param scanName the scanned file's name, if any
 * @param registeredAt when it entered the register
 */
public record LetterRow(
    String id,
    String kind,
    String kindLabel,
    String number,
    String date,
    String signatory,
    String agency,
    List<String> covers,
    String scanId,
    String scanName,
    String registeredAt)
    implements Serializable {

  /** The covered versions on one line. */
  public String coversText() {
    return String.join(", ", covers);
  }
}
