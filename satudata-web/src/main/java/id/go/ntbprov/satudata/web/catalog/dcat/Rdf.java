package id.go.ntbprov.satudata.web.catalog.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few RDF terms the catalogue writes: resources named by IRI with their types and properties,
 * and literals (plain, language-tagged or typed). Each node is written at once by a {@link
 * RdfWriter}, so a catalogue of any size streams.
 */
final class Rdf {

  private Rdf() {}

  /** Prefixes used in both serialisations. */
  static final Map<String, String> PREFIXES =
      java.util.Collections.unmodifiableMap(
          new java.util.LinkedHashMap<>(
              Map.of(
                  "dcat", "http://www.w3.org/ns/dcat#",
                  "dct", "http://purl.org/dc/terms/",
                  "foaf", "http://xmlns.com/foaf/0.1/",
                  "vcard", "http://www.w3.org/2006/vcard/ns#",
                  "skos", "http://www.w3.org/2004/02/skos/core#",
                  "xsd", "http://www.w3.org/2001/XMLSchema#",
                  "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));

  /** An object: an IRI or a literal. */
  sealed interface Term permits Iri, Literal {}

  /** An IRI reference. */
  record Iri(String value) implements Term {}

  /**
   * A literal.
   *
   * @param lexical its text
   * @param language a language tag, or null
   * @param datatype a compact datatype such as {@code xsd:dateTime}, or null
   */
  record Literal(String lexical, String language, String datatype) implements Term {}

  /** One property value. */
  record Property(String predicate, Term object) {}

  /** A subject with its types and properties. */
  static final class Node {
    final String iri;
    final List<String> types = new ArrayList<>();
    final List<Property> properties = new ArrayList<>();

    Node(String iri, String... types) {
      this.iri = safe(iri);
      this.types.addAll(List.of(types));
    }

    Node iri(String predicate, String iri) {
      properties.add(new Property(predicate, new Iri(safe(iri))));
      return this;
    }

    Node text(String predicate, String text, String language) {
      if (text != null && !text.isBlank()) {
        properties.add(new Property(predicate, new Literal(text, language, null)));
      }
      return this;
    }

    Node typed(String predicate, String lexical, String datatype) {
      properties.add(new Property(predicate, new Literal(lexical, null, datatype)));
      return this;
    }
  }

  /**
   * The IRI with the characters an IRI may not hold (controls, space, {@code <>"{}|^`\\})
   * percent-encoded, so that both serialisations carry the same IRI.
   */
  static String safe(String iri) {
    StringBuilder u = new StringBuilder(iri.length());
    iri.codePoints()
        .forEach(
            cp -> {
              if (cp <= 0x20 || cp == 0x7f || (cp < 0x80 && "<>\"{}|^`\\".indexOf(cp) >= 0)) {
                u.append('%').append(String.format("%02X", cp));
              } else {
                u.appendCodePoint(cp);
              }
            });
    return u.toString();
  }

  /** Expands a compact IRI ({@code dct:title}) with {@link #PREFIXES}. */
  static String expand(String compact) {
    int colon = compact.indexOf(':');
    String ns = colon < 0 ? null : PREFIXES.get(compact.substring(0, colon));
    return ns == null ? compact : ns + compact.substring(colon + 1);
  }
}
