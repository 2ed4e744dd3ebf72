package id.go.ntbprov.satudata.web.catalog.dcat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The DCAT-AP 2.1.1 core and range shapes from the project's shared conformance folder ({@code
 * ../shared/conformance/dcat-ap/dcat-ap-2.1.1} beside the repository), and validation with Apache
 * Jena's SHACL engine.
 */
public final class DcatApShapes {

  private static Shapes shapes;

  private DcatApShapes() {}

  /** The folder of the shapes, found upwards from the working directory. */
  public static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path p = dir.resolve("shared/conformance/dcat-ap/dcat-ap-2.1.1");
      if (Files.isDirectory(p)) {
        return p;
      }
      dir = dir.getParent();
    }
    throw new AssertionError(
        "DCAT-AP 2.1.1 shapes not found: expected shared/conformance/dcat-ap/dcat-ap-2.1.1 in a"
            + " parent folder of "
            + Path.of("").toAbsolutePath());
  }

  /** The core shapes and the range shapes, parsed once. */
  public static synchronized Shapes shapes() {
    if (shapes == null) {
      Graph g = GraphFactory.createDefaultGraph();
      RDFDataMgr.read(g, folder().resolve("dcat-ap_2.1.1_shacl_shapes.ttl").toString());
      RDFDataMgr.read(g, folder().resolve("dcat-ap_2.1.1_shacl_range.ttl").toString());
      shapes = Shapes.parse(g);
    }
    return shapes;
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
