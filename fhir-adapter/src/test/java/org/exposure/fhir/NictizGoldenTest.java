package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The Nictiz examples classify as they did before every FHIR resource type was classified: each line
 * of {@code golden/nictiz-paths.txt} (example, element path, type, number of values; values are not
 * written) is still found. New paths may appear; none may go or change its type. {@code
 * -Dgolden.update=true} rewrites the file from the current build.
 */
class NictizGoldenTest {
  private static final FhirContext R4 = FhirContext.forR4Cached();
  private static final Path GOLDEN = Path.of("src/test/resources/golden/nictiz-paths.txt");

  private static List<String> lines() throws IOException {
    List<String> lines = new java.util.ArrayList<>();
    List<String> examples;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/nictiz"))) {
      examples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted()
          .collect(Collectors.toList());
    }
    for (String example : examples) {
      ResourceExposure e;
      try (InputStream in = NictizGoldenTest.class.getResourceAsStream("/nictiz/" + example)) {
        e = ResourceClassifier.classify((Resource) R4.newXmlParser().parseResource(in));
      }
      Map<String, Long> counts = new TreeMap<>(e.values.stream().collect(Collectors.groupingBy(
          v -> v.path() + "\t" + v.type(), Collectors.counting())));
      counts.forEach((pathType, n) -> lines.add(example + "\t" + pathType + "\t" + n));
    }
    return lines;
  }

  @Test
  void everyPathOfBeforeIsStillTypedAsBefore() throws IOException {
    List<String> now = lines();
    if (Boolean.getBoolean("golden.update")) {
      Files.write(GOLDEN, now, StandardCharsets.UTF_8);
    }
    List<String> before = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);

    assertThat(before).isNotEmpty();
    assertThat(now).containsAll(before);
  }
}
