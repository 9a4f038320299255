package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's own rules: how FHIR paths are grouped, and that the truth reads back as written. */
class EvaluationTest {

  @Test
  void fhirPathsAreGroupedByResourceAndTopElement() {
    assertThat(Evaluation.group("Patient.identifier(bsn)")).isEqualTo("Patient.identifier");
    assertThat(Evaluation.group("Patient.telecom(phone)")).isEqualTo("Patient.telecom");
    assertThat(Evaluation.group("Patient.address.line.houseNumber")).isEqualTo("Patient.address");
    assertThat(Evaluation.group("Observation.valueQuantity")).isEqualTo("Observation.value[x]");
    assertThat(Evaluation.group("Observation.effectiveDateTime"))
        .isEqualTo("Observation.effective[x]");
    assertThat(Evaluation.group("MedicationRequest.medicationCodeableConcept"))
        .isEqualTo("MedicationRequest.medication[x]");
    assertThat(Evaluation.group("Encounter.period.start")).isEqualTo("Encounter.period");
    assertThat(Evaluation.group("Observation.code")).isEqualTo("Observation.code");
    assertThat(Evaluation.group("Patient.id")).isNull();
    assertThat(Evaluation.group("Patient.meta.lastUpdated")).isNull();
    assertThat(Evaluation.group("Patient")).isNull();
  }

  @Test
  void aTruthFileWithAnUnknownLineIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.truth.tsv");
    Files.writeString(file, "layout\tx\tNL\tcsv\ncolumn\tx.csv\t1\tBSN\tNATIONAL_ID\n");
    assertThatThrownBy(() -> Truth.read(file)).hasMessageContaining("unknown line kind column");
    Files.writeString(file, "field\tx.csv\t1\tBSN\tNATIONAL_ID\n");
    assertThatThrownBy(() -> Truth.read(file)).hasMessageContaining("no layout line");
  }

  @Test
  void truthReadsBackAsWritten(@TempDir Path dir) throws IOException {
    Truth truth = new Truth("x-layout", Country.FR, "csv",
        List.of(new Truth.Field("x.csv", 1, "N° sécurité sociale", FieldType.NATIONAL_ID),
            new Truth.Field("x.csv", 2, "", FieldType.OTHER)),
        List.of(new Truth.Subject(1, ResultGrade.ABNORMAL_HIGH_GRADE,
            List.of("x.csv:2:0", "x.csv:5:0")), new Truth.Subject(2, ResultGrade.NONE,
            List.of("x.csv:3:0"))));
    Path file = dir.resolve("x.truth.tsv");
    truth.write(file);
    assertThat(Truth.read(file)).isEqualTo(truth);
    assertThat(Files.readString(file)).contains("subject\t1\tABNORMAL_HIGH_GRADE\tx.csv:2:0 x.csv:5:0");
  }
}
