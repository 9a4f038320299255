package org.exposure.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.exposure.classify.ColumnMapping;
import org.exposure.classify.InvalidMappingException;
import org.exposure.link.SubjectKeys;
import org.junit.jupiter.api.Test;

/**
 * The command is options, the library and the report: it uses the library's entry points, its
 * model, scores and summaries and the report module, and of the rest only what its options name (a
 * mapping file, a key file); never a reader, the pipeline or the classifier's rules.
 */
class CliArchitectureTest {
  private static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.exposure.cli");

  @Test
  void theCommandUsesTheLibrarysEntryPointsOnly() {
    classes().that().resideInAPackage("org.exposure.cli..")
        .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax..", "picocli..",
            "org.exposure.cli..", "org.exposure", "org.exposure.model..", "org.exposure.score..",
            "org.exposure.cohort..", "org.exposure.report..")
            .or(belongToAnyOf(ColumnMapping.class, InvalidMappingException.class,
                SubjectKeys.class)))
        .check(CLI);
  }
}
