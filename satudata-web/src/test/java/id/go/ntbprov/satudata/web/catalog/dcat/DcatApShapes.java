package id.go.ntbprov.satudata.web.catalog.dcat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The DCAT-AP 2.1.1 core and range shapes (test resources under {@code dcat-ap/2.1.1/}, copied
 * unchanged from SEMIC's release: see {@code SOURCE.md} there), and validation with Apache Jena's
 * SHACL engine.
 */
public final class DcatApShapes {

  private static final String FOLDER = "/dcat-ap/2.1.1/";

  private static Shapes shapes;

  private DcatApShapes() {}

  /** The core shapes and the range shapes, parsed once. */
  public static synchronized Shapes shapes() {
    if (shapes == null) {
      Graph g = GraphFactory.createDefaultGraph();
      read(g, "dcat-ap_2.1.1_shacl_shapes.ttl");
      read(g, "dcat-ap_2.1.1_shacl_range.ttl");
      shapes = Shapes.parse(g);
    }
    return shapes;
  }

  private static void read(Graph g, String name) {
    try (InputStream in = DcatApShapes.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new AssertionError("DCAT-AP 2.1.1 shapes not on the class path: " + FOLDER + name);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses RDF text. */
  public static Graph parse(String text, Lang lang) {
    return RDFParser.fromString(text, lang).toGraph();
  }

  /** Validates; on failure the report's text is in the error. */
  public static void requireConforms(Graph data) {
    ValidationReport report = ShaclValidator.get().validate(shapes(), data);
    if (!report.conforms()) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ShLib.printReport(
          new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), report);
      throw new AssertionError(
          "DCAT-AP 2.1.1 violations:\n" + out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
