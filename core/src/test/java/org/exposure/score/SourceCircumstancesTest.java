package org.exposure.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.exposure.score.BreachCircumstances.Availability;
import org.exposure.score.BreachCircumstances.Confidentiality;
import org.exposure.score.BreachCircumstances.Integrity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCircumstancesTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("circumstances.properties"), text, StandardCharsets.UTF_8);
  }

  @Test
  void sourcesOverrideTheBreachWideElementsTheyName() throws IOException {
    BreachCircumstances stolen = BreachCircumstances.DEFAULT.withMalicious(true);
    SourceCircumstances c = SourceCircumstances.load(file(
        "lab-2024.csv.confidentiality = known\nlab-2024.csv.malicious = false\n"
            + "archive.v2.csv.availability = permanent\n"), stolen);
    assertThat(c.of("exports/lab-2024.csv")).isEqualTo(new BreachCircumstances(
        Confidentiality.KNOWN, Integrity.NONE, Availability.NONE, false, false));
    assertThat(c.of("archive.v2.csv").availability()).isEqualTo(Availability.PERMANENT);
    assertThat(c.of("archive.v2.csv").malicious()).isTrue();
    assertThat(c.of("other.csv")).isEqualTo(stolen);
    assertThat(SourceCircumstances.uniform(stolen).of("any.csv")).isEqualTo(stolen);
  }

  /** A byte-order mark, as Notepad writes it, is not part of the first source's name. */
  @Test
  void aByteOrderMarkDoesNotVoidTheFirstLine() throws IOException {
    SourceCircumstances c = SourceCircumstances.load(file("\uFEFFin.csv.malicious = true\n"),
        BreachCircumstances.DEFAULT);
    assertThat(c.unmatched(List.of("data/in.csv"))).isEmpty();
    assertThat(c.of("data/in.csv").malicious()).isTrue();
  }

  @Test
  void namesThatMatchNoSourceAreTold() throws IOException {
    SourceCircumstances c = SourceCircumstances.load(file(
        "lab-2024.csv.confidentiality = known\nlab-2042.csv.malicious = false\n"),
        BreachCircumstances.DEFAULT);
    assertThat(c.unmatched(List.of("exports/lab-2024.csv", "other.csv")))
        .containsExactly("lab-2042.csv");
    assertThat(c.unmatched(List.of("lab-2024.csv", "lab-2042.csv"))).isEmpty();
  }

  @Test
  void theWorstOverSourcesIsTakenElementByElementAndTheBreachWideForNone() throws IOException {
    BreachCircumstances encrypted = BreachCircumstances.DEFAULT.withUnintelligible(true);
    SourceCircumstances c = SourceCircumstances.load(file("lab.csv.integrity = unrecoverable\n"),
        encrypted);
    assertThat(c.worstOf(List.of("other.csv", "exports/lab.csv")))
        .isEqualTo(encrypted.withIntegrity(Integrity.UNRECOVERABLE));
    assertThat(c.worstOf(List.of("other.csv"))).isEqualTo(encrypted);
    assertThat(c.worstOf(List.of())).isEqualTo(encrypted);
    assertThat(SourceCircumstances.uniform(encrypted).worstOf(List.of("lab.csv"))).isEqualTo(encrypted);
  }

  @Test
  void theWorstOfTwoIsTakenElementByElement() {
    BreachCircumstances a = new BreachCircumstances(
        Confidentiality.KNOWN, Integrity.UNRECOVERABLE, Availability.NONE, false, true);
    BreachCircumstances b = new BreachCircumstances(
        Confidentiality.UNKNOWN, Integrity.NONE, Availability.TEMPORARY, true, false);
    assertThat(a.worst(b)).isEqualTo(new BreachCircumstances(
        Confidentiality.UNKNOWN, Integrity.UNRECOVERABLE, Availability.TEMPORARY, true, false));
    assertThat(a.worst(b).score()).isEqualTo(1.75);
    assertThat(b.worst(a)).isEqualTo(a.worst(b));
  }

  @Test
  void badLinesAreNamed() {
    assertThatThrownBy(() -> SourceCircumstances.load(file("lab.csv.secrecy = high\n"),
        BreachCircumstances.DEFAULT))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageEndingWith("unknown element 'secrecy' in key 'lab.csv.secrecy'; expected "
            + "confidentiality, integrity, availability or malicious");
    assertThatThrownBy(() -> SourceCircumstances.load(file("lab.csv.confidentiality = everyone\n"),
        BreachCircumstances.DEFAULT))
        .hasMessageEndingWith("'everyone' is not a value of confidentiality (key "
            + "'lab.csv.confidentiality')");
    assertThatThrownBy(() -> SourceCircumstances.load(file("malicious = true\n"),
        BreachCircumstances.DEFAULT))
        .hasMessageContaining("expected '<file name>.<element> = <value>'");
  }
}
