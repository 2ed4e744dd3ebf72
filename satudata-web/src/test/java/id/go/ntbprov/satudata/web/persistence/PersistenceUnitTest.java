package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The production unit as the server reads it: JTA on {@code jdbc/satudata}, no DDL, every mapped
 * class of the package listed (Payara does not scan a jar in WEB-INF/lib for them).
 */
class PersistenceUnitTest {

  @Test
  void productionUnitListsEveryMappedClass() throws Exception {
    Document xml;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
      xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    Element unit = (Element) xml.getElementsByTagName("persistence-unit").item(0);
    assertThat(unit.getAttribute("name")).isEqualTo("satudata");
    assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
    assertThat(text(unit, "jta-data-source")).containsExactly("jdbc/satudata");
    assertThat(text(unit, "exclude-unlisted-classes")).containsExactly("true");
    List<String> properties = new ArrayList<>();
    NodeList props = unit.getElementsByTagName("property");
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      properties.add(p.getAttribute("name") + "=" + p.getAttribute("value"));
    }
    assertThat(properties)
        .contains(
            "eclipselink.ddl-generation=none",
            "jakarta.persistence.schema-generation.database.action=none",
            "eclipselink.logging.level=WARNING")
        .noneMatch(p -> p.startsWith("eclipselink.target-database"));
    assertThat(text(unit, "class")).containsExactlyInAnyOrderElementsOf(mappedClasses());
  }

  private static List<String> text(Element parent, String tag) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  /** Classes of this package (in target/classes) annotated as JPA-managed. */
  private static List<String> mappedClasses() throws URISyntaxException, Exception {
    Path dir =
        Path.of(VersionedEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(VersionedEntity.class.getPackageName().replace('.', '/'));
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> c =
            Class.forName(
                VersionedEntity.class.getPackageName() + "." + name.replace(".class", ""));
        if (c.isAnnotationPresent(Entity.class)
            || c.isAnnotationPresent(Embeddable.class)
            || c.isAnnotationPresent(MappedSuperclass.class)
            || c.isAnnotationPresent(Converter.class)) {
          out.add(c.getName());
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(15);
    return out;
  }
}
