package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CommandLinesTest {
  private static final List<Supplier<Object>> TOOLS = List.of(EndToEndBenchmark::new,
      FhirEndToEndBenchmark::new, CompareBuilds::new, HostileTimings::new, WholeProcessSuite::new);

  @Test
  void everyToolPrintsItsHelp() {
    for (Supplier<Object> tool : TOOLS) {
      Result result = run(tool.get(), "--help");
      assertThat(result.code).isZero();
      assertThat(result.out).startsWith("Usage: ").contains("--help");
      assertThat(result.err).isEmpty();
    }
  }

  @Test
  void everyToolRejectsAWrongCommandLineInOneLine() {
    for (Supplier<Object> tool : TOOLS) {
      for (String[] args : List.of(new String[] {"--frobnicate"}, new String[] {"stray"},
          new String[] {"--runs", "0", "--rounds", "0", "--max-mb", "-1"})) {
        Result result = run(tool.get(), args);
        assertThat(result.code).as(String.join(" ", args)).isEqualTo(2);
        assertThat(result.out).isEmpty();
        assertThat(result.err.lines().count()).as(String.join(" ", args)).isEqualTo(1);
        assertThat(result.err).endsWith("(see --help)" + System.lineSeparator());
      }
    }
  }

  @Test
  void validationNamesTheOptionAndTheRange() {
    Result result = run(new EndToEndBenchmark(), "--runs", "0");
    assertThat(result.err).startsWith("EndToEndBenchmark: --runs: expected a whole number from 1, got 0");
  }

  private record Result(int code, String out, String err) {
  }

  private static Result run(Object command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CommandLines.of(command, o, e).execute(args);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
