package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The element table's text is read strictly: a malformed line fails at start, naming the rule. */
class ElementTableTest {
  private static final String NO_EXTENSIONS = "";
  private static final String NO_CODES = "";
  private static final String NO_PROFILES = "";

  private static ElementTable table(String resources) {
    return new ElementTable(resources, NO_EXTENSIONS, NO_CODES, NO_PROFILES);
  }

  @Test
  void aWellFormedTableIsReadWithCommentsAndChoiceElements() {
    ElementTable t = table("""
        # a comment
        Condition  ABOUT_PATIENT  subject
          code       DIAGNOSIS
          onset[x]   CLINICAL_DATE
        Medication NO_SUBJECT -
          code       MEDICATION
        """);

    assertThat(t.rows()).containsOnlyKeys("Condition", "Medication");
    assertThat(t.row("Condition").role()).isEqualTo(Role.ABOUT_PATIENT);
    assertThat(t.row("Condition").patient().name()).isEqualTo("subject");
    assertThat(t.row("Condition").elements()).extracting(ElementTable.Element::path)
        .containsExactly("Condition.code", "Condition.onset");
    assertThat(t.row("Condition").elements().get(1).choice()).isTrue();
    assertThat(t.row("Medication").patient()).isNull();
    assertThat(t.row("Medication").elements()).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(FieldType.MEDICATION));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("  code DIAGNOSIS\n", "an element line has a path and a type"),
        Arguments.of("Condition ABOUT_PATIENT\n", "a resource line has a type, a role and a patient"),
        Arguments.of("Condition ABOUT_PATIENT -\n", "names her element"),
        Arguments.of("Medication NO_SUBJECT subject\n", "names her element"),
        Arguments.of("Condition ABOUT_PATIENT subject\n  value[x].code DIAGNOSIS\n",
            "only the last step is a choice"),
        Arguments.of("Condition ABOUT_PATIENT subject\n  code\n", "an element line has a path"),
        Arguments.of("Condition ABOUT_PATIENT subject\nCondition ABOUT_PATIENT subject\n",
            "a resource type appears once"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedLineIsRefusedWithItsRule(String resources, String rule) {
    assertThatThrownBy(() -> table(resources)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("FHIR element table: ").hasMessageContaining(rule);
  }

  @Test
  void anUnknownTypeOrRoleIsRefused() {
    assertThatThrownBy(() -> table("Condition ABOUT_PATIENT subject\n  code DIAGNOSES\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DIAGNOSES");
    assertThatThrownBy(() -> table("Condition SUBJECT subject\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUBJECT");
  }

  @Test
  void malformedExtensionAndCodeLinesAreRefused() {
    assertThatThrownBy(() -> new ElementTable("", "http://x/y\n", NO_CODES, NO_PROFILES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a URL and a type");
    assertThatThrownBy(() -> new ElementTable("", NO_EXTENSIONS, "http://loinc.org 1-8 TEST_RESULT\n",
        NO_PROFILES)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a tag");
  }
}
