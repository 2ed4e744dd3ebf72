package id.go.ntbprov.satudata.core.conformity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The conformity check, like the whole core, depends on the JDK and the core only. */
class ConformityDependencyTest {

  @Test
  void conformityUsesOnlyTheJdkAndTheCore() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.ntbprov.satudata.core.conformity");
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "id.go.ntbprov.satudata.core..")
        .check(classes);
  }
}
