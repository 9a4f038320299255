package org.exposure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
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

  /**
   * A public class is API: it lives in a package the module exports (read from the compiled
   * module-info). What is not API is package-private, so that changing it breaks no one.
   */
  @Test
  void publicClassesLiveOnlyInExportedPackages() throws Exception {
    // The core's own descriptor, beside its classes: on the class path, a resource lookup may find
    // a JDK module's first.
    Path classes = Path.of(ExposureAnalysis.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.name()).isEqualTo("org.exposure.core");
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).contains("org.exposure", "org.exposure.spi", "org.exposure.model");
    classes().that().arePublic().and().areTopLevelClasses()
        .should().resideInAnyPackage(exported.toArray(String[]::new))
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
