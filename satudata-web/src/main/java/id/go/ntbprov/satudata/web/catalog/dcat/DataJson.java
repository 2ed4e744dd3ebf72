package id.go.ntbprov.satudata.web.catalog.dcat;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Licence;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;

/**
 * The catalogue as a Project Open Data v1.1 {@code data.json}: every active dataset with its
 * distributions (one per published version and format).
 */
public final class DataJson {

  private final PublicUrls urls;
  private final Texts texts;

  /** The catalogue at these addresses. */
  public DataJson(PublicUrls urls, Texts texts) {
    this.urls = urls;
    this.texts = texts;
  }

  /** Writes {@code data.json}. */
  public void write(Snapshot snapshot, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject()
          .write("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld")
          .write("@id", urls.base() + "data.json")
          .write("@type", "dcat:Catalog")
          .write("conformsTo", "https://project-open-data.cio.gov/v1.1/schema")
          .write("describedBy", "https://project-open-data.cio.gov/v1.1/schema/catalog.json")
          .writeStartArray("dataset");
      for (CatalogDataset d : snapshot.active()) {
        dataset(g, d);
      }
      g.writeEnd().writeEnd();
    }
  }

  private void dataset(JsonGenerator g, CatalogDataset d) {
    g.writeStartObject()
        .write("@type", "dcat:Dataset")
        .write("identifier", urls.dataset(d.name()))
        .write("title", d.title())
        .write("description", d.description().isBlank() ? d.title() : d.description())
        .writeStartArray("keyword");
    Snapshot.tags(d).forEach(g::write);
    g.writeEnd()
        .write("issued", DcatCatalog.time(d.created()))
        .write("modified", DcatCatalog.time(d.modified()))
        .writeStartObject("publisher")
        .write("@type", "org:Organization")
        .write("name", d.agencyName())
        .writeStartObject("subOrganizationOf")
        .write("@type", "org:Organization")
        .write("name", DcatCatalog.publisherName())
        .writeEnd()
        .writeEnd()
        .writeStartObject("contactPoint")
        .write("@type", "vcard:Contact")
        .write("fn", d.agencyName())
        .write("hasEmail", "mailto:" + DcatCatalog.contactEmail())
        .writeEnd()
        .write("accessLevel", "public")
        .write("license", Licence.url())
        .write("landingPage", urls.dataset(d.name()))
        .write("accrualPeriodicity", iso8601(d))
        .write("language", texts.language().equals("en") ? "en" : "id")
        .writeStartArray("theme")
        .write(d.topic())
        .writeEnd();
    if (!d.distributions().isEmpty()) {
      int first =
          d.distributions().stream().mapToInt(r -> r.id().period().year()).min().orElseThrow();
      int last =
          d.distributions().stream().mapToInt(r -> r.id().period().year()).max().orElseThrow();
      g.write("temporal", first + "-01-01/" + last + "-12-31");
    }
    g.writeStartArray("distribution");
    for (CatalogDataset.Release r : d.distributions()) {
      for (String f : Snapshot.FORMATS) {
        g.writeStartObject()
            .write("@type", "dcat:Distribution")
            .write("title", d.title() + " " + r.id().period() + " (" + f + ")")
            .write("downloadURL", urls.download(d.name(), r, f))
            .write("mediaType", CkanDicts.mediaType(f))
            .write("format", f)
            .writeEnd();
      }
    }
    g.writeEnd().writeEnd();
  }

  private static String iso8601(CatalogDataset d) {
    return switch (d.periodicity()) {
      case ANNUAL -> "R/P1Y";
      case QUARTERLY -> "R/P3M";
      case MONTHLY -> "R/P1M";
    };
  }
}
