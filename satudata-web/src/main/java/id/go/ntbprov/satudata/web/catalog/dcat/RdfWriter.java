package id.go.ntbprov.satudata.web.catalog.dcat;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes nodes one by one as Turtle or as JSON-LD (with its context inline). */
interface RdfWriter extends AutoCloseable {

  /** Writes one node. */
  void node(Rdf.Node node);

  /** Ends the document. */
  @Override
  void close();

  /** Turtle (RDF 1.1), UTF-8. */
  static RdfWriter turtle(Writer out) {
    return new Turtle(out);
  }

  /** JSON-LD 1.1: {@code {"@context": {...}, "@graph": [...]}}, compact IRIs, context inline. */
  static RdfWriter jsonLd(OutputStream out) {
    return new JsonLd(out);
  }

  /** Turtle. */
  final class Turtle implements RdfWriter {
    private final Writer out;

    Turtle(Writer out) {
      this.out = out;
      for (Map.Entry<String, String> p : Rdf.PREFIXES.entrySet()) {
        write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
      }
      write("\n");
    }

    @Override
    public void node(Rdf.Node n) {
      StringBuilder b = new StringBuilder();
      b.append(iri(n.iri));
      String sep = "\n    ";
      if (!n.types.isEmpty()) {
        b.append(sep).append("a ").append(String.join(", ", n.types));
        sep = " ;\n    ";
      }
      for (Rdf.Property p : n.properties) {
        b.append(sep).append(p.predicate()).append(' ').append(term(p.object()));
        sep = " ;\n    ";
      }
      b.append(" .\n\n");
      write(b.toString());
    }

    private static String term(Rdf.Term t) {
      if (t instanceof Rdf.Iri i) {
        return iri(i.value());
      }
      Rdf.Literal l = (Rdf.Literal) t;
      String s = "\"" + escape(l.lexical()) + "\"";
      if (l.language() != null) {
        return s + "@" + l.language();
      }
      return l.datatype() == null ? s : s + "^^" + l.datatype();
    }

    /** An IRI reference (already made safe by {@link Rdf#safe}). */
    static String iri(String iri) {
      return "<" + iri + ">";
    }

    static String escape(String s) {
      StringBuilder b = new StringBuilder(s.length() + 8);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> b.append("\\\\");
          case '"' -> b.append("\\\"");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          case '\b' -> b.append("\\b");
          case '\f' -> b.append("\\f");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              b.append(String.format("\\u%04X", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      return b.toString();
    }

    private void write(String s) {
      try {
        out.write(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** JSON-LD. */
  final class JsonLd implements RdfWriter {
    private final JsonGenerator g;

    JsonLd(OutputStream out) {
      g = JSON.createGenerator(out);
      g.writeStartObject().writeStartObject("@context");
      for (Map.Entry<String, String> p : Rdf.PREFIXES.entrySet()) {
        g.write(p.getKey(), p.getValue());
      }
      g.writeEnd().writeStartArray("@graph");
    }

    @Override
    public void node(Rdf.Node n) {
      g.writeStartObject().write("@id", n.iri);
      if (!n.types.isEmpty()) {
        g.writeStartArray("@type");
        n.types.forEach(g::write);
        g.writeEnd();
      }
      Map<String, List<Rdf.Term>> byPredicate = new LinkedHashMap<>();
      for (Rdf.Property p : n.properties) {
        byPredicate
            .computeIfAbsent(p.predicate(), k -> new java.util.ArrayList<>())
            .add(p.object());
      }
      for (Map.Entry<String, List<Rdf.Term>> e : byPredicate.entrySet()) {
        g.writeStartArray(e.getKey());
        for (Rdf.Term t : e.getValue()) {
          g.writeStartObject();
          if (t instanceof Rdf.Iri i) {
            g.write("@id", i.value());
          } else {
            Rdf.Literal l = (Rdf.Literal) t;
            g.write("@value", l.lexical());
            if (l.language() != null) {
              g.write("@language", l.language());
            } else if (l.datatype() != null) {
              g.write("@type", l.datatype());
            }
          }
          g.writeEnd();
        }
        g.writeEnd();
      }
      g.writeEnd();
    }

    @Override
    public void close() {
      g.writeEnd().writeEnd();
      g.close();
    }
  }
}
