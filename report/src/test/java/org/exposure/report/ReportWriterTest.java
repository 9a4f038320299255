package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ReportFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's order, its spilled runs, and what it leaves when closed without finishing. */
class ReportWriterTest {
  @TempDir Path dir;

  @Test
  void spilledRunsMergeIntoTheSameFilesAsOneBuffer() throws IOException {
    Path whole = ReportGoldenTest.run(dir.resolve("whole"), 2);
    Path spilled = dir.resolve("spilled");
    List<Path> runs = new ArrayList<>();
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult result = ReportGoldenTest.assess(2, subjects::add);
    Collections.shuffle(subjects, new Random(11)); // out of key order: sorted, not streamed
    // A bound of a few rows: the sample's 2,000 subjects go through hundreds of spilled runs.
    try (ReportWriter writer = Reports.open(spilled, ReportOptions.of(Locale.ENGLISH), 4096)) {
      subjects.forEach(writer);
      runs.addAll(runFiles(spilled));
      assertThat(runs).as("runs spilled").isNotEmpty();
      for (Path run : runs) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
            .isEqualTo("rw-------");
      }
      writer.finish(result);
    }
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(Files.readAllBytes(spilled.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(whole.resolve(name)));
    }
    assertThat(runFiles(spilled)).isEmpty();
  }

  /**
   * Subjects in key order, as the analysis hands them over, are written as they come; one that comes
   * out of order after hundreds sends the writer back to sorting, with what it wrote. Either way the
   * files are the same, and nothing staged is left.
   */
  @Test
  void rowsInKeyOrderAreStreamedAndALateOneOutOfOrderIsSortedIn() throws IOException {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult result = ReportGoldenTest.assess(2, subjects::add);
    assertThat(subjects).extracting(AssessedSubject::key).as("the analysis's order").isSorted();
    Path streamed = dir.resolve("streamed");
    try (ReportWriter writer = Reports.open(streamed, ReportOptions.of(Locale.ENGLISH), 4096)) {
      subjects.forEach(writer);
      assertThat(runFiles(streamed)).as("nothing buffered, sorted or spilled").isEmpty();
      writer.finish(result);
    }
    List<AssessedSubject> late = new ArrayList<>(subjects);
    Collections.swap(late, 1500, 1998);
    Path fellBack = write(dir.resolve("fell-back"), result, late);
    Path whole = ReportGoldenTest.run(dir.resolve("whole"), 1);
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(Files.readAllBytes(streamed.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(whole.resolve(name)));
      assertThat(Files.readAllBytes(fellBack.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(whole.resolve(name)));
    }
    for (Path out : List.of(streamed, fellBack)) {
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .containsAll(ReportFolder.FILE_NAMES)
            .noneMatch(n -> n.startsWith(ReportFolder.STAGING_PREFIX) || n.endsWith(".run")
                || n.endsWith(".candidates"));
      }
    }
  }

  @Test
  void subjectsInAnyOrderGiveTheSameFiles() throws IOException {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult result = ReportGoldenTest.assess(1, subjects::add);
    Path first = write(dir.resolve("first"), result, subjects);
    Collections.shuffle(subjects, new Random(7));
    Path shuffled = write(dir.resolve("shuffled"), result, subjects);
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(Files.readAllBytes(shuffled.resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
    List<String> lines = Files.readAllLines(first.resolve(ReportFolder.SUBJECTS));
    List<String> keys = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[0]).toList();
    assertThat(keys).hasSize(subjects.size()).isSorted();
  }

  @Test
  void closedWithoutFinishingItLeavesTheEarlierReport() throws IOException {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult result = ReportGoldenTest.assess(1, subjects::add);
    Path out = write(dir.resolve("out"), result, subjects);
    byte[] before = Files.readAllBytes(out.resolve(ReportFolder.REPORT_JSON));
    try (ReportWriter writer = Reports.open(out, ReportOptions.of(Locale.ENGLISH), 4096)) {
      subjects.forEach(writer);
    }
    assertThat(Files.readAllBytes(out.resolve(ReportFolder.REPORT_JSON))).isEqualTo(before);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(name -> name.startsWith(ReportFolder.STAGING_PREFIX));
    }
  }

  @Test
  void aFinishedWriterTakesNoMoreSubjects() throws IOException {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult result = ReportGoldenTest.assess(1, subjects::add);
    try (ReportWriter writer = Reports.open(dir.resolve("out"), Locale.ENGLISH)) {
      subjects.forEach(writer);
      Report report = writer.finish(result);
      assertThat(report.subjects()).isEqualTo(subjects.size());
      assertThat(report.toInform()).isEqualTo(result.notification().dataSubjects());
      assertThat(report.runId()).matches("[0-9a-f]{32}");
      assertThatThrownBy(() -> writer.accept(subjects.get(0)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> writer.finish(result)).isInstanceOf(IllegalStateException.class);
    }
  }

  private static Path write(Path out, AnalysisResult result, List<AssessedSubject> subjects)
      throws IOException {
    try (ReportWriter writer = Reports.open(out, ReportOptions.of(Locale.ENGLISH), 4096)) {
      subjects.forEach(writer);
      writer.finish(result);
    }
    return out;
  }

  /** The spilled runs in the report folder's staging folder. */
  private static List<Path> runFiles(Path out) throws IOException {
    List<Path> runs = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path staging : files.filter(f -> f.getFileName().toString()
          .startsWith(ReportFolder.STAGING_PREFIX)).toList()) {
        try (Stream<Path> staged = Files.list(staging)) {
          staged.filter(f -> f.getFileName().toString().endsWith(".run")).forEach(runs::add);
        }
      }
    }
    return runs;
  }
}
