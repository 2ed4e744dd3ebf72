package id.go.ntbprov.satudata.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core depends on the JDK only, so that other regencies can embed it anywhere: its classes may
 * use nothing outside {@code java..} and the core itself.
 */
@AnalyzeClasses(
    packages = "id.go.ntbprov.satudata.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

  @ArchTest
  static final ArchRule coreUsesOnlyTheJdk =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("id.go.ntbprov.satudata.core..", "java..");

  @ArchTest
  static final ArchRule noFrameworkAnnotations =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "javax..", "org..", "com..");

  @ArchTest
  static final ArchRule rulesDependOnNothingElseOfTheCore =
      noClasses()
          .that()
          .resideInAPackage("..core.rule..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..core.datalist..", "..core.submission..", "..core.letter..", "..core.evaluation..");
}
