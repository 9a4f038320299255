package org.exposure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md fixes for core, checked on the compiled classes. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.exposure");

  /**
   * Every package by its full name, the root package {@code org.exposure} included (a pattern such
   * as {@code org.exposure.(*)..} leaves the root's classes out of every slice).
   */
  static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      return SliceIdentifier.of(javaClass.getPackageName());
    }

    @Override
    public String getDescription() {
      return "packages by full name";
    }
  };

  @Test
  void packagesAreFreeOfCycles() {
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(CORE);
  }

  /** The root package's entry points are the top: no other package depends on them. */
  @Test
  void noPackageDependsOnTheEntryPoint() {
    noClasses().that().resideOutsideOfPackage("org.exposure")
        .should().dependOnClassesThat().resideInAPackage("org.exposure")
        .check(CORE);
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
