package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposure.ReportFolder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders {@code report.html} of the sample extract in headless Chromium: the page loads without a
 * script error, every chart has bars, and a screenshot is made. Skipped where no Chromium is installed,
 * unless {@code EXPOSURE_REQUIRE_BROWSER} is set, as CI sets it (CI installs Debian's {@code chromium}).
 */
class ReportBrowserTest {
  private static final List<String> CHARTS =
      List.of("levels", "field-types", "se", "regions", "ages", "grades", "harms");

  @TempDir
  Path dir;

  @Test
  void theSampleReportRendersWithItsChartsInChromium() throws Exception {
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      assertThat(System.getenv("EXPOSURE_REQUIRE_BROWSER"))
          .as("EXPOSURE_REQUIRE_BROWSER is set, but no chromium is on the PATH").isNull();
      Assumptions.abort("no chromium on the PATH");
    }
    Path out = dir.resolve("report");
    int code = ExposureCommand.run(new String[] {"assess",
        Path.of("..", "examples", "screening-sample.csv").toString(), "--out", out.toString(),
        "--key-file", dir.resolve("k").toString(), "--controller", "health", "--malicious",
        "--assessment-date", "2025-07-01"}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    String url = out.resolve(ReportFolder.REPORT_HTML).toUri().toString();

    Result dom = chrome(chromium.get(), "--dump-dom", url);
    assertThat(dom.exitCode).as(dom.stderr).isZero();
    assertThat(dom.stdout).doesNotContain("<script");
    assertThat(dom.stderr).doesNotContain("Uncaught").doesNotContain("SyntaxError");
    for (String chart : CHARTS) {
      String figure = between(dom.stdout, "id=\"chart-" + chart + "\"", "</figure>");
      assertThat(figure).as("chart %s", chart).isNotEmpty();
      assertThat(barWidths(figure)).as("bars of chart %s", chart).anyMatch(w -> w > 0);
    }

    Path shot = dir.resolve("report.png");
    Result screenshot = chrome(chromium.get(), "--screenshot=" + shot, "--window-size=1280,2400", url);
    assertThat(screenshot.exitCode).as(screenshot.stderr).isZero();
    assertThat(shot).exists();
    assertThat(Files.size(shot)).as("a screenshot with content").isGreaterThan(10_000);
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private Result chrome(Path chromium, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile")));
    command.addAll(List.of(args));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static String between(String text, String from, String to) {
    int a = text.indexOf(from);
    int b = a < 0 ? -1 : text.indexOf(to, a);
    return a < 0 || b < 0 ? "" : text.substring(a, b);
  }

  private static List<Double> barWidths(String svg) {
    List<Double> widths = new ArrayList<>();
    Matcher m = Pattern.compile("<rect class=\"bar\"[^>]*width=\"([0-9.]+)\"").matcher(svg);
    while (m.find()) {
      widths.add(Double.parseDouble(m.group(1)));
    }
    return widths;
  }

  private static Optional<Path> chromium() {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dirName, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
