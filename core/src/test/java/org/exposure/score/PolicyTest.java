package org.exposure.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("policy.properties"), text, StandardCharsets.UTF_8);
  }

  @Test
  void aFileOverridesTheDefaultsItNames() throws IOException {
    Policy p = Policy.load(file("# agreed with the board\nversion = lab-2025-08\n"
        + "dpc.health_controller = 2\nei.quasi_identifiers_unique = 1\nreidentification.threshold = 0.09\n"
        + "inform.from = medium\n"));
    assertThat(p.version()).isEqualTo("lab-2025-08");
    assertThat(p.dpc(DpcRule.HEALTH_CONTROLLER)).isEqualTo(2);
    assertThat(p.dpc(DpcRule.TEST_RESULT)).isEqualTo(4);
    assertThat(p.ei(EiRule.QUASI_IDENTIFIERS_UNIQUE)).isEqualTo(1.0);
    assertThat(p.reidentificationThreshold()).isEqualTo(0.09);
    assertThat(p.informFrom()).isEqualTo(SeverityLevel.MEDIUM);
    assertThat(Policy.load(file(""))).isEqualTo(Policy.defaults());
  }

  @Test
  void settingsRoundTripThroughAFile() throws IOException {
    StringBuilder text = new StringBuilder();
    Policy.defaults().settings().forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
    assertThat(Policy.load(file(text.toString()))).isEqualTo(Policy.defaults());
  }

  @Test
  void aFileThatChangesTheDefaultsMustNameItsPolicy() {
    assertThatThrownBy(() -> Policy.load(file("dpc.health_controller = 2\n")))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageEndingWith("the file changes the defaults, so name the policy: set 'version' to "
            + "something other than " + Policy.DEFAULT_VERSION);
  }

  @Test
  void unknownKeysAndBadValuesAreNamed() {
    assertThatThrownBy(() -> Policy.load(file("dpc.lab_results = 4\n")))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageContaining("policy.properties: unknown key dpc.lab_results; expected one of version, "
            + "dpc.test_result");
    assertThatThrownBy(() -> Policy.load(file("dpc.test_result = 5\n")))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageEndingWith("dpc.test_result must be 1, 2, 3 or 4, was 5");
    assertThatThrownBy(() -> Policy.load(file("ei.email = 0.6\n")))
        .hasMessageEndingWith("ei.email must be 0.25, 0.5, 0.75 or 1, was 0.6");
    assertThatThrownBy(() -> Policy.load(file("inform.from = urgent\n")))
        .hasMessageEndingWith("inform.from must be one of low, medium, high, very_high, was urgent");
    assertThatThrownBy(() -> Policy.load(file("minor.age = sixteen\n")))
        .hasMessageEndingWith("minor.age must be a whole number, was sixteen");
  }
}
