package id.go.ntbprov.satudata.web.catalog.dcat;

import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.web.app.Settings;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.Licence;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import id.go.ntbprov.satudata.web.catalog.ckan.CkanDicts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

/**
 * The public catalogue as DCAT-AP 2.1.1: one {@code dcat:Catalog}, a {@code dcat:Dataset} per
 * active dataset and a {@code dcat:Distribution} per published version and format (CSV, XLSX,
 * JSON). Every object of a property the DCAT-AP range shapes constrain is typed in the output
 * itself (publisher {@code foaf:Agent}, licence {@code dct:LicenseDocument}, format {@code
 * dct:MediaTypeOrExtent}, ...), so the output validates without loading the vocabularies; EU
 * authority tables name languages, frequencies and file types. Written by hand rather than with
 * Apache Jena (about 15 MB of jars for a fixed, small vocabulary); the tests validate it with
 * Jena's SHACL engine against the DCAT-AP shapes.
 */
public final class DcatCatalog {

  private static final String EU = "http://publications.europa.eu/resource/authority/";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

  private final PublicUrls urls;
  private final Texts texts;

  /** The catalogue at these addresses, its texts in this language. */
  public DcatCatalog(PublicUrls urls, Texts texts) {
    this.urls = urls;
    this.texts = texts;
  }

  /** Writes the whole catalogue. */
  public void write(Snapshot snapshot, RdfWriter out) {
    String lang = texts.language();
    String publisher = urls.base() + "#publisher";
    Rdf.Node catalog =
        new Rdf.Node(urls.catalog(), "dcat:Catalog")
            .text("dct:title", texts.get("site.title"), lang)
            .text("dct:description", texts.get("site.description"), lang)
            .iri("dct:publisher", publisher)
            .iri("foaf:homepage", urls.base())
            .iri("dct:language", EU + "language/IND")
            .iri("dct:license", Licence.url())
            .typed("dct:modified", time(snapshot.lastModified()), "xsd:dateTime");
    for (CatalogDataset d : snapshot.active()) {
      catalog.iri("dcat:dataset", datasetIri(d));
    }
    out.node(catalog);
    out.node(
        new Rdf.Node(publisher, "foaf:Agent", "foaf:Organization")
            .text("foaf:name", publisherName(), lang));
    out.node(new Rdf.Node(urls.base(), "foaf:Document"));
    out.node(new Rdf.Node(EU + "language/IND", "dct:LinguisticSystem"));
    out.node(
        new Rdf.Node(Licence.url(), "dct:LicenseDocument")
            .text("dct:title", Licence.title(), null));
    for (String f : Snapshot.FORMATS) {
      out.node(new Rdf.Node(EU + "file-type/" + f, "dct:MediaTypeOrExtent"));
      out.node(new Rdf.Node(ianaType(f), "dct:MediaType"));
    }
    for (String freq : new String[] {"ANNUAL", "QUARTERLY", "MONTHLY"}) {
      out.node(new Rdf.Node(EU + "frequency/" + freq, "dct:Frequency"));
    }
    java.util.Set<String> agents = new java.util.HashSet<>();
    java.util.Set<String> themes = new java.util.HashSet<>();
    for (CatalogDataset d : snapshot.active()) {
      dataset(d, out, lang);
      String agent = agent(d);
      if (agents.add(agent)) {
        out.node(
            new Rdf.Node(agent, "foaf:Agent", "foaf:Organization")
                .text("foaf:name", d.agencyName(), lang));
      }
      String theme = theme(d);
      if (themes.add(theme)) {
        out.node(new Rdf.Node(theme, "skos:Concept").text("skos:prefLabel", d.topic(), lang));
      }
    }
    out.close();
  }

