package id.go.ntbprov.satudata.web.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** JSON-P goes through the one kept provider, never through {@code jakarta.json.Json}. */
class SharedJsonTest {

  @Test
  void noApplicationClassLooksTheProviderUpPerCall() {
    JavaClasses web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.ntbprov.satudata.web");
    assertThat(web).isNotEmpty();
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.json.Json")
        .because("jakarta.json.Json looks the provider up with a ServiceLoader on every call")
        .check(web);
  }

  @Test
  void theProviderBuildsAsJsonDoes() {
    assertThat(SharedJson.JSON.createObjectBuilder().add("a", 1).build().toString())
        .isEqualTo("{\"a\":1}");
  }
}
