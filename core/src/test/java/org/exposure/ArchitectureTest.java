package org.exposure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md fixes for core, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.exposure");

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.exposure.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void onlyTheCsvPackageUsesCommonsCsv() {
    noClasses().that().resideOutsideOfPackage("org.exposure.csv")
        .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
        .check(CORE);
  }

  @Test
  void coreNeverPrintsNorExits() {
    noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().dependOnClassesThat().resideInAnyPackage("picocli..", "ca.uhn.fhir..",
            "com.fasterxml.jackson..")
        .check(CORE);
  }
}
