package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.exposure.ReportFolder;
import org.exposure.report.ReportReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a separate process, killed ({@code kill -9}) at several points of a run over a folder
 * that holds a finished report: the earlier report stays byte for byte, or (killed past the commit
 * point) the new one is whole; the next run clears what the killed one left. Two runs started together
 * into one folder never mix. The points are found by watching the folder, not by timing.
 */
class KilledRunTest {
  /** Enough rows for a run of a second or two, so that a kill lands inside it. */
  private static final int ROWS = 20_000;
  /** Generous: a run here takes seconds. */
  private static final long PROCESS_TIMEOUT_SECONDS = 120;

  @TempDir static Path dir;
  private static Path extract;
  private static Path key;

  @BeforeAll
  static void writeExtract() throws IOException {
    extract = dir.resolve("breach.csv");
    key = dir.resolve("exposure.key");
    Random random = new Random(15);
    try (BufferedWriter out = Files.newBufferedWriter(extract, StandardCharsets.UTF_8)) {
      out.write("bsn;naam;geboortedatum;postcode;uitslag\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(bsn(random) + ";Naam" + i + " Achter" + (i % 977) + ";"
            + String.format(java.util.Locale.ROOT, "%02d-%02d-%d", 1 + i % 28, 1 + i % 12, 1950 + i % 50)
            + ";" + (1000 + i % 8999) + " AB;" + (i % 3 == 0 ? "hrHPV positief" : "negatief") + "\n");
      }
    }
  }

  /** A synthetic number that passes the 11-proef. */
  private static String bsn(Random random) {
    while (true) {
      int[] d = new int[8];
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += d[i] * (9 - i);
      }
      if (sum % 11 < 10) {
        StringBuilder s = new StringBuilder();
        for (int digit : d) {
          s.append(digit);
        }
        return s.append(sum % 11).toString();
      }
    }
  }

  private static String[] assess(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("assess", extract.toString(), "--out", out.toString(),
        "--key-file", key.toString(), "--quiet", "--assessment-date", "2025-07-01"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static int runHere(String... args) {
    return ExposureCommand.run(args, new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true));
  }

  private static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.exposure.cli.ExposureCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  private static Map<String, byte[]> files(Path out) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : ReportFolder.FILE_NAMES) {
      files.put(name, Files.readAllBytes(out.resolve(name)));
    }
    return files;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
  }

  /** Whether the folder's files are of one run: report.json and report.html name its identity. */
  private static boolean oneRun(Path out) throws IOException {
    try (ReportReader report = ReportReader.open(out)) {
      return report.mixed().isEmpty();
    }
  }

  /** The staging folders in the folder, of this run or of dead ones. */
  private static List<Path> staging(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().startsWith(ReportFolder.STAGING_PREFIX))
          .toList();
    }
  }

  /** A staged file of the running run, once it exists. */
  private static Optional<Path> stagedFile(Path out, String name) throws IOException {
    for (Path staging : staging(out)) {
      Path file = staging.resolve(name);
      if (Files.exists(file)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /** A point of the run where the test kills it, as the folder shows it. */
  private record KillPoint(String name, Predicate<Path> reached) {}

  private static Predicate<Path> staged(String name, long minBytes) {
    return out -> {
      try {
        Optional<Path> file = stagedFile(out, name);
        return file.isPresent() && Files.size(file.get()) >= minBytes;
      } catch (IOException e) {
        return false; // the staging folder went away meanwhile: not reached yet, or past it
      }
    };
  }

  @Test
  void aKilledRunLeavesTheEarlierReportByteForByteAndTheNextRunRecovers() throws Exception {
    Path out = dir.resolve("report");
    assertThat(runHere(assess(out, "--malicious", "--threads", "1"))).isZero();
    Map<String, byte[]> earlier = files(out);
    List<KillPoint> points = List.of(
        new KillPoint("at once", o -> true),
        new KillPoint("staging folder made", o -> {
          try {
            return !staging(o).isEmpty();
          } catch (IOException e) {
            return false;
          }
        }),
        new KillPoint("subjects being written", staged(ReportFolder.SUBJECTS, 64 * 1024)),
        new KillPoint("notification list being written", staged(ReportFolder.NOTIFICATION_LIST, 8 * 1024)),
        new KillPoint("report.json staged", staged(ReportFolder.REPORT_JSON, 0)));
    int killedBeforeTheEnd = 0;
    for (KillPoint point : points) {
      Process run = start(dir.resolve("log.txt"), assess(out, "--threads", "1"));
      while (run.isAlive() && !point.reached().test(out)) {
        Thread.sleep(1); // polls the folder; asserts nothing about time
      }
      run.destroyForcibly();
      assertThat(run.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
      boolean killed = run.exitValue() != 0;
      killedBeforeTheEnd += killed ? 1 : 0;
      if (Files.exists(out.resolve(ReportFolder.COMMIT))) {
        continue; // killed between two moves: the next run finishes them (checked below)
      }
      Map<String, byte[]> now = files(out);
      if (!same(now, earlier)) {
        assertThat(oneRun(out)).as(point.name() + ": a whole new report, if not the earlier one")
            .isTrue();
        earlier = now; // committed just before the kill: the report to keep from now on
      }
      // explain reads the folder as a finished run
      String key = Files.readAllLines(out.resolve(ReportFolder.SUBJECTS)).get(1).split(",")[0];
      assertThat(runHere("explain", "--subject", key, "--out", out.toString())).as(point.name())
          .isZero();
    }
    assertThat(killedBeforeTheEnd).as("kills that landed inside a run").isPositive();

    assertThat(runHere(assess(out))).isZero();
    assertThat(staging(out)).as("staging folders of the killed runs").isEmpty();
    assertThat(Files.exists(out.resolve(ReportFolder.COMMIT))).isFalse();
    assertThat(oneRun(out)).isTrue();
    assertThat(new ObjectMapper().readTree(out.resolve(ReportFolder.REPORT_JSON).toFile())
        .at("/input/records_read").asLong()).isEqualTo(ROWS);
  }

  /** Ctrl-C or SIGTERM (not SIGKILL): the run cleans its staging folder up itself. */
  @Test
  void aRunEndedBySigtermLeavesNoStagingFolder() throws Exception {
    Path out = dir.resolve("report");
    assertThat(runHere(assess(out, "--threads", "1"))).isZero();
    Map<String, byte[]> earlier = files(out);
    Process run = start(dir.resolve("log.txt"), assess(out, "--threads", "1"));
    while (run.isAlive() && staging(out).isEmpty()) {
      Thread.sleep(1); // polls the folder; asserts nothing about time
    }
    run.destroy(); // SIGTERM: the shutdown hooks run
    assertThat(run.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(staging(out)).as("staging folders left").isEmpty();
    if (!Files.exists(out.resolve(ReportFolder.COMMIT)) && run.exitValue() != 0) {
      assertThat(same(files(out), earlier)).as("the earlier report, byte for byte").isTrue();
    }
  }

  @Test
  void twoRunsStartedTogetherIntoOneFolderNeverMix() throws Exception {
    Path out = dir.resolve("shared");
    for (int round = 0; round < 1; round++) {
      Path[] logs = {dir.resolve("a.txt"), dir.resolve("b.txt")};
      Process a = start(logs[0], assess(out, "--malicious"));
      Process b = start(logs[1], assess(out));
      for (Process p : List.of(a, b)) {
        assertThat(p.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
      }
      int succeeded = 0;
      for (int i = 0; i < 2; i++) {
        int code = (i == 0 ? a : b).exitValue();
        String log = Files.readString(logs[i]);
        if (code == 0) {
          succeeded++;
        } else {
          assertThat(code).as(log).isEqualTo(1);
          assertThat(log.strip()).isEqualTo("exposure: another exposure run is writing its report to "
              + out + "; wait for it to finish, or choose another --out");
        }
      }
      assertThat(succeeded).isPositive();
      assertThat(oneRun(out)).isTrue();
      assertThat(staging(out)).isEmpty();
    }
  }
}
