package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.exposure.fhir.FhirFile.Kind;
import org.junit.jupiter.api.Test;

class FhirFileTest {

  @Test
  void theTopLevelTypeIsNotAContainedOne() {
    assertThat(FhirFile.topLevelType("{\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"a\"}],"
        + "\"note\":\"a } and a \\\" in text\",\"resourceType\" : \"Observation\"}", Kind.JSON))
        .isEqualTo("Observation");
    assertThat(FhirFile.topLevelType("{\"resourceType\":\"Patient\"}", Kind.NDJSON)).isEqualTo("Patient");
    assertThat(FhirFile.topLevelType("{\"resourceType\": not json", Kind.NDJSON)).isNull();
    assertThat(FhirFile.topLevelType("<?xml version=\"1.0\"?><!-- x --><f:Patient xmlns:f="
        + "\"http://hl7.org/fhir\"/>", Kind.XML)).isEqualTo("Patient");
  }

  @Test
  void kindsAreToldByContent() {
    assertThat(FhirFile.kindOf(bytes("{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Patient\"}\n")))
        .contains(Kind.NDJSON);
    assertThat(FhirFile.kindOf(bytes("\uFEFF{\n  \"resourceType\": \"Bundle\"\n}"))).contains(Kind.JSON);
    assertThat(FhirFile.kindOf(bytes("<Patient xmlns=\"http://hl7.org/fhir\"/>"))).contains(Kind.XML);
    assertThat(FhirFile.kindOf(bytes("{\"transactionTime\":\"x\",\"output\":[]}"))).isEmpty();
    assertThat(FhirFile.kindOf(bytes("bsn;naam\n"))).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
