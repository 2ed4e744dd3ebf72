package id.go.ntbprov.satudata.web.catalog;

import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One dataset of the public catalogue: an agreed data list item with at least one version that was
 * ever published. Its distributions are the PUBLISHED version of each period; superseded and
 * withdrawn versions are its history. A dataset with no PUBLISHED version left is a tombstone
 * (every version withdrawn): its metadata and the reason stay visible, its data does not.
 *
 * @param name the stable public name, e.g. {@code 2026-kes-001} (CKAN's {@code name})
 * @param item the data list item
 * @param title title
 * @param description description
 * @param topic topic (CKAN group, DCAT keyword)
 * @param agency the producing agency's code
 * @param agencyName the producing agency's name
 * @param periodicity how often it is produced
 * @param regionLevel the finest region level
 * @param standard the data standard
 * @param variables the columns
 * @param regionVariable the column holding region codes, if any
 * @param periodVariable the column holding the period, if any
 * @param distributions the PUBLISHED version of each period, newest period first
 * @param history every version ever published, newest publication first
 * @param created first publication
 * @param modified last publication or withdrawal
 */
public record CatalogDataset(
    String name,
    DataItemId item,
    String title,
    String description,
    String topic,
    String agency,
    String agencyName,
    Periodicity periodicity,
    RegionLevel regionLevel,
    DataStandard standard,
    List<Variable> variables,
    Optional<String> regionVariable,
    Optional<String> periodVariable,
    List<Release> distributions,
    List<Release> history,
    Instant created,
    Instant modified) {

  /** Copies the lists. */
  public CatalogDataset {
    variables = List.copyOf(variables);
    distributions = List.copyOf(distributions);
    history = List.copyOf(history);
  }

  /** The public name of an item: {@code 2026/KES-001} is {@code 2026-kes-001}. */
  public static String nameOf(DataItemId item) {
    String code = item.code().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    return item.year() + "-" + code;
  }

  /** The organisation name of an agency code: {@code DINKES} is {@code dinkes}. */
  public static String organizationName(String agency) {
    return agency.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
  }

  /** The group name of a topic: "Kesehatan Ibu" is {@code kesehatan-ibu}. */
  public static String groupName(String topic) {
    String n = Text.fold(topic).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return n.isEmpty() ? "lainnya" : n;
  }

  /** True while at least one version is published. */
  public boolean active() {
    return !distributions.isEmpty();
  }

  /** The reason of the last withdrawal, for a tombstone. */
  public Optional<String> withdrawalReason() {
    return history.stream()
        .filter(r -> r.status() == SubmissionStatus.WITHDRAWN)
        .map(Release::note)
        .findFirst();
  }

  /** The years the published data covers, newest first. */
  public List<Integer> years() {
    return distributions.stream().map(r -> r.id().period().year()).distinct().toList();
  }

  /** The published version of a period, if any. */
  public Optional<Release> distribution(Period period) {
    return distributions.stream().filter(r -> r.id().period().equals(period)).findFirst();
  }

  /** A version of the history. */
  public Optional<Release> release(Period period, int version) {
    return history.stream()
        .filter(r -> r.id().period().equals(period) && r.id().version() == version)
        .findFirst();
  }

  /**
   * One version that was published.
   *
   * @param id the submission version
   * @param status PUBLISHED, SUPERSEDED or WITHDRAWN
   * @param publishedAt when it was published
   * @param retiredAt when it was superseded or withdrawn
   * @param note the withdrawal reason or the superseding version
   * @param rows number of data rows
   */
  public record Release(
      SubmissionId id,
      SubmissionStatus status,
      Instant publishedAt,
      Optional<Instant> retiredAt,
      String note,
      long rows) {

    /** True for a version whose data may be downloaded (PUBLISHED or SUPERSEDED). */
    public boolean downloadable() {
      return status == SubmissionStatus.PUBLISHED || status == SubmissionStatus.SUPERSEDED;
    }
  }
}