  private void dataset(CatalogDataset d, RdfWriter out, String lang) {
    String page = urls.dataset(d.name());
    String iri = datasetIri(d);
    Rdf.Node ds =
        new Rdf.Node(iri, "dcat:Dataset")
            .text("dct:title", d.title(), lang)
            .text("dct:description", d.description().isBlank() ? d.title() : d.description(), lang)
            .text("dct:identifier", d.name(), null)
            .iri("dct:publisher", agent(d))
            .iri("dcat:contactPoint", page + "#contact")
            .iri("dcat:landingPage", page)
            .iri("dcat:theme", theme(d))
            .iri("dct:accrualPeriodicity", EU + "frequency/" + d.periodicity().name())
            .iri("dct:language", EU + "language/IND")
            .typed("dct:issued", time(d.created()), "xsd:dateTime")
            .typed("dct:modified", time(d.modified()), "xsd:dateTime");
    for (String tag : Snapshot.tags(d)) {
      ds.text("dcat:keyword", tag, lang);
    }
    Optional<Period> first =
        d.distributions().stream().map(r -> r.id().period()).min(Comparator.naturalOrder());
    Optional<Period> last =
        d.distributions().stream().map(r -> r.id().period()).max(Comparator.naturalOrder());
    if (first.isPresent()) {
      ds.iri("dct:temporal", page + "#temporal");
    }
    for (CatalogDataset.Release r : d.distributions()) {
      for (String f : Snapshot.FORMATS) {
        ds.iri("dcat:distribution", urls.download(d.name(), r, f));
      }
    }
    out.node(ds);
    out.node(new Rdf.Node(page, "foaf:Document"));
    out.node(
        new Rdf.Node(page + "#contact", "vcard:Kind", "vcard:Organization")
            .text("vcard:fn", d.agencyName(), null)
            .iri("vcard:hasEmail", "mailto:" + contactEmail()));
    if (first.isPresent()) {
      out.node(
          new Rdf.Node(page + "#temporal", "dct:PeriodOfTime")
              .typed("dcat:startDate", first.get().firstDay().toString(), "xsd:date")
              .typed(
                  "dcat:endDate", last.get().endExclusive().minusDays(1).toString(), "xsd:date"));
    }
    for (CatalogDataset.Release r : d.distributions()) {
      for (String f : Snapshot.FORMATS) {
        String url = urls.download(d.name(), r, f);
        out.node(
            new Rdf.Node(url, "dcat:Distribution")
                .text("dct:title", d.title() + " " + r.id().period() + " (" + f + ")", lang)
                .iri("dcat:accessURL", url)
                .iri("dcat:downloadURL", url)
                .iri("dct:format", EU + "file-type/" + f)
                .iri("dcat:mediaType", ianaType(f))
                .iri("dct:license", Licence.url())
                .typed("dct:issued", time(r.publishedAt()), "xsd:dateTime")
                .typed("dct:modified", time(r.publishedAt()), "xsd:dateTime"));
      }
    }
  }

  private String agent(CatalogDataset d) {
    return urls.organization(CatalogDataset.organizationName(d.agency()));
  }

  private String theme(CatalogDataset d) {
    return urls.base() + "?groups=" + CatalogDataset.groupName(d.topic());
  }

  /** The media type's IANA address. */
  static String ianaType(String format) {
    return "https://www.iana.org/assignments/media-types/" + CkanDicts.mediaType(format);
  }

  /** The publisher of the catalogue (the Walidata). */
  static String publisherName() {
    return Settings.get("SATUDATA_PUBLISHER_NAME")
        .orElse("Dinas Komunikasi, Informatika dan Statistik Provinsi Nusa Tenggara Barat");
  }

  /** Where the public writes about the data. */
  static String contactEmail() {
    return Settings.get("SATUDATA_CONTACT_EMAIL").orElse("satudata@ntbprov.go.id");
  }

  static String time(Instant t) {
    return DATE_TIME.format(t);
  }

  /** The dataset's IRI: its page's address with {@code #dataset}. */
  String datasetIri(CatalogDataset d) {
    return urls.dataset(d.name()) + "#dataset";
  }
}
