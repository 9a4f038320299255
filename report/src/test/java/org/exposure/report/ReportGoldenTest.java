package org.exposure.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ExposureAnalysis;
import org.exposure.ReportFolder;
import org.exposure.link.SubjectKeys;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled sample, {@code examples/screening-sample.csv}, against the golden files in
 * {@code src/test/resources/golden/}: {@code report.json}, {@code subjects.csv}, {@code
 * notification-list.csv} and the text of {@code report.html} (tags stripped, whitespace normalised).
 * Options as {@code exposure assess --controller health --malicious --assessment-date 2025-07-01}, the
 * synthetic secret in {@code golden/golden.key}, two threads. The sample's path is written as it is
 * relative to the repository root, and the run identity is that of the files so written.
 *
 * <p>After an intended change, re-approve the golden files (then review their diff) with:
 *
 * <pre>
 * mvn -B verify -pl report -am -Dexposure.approve=true
 * </pre>
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path SAMPLE = Path.of("..", "examples", "screening-sample.csv");
  private static final String SAMPLE_FROM_ROOT = "examples/screening-sample.csv";

  @TempDir Path dir;

  @Test
  void theSampleReportIsTheGoldenOne() throws IOException {
    Map<String, String> actual = normalised(run(dir.resolve("report"), 2));
    if (Boolean.getBoolean("exposure.approve")) {
      for (Map.Entry<String, String> file : actual.entrySet()) {
        Files.writeString(GOLDEN.resolve(file.getKey()), file.getValue(), UTF_8);
      }
    }
    for (Map.Entry<String, String> file : actual.entrySet()) {
      assertThat(file.getValue()).as(file.getKey() + " (re-approve: see this test's Javadoc)")
          .isEqualTo(Files.readString(GOLDEN.resolve(file.getKey()), UTF_8));
    }
  }

  /** The same files, byte for byte, on one thread as on four. */
  @Test
  void theReportIsTheSameForAnyNumberOfThreads() throws IOException {
    Path one = run(dir.resolve("one"), 1);
    Path four = run(dir.resolve("four"), 4);
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(Files.readAllBytes(four.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(one.resolve(name)));
    }
  }

  /** Runs the sample into {@code out} through {@link Reports#open}. */
  static Path run(Path out, int threads) throws IOException {
    try (ReportWriter writer = Reports.open(out, Locale.ENGLISH)) {
      writer.finish(assess(threads, writer));
    }
    return out;
  }

  /** Assesses the sample with the golden options, handing each subject to {@code subjects}. */
  static AnalysisResult assess(int threads, Consumer<AssessedSubject> subjects) throws IOException {
    String secret = Files.readString(GOLDEN.resolve("golden.key"), UTF_8).strip();
    AnalysisOptions options = AnalysisOptions.builder()
        .controller(ControllerType.HEALTH)
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .subjectKeys(SubjectKeys.of(HexFormat.of().parseHex(secret)))
        .threads(threads)
        .build();
    return ExposureAnalysis.of(options).assess(List.of(SAMPLE), subjects);
  }

  /**
   * The golden forms of a report's files: the sample's path relative to the repository root, the run
   * identity recomputed over the lists so written, report.html as its text.
   */
  private Map<String, String> normalised(Path out) throws IOException {
    Path lists = Files.createDirectory(dir.resolve("normalised"));
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : ReportFolder.FILE_NAMES) {
      files.put(name, Files.readString(out.resolve(name), UTF_8)
          .replace(SAMPLE.toString(), SAMPLE_FROM_ROOT));
    }
    for (String name : List.of(ReportFolder.SUBJECTS, ReportFolder.NOTIFICATION_LIST)) {
      Files.writeString(lists.resolve(name), files.get(name), UTF_8);
    }
    String written = RunId.of(out.resolve(ReportFolder.SUBJECTS),
        out.resolve(ReportFolder.NOTIFICATION_LIST));
    String golden = RunId.of(lists.resolve(ReportFolder.SUBJECTS),
        lists.resolve(ReportFolder.NOTIFICATION_LIST));
    files.replaceAll((name, text) -> text.replace(written, golden));
    files.put(ReportFolder.REPORT_HTML, text(files.get(ReportFolder.REPORT_HTML)));
    files.put("report.txt", files.remove(ReportFolder.REPORT_HTML));
    return files;
  }

  /** The text of an HTML page: the style and every tag removed, entities of the page decoded. */
  static String text(String html) {
    String text = html.replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<[^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip() + "\n";
  }
}
