package id.go.ntbprov.satudata.web.catalog.ckan;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Licence;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The catalogue in CKAN's dictionaries (CKAN 2.9/2.10 {@code package_show}, {@code
 * organization_show}, {@code group_show}, tags and resources): the field names and types that CKAN
 * clients and harvesters read. Ids are name-based UUIDs, stable across restarts and instances.
 */
public final class CkanDicts {

  /** CKAN's timestamp form: UTC without zone, microseconds. */
  private static final DateTimeFormatter CKAN_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private static final Instant SITE_CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final PublicUrls urls;

  /** Dictionaries with addresses under these URLs. */
  public CkanDicts(PublicUrls urls) {
    this.urls = urls;
  }

  /** A stable UUID for a thing of a kind. */
  public static String id(String kind, String key) {
    return UUID.nameUUIDFromBytes(("satudata:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** A validator of one dataset's state (its {@code package_show} answer's and page's). */
  public static String datasetTag(CatalogDataset d) {
    return d.name()
        + "-"
        + Long.toHexString(d.modified().toEpochMilli())
        + "-"
        + Integer.toHexString(d.history().hashCode());
  }

  /** CKAN's timestamp text. */
  public static String time(Instant t) {
    return CKAN_TIME.format(t);
  }

  /** The package dictionary of {@code package_show} and {@code package_search}. */
  public JsonObject dataset(CatalogDataset d) {
    String id = id("dataset", d.name());
    JsonArrayBuilder resources = JSON.createArrayBuilder();
    int position = 0;
    for (CatalogDataset.Release r : d.distributions()) {
      for (String format : Snapshot.FORMATS) {
        resources.add(resource(d, id, r, format, position++));
      }
    }
    List<String> tags = Snapshot.tags(d);
    JsonArrayBuilder tagArray = JSON.createArrayBuilder();
    for (String t : tags) {
      tagArray.add(tag(t));
    }
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("id", id)
            .add("name", d.name())
            .add("title", d.title())
            .add("notes", d.description())
            .add("type", "dataset")
            .add("state", d.active() ? "active" : "deleted")
            .add("private", false)
            .add("isopen", true)
            .add("license_id", Licence.ID)
            .add("license_title", Licence.title())
            .add("license_url", Licence.url())
            .add("author", d.agencyName())
            .addNull("author_email")
            .add("maintainer", d.agencyName())
            .addNull("maintainer_email")
            .add("url", urls.dataset(d.name()))
            .add("version", d.distributions().isEmpty() ? "" : versionLabel(d))
            .add("metadata_created", time(d.created()))
            .add("metadata_modified", time(d.modified()))
            .addNull("creator_user_id")
            .add("owner_org", id("organization", d.agency()))
            .add("organization", organization(d.agency(), d.agencyName(), -1))
            .add("groups", JSON.createArrayBuilder().add(group(d.topic(), -1)))
            .add("tags", tagArray)
            .add("num_tags", tags.size())
            .add("resources", resources)
            .add("num_resources", d.distributions().size() * Snapshot.FORMATS.size())
            .add("extras", extras(d))
            .add("relationships_as_object", JSON.createArrayBuilder())
            .add("relationships_as_subject", JSON.createArrayBuilder());
    return b.build();
  }

  private static String versionLabel(CatalogDataset d) {
    return d.distributions().stream()
        .map(r -> r.id().period() + "/v" + r.id().version())
        .collect(Collectors.joining(", "));
  }

  private JsonObject resource(
      CatalogDataset d, String packageId, CatalogDataset.Release r, String format, int position) {
    return JSON.createObjectBuilder()
        .add("id", id("resource", r.id() + "." + format))
        .add("package_id", packageId)
        .add("name", d.title() + " " + r.id().period() + " (" + format + ")")
        .add(
            "description",
            "Periode "
                + r.id().period()
                + ", versi "
                + r.id().version()
                + ", "
                + r.rows()
                + " baris")
        .add("url", urls.download(d.name(), r, format))
        .add("format", format)
        .add("mimetype", mediaType(format))
        .add("created", time(r.publishedAt()))
        .add("last_modified", time(r.publishedAt()))
        .add("metadata_modified", time(r.publishedAt()))
        .add("position", position)
        .add("state", "active")
        .addNull("url_type")
        .addNull("size")
        .add("hash", "")
        .add("datastore_active", false)
        .addNull("resource_type")
        .build();
  }

  /** The media type of a download format. */
  public static String mediaType(String format) {
    return switch (format.toUpperCase(Locale.ROOT)) {
      case "CSV" -> "text/csv";
      case "XLSX" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "JSON" -> "application/json";
      default -> throw new IllegalArgumentException(format);
    };
  }

  private static JsonArrayBuilder extras(CatalogDataset d) {
    JsonArrayBuilder e = JSON.createArrayBuilder();
    extra(e, "periodicity", d.periodicity().name().toLowerCase(Locale.ROOT));
    extra(e, "region_level", d.regionLevel().name().toLowerCase(Locale.ROOT));
    extra(e, "years", d.years().stream().map(String::valueOf).collect(Collectors.joining(",")));
    extra(e, "data_list_item", d.item().toString());
    extra(e, "konsep", d.standard().konsep());
    extra(e, "definisi", d.standard().definisi());
    extra(e, "klasifikasi", d.standard().klasifikasi());
    extra(e, "ukuran", d.standard().ukuran());
    extra(e, "satuan", d.standard().satuan());
    extra(
        e,
        "variables",
        d.variables().stream()
            .map(v -> v.name() + (v.unit().isEmpty() ? "" : " (" + v.unit() + ")"))
            .collect(Collectors.joining(", ")));
    d.withdrawalReason().filter(x -> !d.active()).ifPresent(r -> extra(e, "withdrawal_reason", r));
    return e;
  }

  private static void extra(JsonArrayBuilder e, String key, String value) {
    if (value != null && !value.isEmpty()) {
      e.add(JSON.createObjectBuilder().add("key", key).add("value", value));
    }
  }

  /** The variables of a dataset as data dictionary entries (name, label, type, unit). */
  public static JsonArrayBuilder variables(List<Variable> variables) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Variable v : variables) {
      a.add(
          JSON.createObjectBuilder()
              .add("name", v.name())
              .add("label", v.label())
              .add("type", v.type().name().toLowerCase(Locale.ROOT))
              .add("unit", v.unit()));
    }
    return a;
  }

  /** A tag dictionary. */
  public static JsonObject tag(String name) {
    return JSON.createObjectBuilder()
        .add("id", id("tag", name.toLowerCase(Locale.ROOT)))
        .add("name", name)
        .add("display_name", name)
        .add("state", "active")
        .addNull("vocabulary_id")
        .build();
  }

  /**
   * An organisation dictionary.
   *
   * @param packageCount the number of datasets, or negative to leave it out
   */
  public JsonObjectBuilder organization(String agency, String agencyName, int packageCount) {
    String name = CatalogDataset.organizationName(agency);
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("id", id("organization", agency))
            .add("name", name)
            .add("title", agencyName)
            .add("display_name", agencyName)
            .add("type", "organization")
            .add("description", agencyName + " (" + agency + ")")
            .add("image_url", "")
            .add("image_display_url", "")
            .add("created", time(SITE_CREATED))
            .add("is_organization", true)
            .add("approval_status", "approved")
            .add("state", "active");
    if (packageCount >= 0) {
      b.add("package_count", packageCount);
    }
    return b;
  }

  /**
   * A group dictionary (a topic).
   *
   * @param packageCount the number of datasets, or negative to leave it out
   */
  public JsonObjectBuilder group(String topic, int packageCount) {
    String name = CatalogDataset.groupName(topic);
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("id", id("group", name))
            .add("name", name)
            .add("title", topic)
            .add("display_name", topic)
            .add("type", "group")
            .add("description", "")
            .add("image_url", "")
            .add("image_display_url", "")
            .add("created", time(SITE_CREATED))
            .add("is_organization", false)
            .add("approval_status", "approved")
            .add("state", "active");
    if (packageCount >= 0) {
      b.add("package_count", packageCount);
    }
    return b;
  }
}
