package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.exposure.ReportFolder;
import org.exposure.report.ReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command and its output folder: a failed run leaves the earlier report, every file is the user's
 * only, explain refuses files of two runs, earlier reports and pipes inside an input folder are never
 * read, and two runs into one folder never mix.
 */
class ReportFolderCommandTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final String EXTRACT = String.join("\n",
      "bsn;naam;geboortedatum;postcode;uitslag",
      "999993653;Fenna Hoogstraten;1966-09-30;1012 NX;hrHPV positief",
      "999990482;Sanne Wildeboer;1990-01-01;3511 AA;negatief",
      "123456782;Ilse Verbeek;1984-08-22;9711 BC;Pap 3a2",
      "");
  private static final String OTHER = String.join("\n",
      "bsn;naam;uitslag",
      "111222333;Marieke Zonneveld;hrHPV positief",
      "");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ExposureCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String[] assess(Path report, Object... inputs) {
    List<String> args = new ArrayList<>(List.of("assess"));
    for (Object input : inputs) {
      args.add(input.toString());
    }
    args.addAll(List.of("--out", report.toString(), "--key-file",
        dir.resolve("exposure.key").toString(), "--assessment-date", "2025-07-01", "--quiet"));
    return args.toArray(String[]::new);
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path f : (Iterable<Path>) list.sorted()::iterator) {
        files.put(f.getFileName().toString(), Files.isDirectory(f) ? null : Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static JsonNode json(Path folder) throws IOException {
    return new ObjectMapper().readTree(folder.resolve(ReportFolder.REPORT_JSON).toFile());
  }

  private String someSubject(Path folder) throws IOException {
    String row = Files.readAllLines(folder.resolve(ReportFolder.SUBJECTS)).get(1);
    return row.substring(0, row.indexOf(','));
  }

  @Test
  void aRunThatFailsLeavesTheEarlierReportByteForByte() throws IOException {
    Path lab = write("lab.csv", EXTRACT);
    Path report = dir.resolve("report");
    assertThat(run(assess(report, lab))).as(err.toString()).isZero();
    write("report/notes.txt", "the user's own");
    Map<String, byte[]> earlier = files(report);

    Path empty = write("empty.csv", "");
    List<String[]> failing = List.of(
        assess(report, lab, dir.resolve("missing.csv")), // fails once the folder is taken
        assess(report, empty), // no usable input
        assess(report, dir.resolve("nothing-here")));
    for (String[] args : failing) {
      err.getBuffer().setLength(0);
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
      assertThat(err.toString().strip()).startsWith("exposure: ").doesNotContain("\n");
      assertThat(files(report)).as(String.join(" ", args)).usingRecursiveComparison()
          .isEqualTo(earlier);
    }
    assertThat(run("explain", "--subject", someSubject(report), "--out", report.toString()))
        .isZero();
  }

  @Test
  void everyOutputIsReadableByTheUserOnly() throws IOException {
    Path lab = write("lab.csv", EXTRACT);
    Path report = dir.resolve("new/report");
    assertThat(run(assess(report, lab))).isZero();
    String[] withContacts = assess(report, lab, "--contact-columns", "--controller", "health");
    assertThat(run(withContacts)).as(err.toString()).isZero();
    assertThat(Files.readString(report.resolve(ReportFolder.NOTIFICATION_LIST))).contains("Hoogstraten");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rwx------");
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report.resolve(name))))
          .as(name).isEqualTo("rw-------");
    }
    // Files of an earlier version, created with the default permissions, are replaced by private ones.
    Path old = Files.createDirectories(dir.resolve("old"));
    for (String name : ReportFolder.FILE_NAMES) {
      // as an earlier version wrote them, without the marker: known by subjects.csv's header
      Files.writeString(old.resolve(name), name.equals(ReportFolder.SUBJECTS)
          ? "subject,level,se,dpc,ei,cb,dpc_rule\n" : "old");
      Files.setPosixFilePermissions(old.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
    }
    assertThat(run(assess(old, lab))).isZero();
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old.resolve(name))))
          .as(name).isEqualTo("rw-------");
    }
  }

  @Test
  void theRunIdentityIsReproducibleAndRecordedInBothReports() throws IOException {
    Path lab = write("lab.csv", EXTRACT);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run(assess(a, lab))).isZero();
    assertThat(run(assess(b, lab))).isZero();
    assertThat(json(a).at("/run/id").asText()).matches("[0-9a-f]{32}");
    try (ReportReader report = ReportReader.open(a)) {
      assertThat(report.mixed()).as("report.json, report.html and the lists name one run").isEmpty();
    }
    assertThat(Files.readAllBytes(b.resolve(ReportFolder.REPORT_JSON)))
        .isEqualTo(Files.readAllBytes(a.resolve(ReportFolder.REPORT_JSON)));
  }

  @Test
  void explainRefusesTheFilesOfTwoRuns() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run(assess(a, write("lab.csv", EXTRACT)))).isZero();
    assertThat(run(assess(b, write("other.csv", OTHER)))).isZero();
    String subject = someSubject(a);
    for (String name : ReportFolder.FILE_NAMES) {
      Path mixed = dir.resolve("mixed-" + name);
      Files.createDirectory(mixed);
      for (String file : ReportFolder.FILE_NAMES) {
        Files.copy((file.equals(name) ? b : a).resolve(file), mixed.resolve(file));
      }
      err.getBuffer().setLength(0);
      assertThat(run("explain", "--subject", subject, "--out", mixed.toString())).as(name)
          .isEqualTo(1);
      assertThat(err.toString().strip()).as(name).doesNotContain("\n")
          .startsWith("exposure: the files in " + mixed + " do not belong to one run");
    }
    // A report.json without a run identity: written before it existed.
    Path earlier = dir.resolve("earlier");
    Files.createDirectory(earlier);
    for (String file : ReportFolder.FILE_NAMES) {
      Files.copy(a.resolve(file), earlier.resolve(file));
    }
    Files.writeString(earlier.resolve(ReportFolder.REPORT_JSON), Files.readString(
        earlier.resolve(ReportFolder.REPORT_JSON)).replaceFirst("\"run\"", "\"ran\""));
    err.getBuffer().setLength(0);
    assertThat(run("explain", "--subject", subject, "--out", earlier.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("records no run identity");
    assertThat(run("explain", "--subject", subject, "--out", a.toString())).isZero();
  }

  @Test
  void anEarlierReportInsideTheInputFolderIsNotReadBack() throws IOException {
    Path breach = dir.resolve("breach");
    write("breach/lab.csv", EXTRACT);
    Path inside = breach.resolve("exposure-report");
    assertThat(run(assess(inside, breach))).isZero();
    JsonNode first = json(inside);

    // Another --out, outside: the report inside the breach folder is listed, not read.
    Path outside = dir.resolve("elsewhere");
    assertThat(run(assess(outside, breach))).isZero();
    JsonNode second = json(outside);
    assertThat(second.at("/input/records_read").asLong()).isEqualTo(3);
    assertThat(second.at("/subjects").asLong()).isEqualTo(first.at("/subjects").asLong());
    assertThat(second.at("/input/sources")).hasSize(1);
    List<String> skipped = new ArrayList<>();
    second.at("/input/skipped_sources").forEach(s -> skipped.add(
        s.get("source").asText().substring(breach.toString().length()) + " | "
            + s.get("reason").asText()));
    assertThat(skipped).containsExactly(
        "/exposure-report/notification-list.csv | a file of an earlier Exposure report: not read as "
            + "an extract",
        "/exposure-report/report.html | a file of an earlier Exposure report: not read as an extract",
        "/exposure-report/report.json | a file of an earlier Exposure report: not read as an extract",
        "/exposure-report/subjects.csv | a file of an earlier Exposure report: not read as an extract");

    // The folder's own --out: its files are the run's own, passed over without a word, as before.
    assertThat(run(assess(inside, breach))).isZero();
    assertThat(json(inside).at("/input/skipped_sources")).isEmpty();

    // A report written before the marker, moved into the breach folder: recognised all the same.
    Path moved = breach.resolve("old-copy");
    Files.createDirectory(moved);
    for (String file : ReportFolder.FILE_NAMES) {
      Files.copy(outside.resolve(file), moved.resolve(file));
    }
    assertThat(run(assess(outside, breach))).isZero();
    assertThat(json(outside).at("/input/records_read").asLong()).isEqualTo(3);
    assertThat(json(outside).at("/input/skipped_sources")).hasSize(8);
  }

  @Test
  void pipesAndLinkedFoldersInAnInputFolderAreListedAndNeverBlockTheRun() throws Exception {
    Path breach = Files.createDirectories(dir.resolve("breach"));
    write("breach/lab.csv", EXTRACT);
    Path fifo = Fifos.make(breach.resolve("export.csv"));
    write("elsewhere/more.csv", OTHER);
    Path linked = Files.createSymbolicLink(breach.resolve("more"), dir.resolve("elsewhere"));
    Path report = dir.resolve("report");
    int code = assertTimeoutPreemptively(HANG_GUARD, () -> run(assess(report, breach)));
    assertThat(code).as(err.toString()).isZero();
    JsonNode skipped = json(report).at("/input/skipped_sources");
    assertThat(skipped).hasSize(2);
    assertThat(skipped.get(0).get("source").asText()).isEqualTo(fifo.toString());
    assertThat(skipped.get(0).get("reason").asText()).startsWith("a named pipe (FIFO): not read");
    assertThat(skipped.get(1).get("source").asText()).isEqualTo(linked.toString());
    assertThat(skipped.get(1).get("reason").asText())
        .startsWith("a symbolic link to a folder: not followed");
    assertThat(out.toString()).contains("Skipped: " + fifo + ": a named pipe (FIFO)");

    // The pipe alone: nothing to read, one line, at once.
    err.getBuffer().setLength(0);
    int alone = assertTimeoutPreemptively(HANG_GUARD, () -> run(assess(dir.resolve("r2"), fifo)));
    assertThat(alone).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .contains("no file could be read as an extract").contains("a named pipe (FIFO)");
  }

  /** Two runs started together on threads of one process: one refuses, or they run one after another. */
  @Test
  void twoRunsIntoOneFolderNeverMix() throws Exception {
    Path lab = write("lab.csv", EXTRACT);
    Path other = write("other.csv", OTHER);
    Path report = dir.resolve("shared");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<StringWriter> errs = List.of(new StringWriter(), new StringWriter());
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          String[] args = assess(report, i == 0 ? lab : other);
          StringWriter e = errs.get(i);
          runs.add(pool.submit(() -> {
            start.await();
            return ExposureCommand.run(args, new PrintWriter(new StringWriter(), true),
                new PrintWriter(e, true));
          }));
        }
        int succeeded = 0;
        for (int i = 0; i < 2; i++) {
          int code = runs.get(i).get();
          if (code == 0) {
            succeeded++;
          } else {
            assertThat(errs.get(i).toString().strip()).isEqualTo("exposure: another exposure run is "
                + "writing its report to " + report + "; wait for it to finish, or choose another "
                + "--out");
          }
        }
        assertThat(succeeded).isPositive();
        assertThat(run("explain", "--subject", someSubject(report), "--out", report.toString()))
            .as(err.toString()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedCommitIsFinishedByTheNextRun() throws IOException {
    Path lab = write("lab.csv", EXTRACT);
    Path report = dir.resolve("report");
    assertThat(run(assess(report, lab))).isZero();
    // As a run killed after its commit point leaves it: two files moved, two still aside.
    Path second = dir.resolve("second");
    assertThat(run(assess(second, write("other.csv", OTHER)))).isZero();
    Path commit = Files.createDirectory(report.resolve(ReportFolder.COMMIT));
    for (String name : ReportFolder.FILE_NAMES) {
      Files.copy(second.resolve(name), commit.resolve(name));
    }
    for (String name : ReportFolder.FILE_NAMES.subList(0, 2)) {
      Files.move(commit.resolve(name), report.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(run("explain", "--subject", someSubject(report), "--out", report.toString()))
        .isEqualTo(1);
    assertThat(run(assess(report, lab))).isZero();
    assertThat(Files.exists(report.resolve(ReportFolder.COMMIT))).isFalse();
    assertThat(run("explain", "--subject", someSubject(report), "--out", report.toString()))
        .isZero();
  }
}
