package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's smoke run, end to end, on the CLI jar the reactor built before this module; skipped
 * when that jar is absent (a build of this module alone). No timings are asserted.
 */
class WholeProcessSuiteTest {
  private static final Path JAR = Path.of("../cli/target/exposure.jar");

  @TempDir
  Path work;

  @Test
  void theSmokeRunPrintsATableRowPerLayoutWithoutAFailure() {
    assumeTrue(Files.isRegularFile(JAR), "the CLI jar is built before this module");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CommandLines.of(new WholeProcessSuite(), o, e)
          .execute("--smoke", "--jar", JAR.toString(), "--work", work.toString());
    }
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(table).contains("| layout | rows |").contains("cores, Java ")
        .contains("WholeProcessSuite --smoke --jar");
    for (SuiteLayout layout : SuiteLayout.values()) {
      List<String> rows = table.lines().filter(l -> l.startsWith("| " + layout.token() + " |")).toList();
      assertThat(rows).as(layout.token()).hasSize(1);
      assertThat(rows.get(0)).as(layout.token()).contains("| 500 |").contains("×").doesNotContain("failed")
          .endsWith(layout.heldOut() ? "| yes |" : "|  |");
    }
    assertThat(work.resolve("report")).doesNotExist();
  }

  @Test
  void aMissingJarIsAWrongCommandLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CommandLines.of(new WholeProcessSuite(), o, e)
          .execute("--jar", work.resolve("none.jar").toString(), "--work", work.toString());
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--jar: no file");
  }

  @Test
  void anUnknownLayoutIsNamedWithTheChoices() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CommandLines.of(new WholeProcessSuite(), o, e).execute("--layouts", "uk-nhs,mars");
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no layout 'mars'").contains("be-heldout");
  }
}
