package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.exposure.ReportFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder is written as a whole or not at all: every state a run can be stopped in leaves
 * the earlier report, or (past the commit point) the next run finishes the new one.
 */
class OutputFolderTest {
  @TempDir Path dir;

  /** The four report files of a run, each holding its run's name. */
  private static Map<String, String> report(String run) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : ReportFolder.FILE_NAMES) {
      files.put(name, run + " " + name + "\n");
    }
    return files;
  }

  /** An earlier run's report: its files, and the marker every run leaves. */
  private static void write(Path folder, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue());
    }
    if (!Files.exists(folder.resolve(ReportFolder.MARKER))) {
      Files.writeString(folder.resolve(ReportFolder.MARKER), "");
    }
  }

  private static void stage(OutputFolder folder, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.staged(f.getKey()), f.getValue());
    }
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : ReportFolder.FILE_NAMES) {
      files.put(name, Files.readString(folder.resolve(name)));
    }
    return files;
  }

  /** Everything in the folder but the report files and the marker. */
  private static List<String> leftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> !ReportFolder.FILE_NAMES.contains(n) && !n.equals(ReportFolder.MARKER))
          .sorted().toList();
    }
  }

  private static String permissions(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void aCommittedRunPutsItsFilesInPlaceReadableByTheUserOnly() throws IOException {
    Path out = dir.resolve("new/report");
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("second"));
      folder.commit();
    }
    assertThat(read(out)).isEqualTo(report("second"));
    assertThat(leftovers(out)).isEmpty();
    assertThat(permissions(out)).isEqualTo("rwx------");
    for (String name : ReportFolder.FILE_NAMES) {
      assertThat(permissions(out.resolve(name))).as(name).isEqualTo("rw-------");
    }
    assertThat(Files.readString(out.resolve(ReportFolder.MARKER))).contains("exposure assess");
    assertThat(ReportFolder.isReportFolder(out)).isTrue();
  }

  @Test
  void aFileRewrittenThroughATemporaryOneIsStillPrivate() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("run"));
      Path list = folder.staged("x.tmp"); // as NotificationList.addContactColumns rewrites it
      Files.delete(list);
      Files.writeString(list, "with contacts\n");
      Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(list, list.resolveSibling(NotificationList.FILE_NAME),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      folder.commit();
    }
    assertThat(permissions(out.resolve(NotificationList.FILE_NAME))).isEqualTo("rw-------");
  }

  /** What Ctrl-C or SIGTERM does: the staging folder goes, and nothing is staged after it. */
  @Test
  void anAbandonedRunRemovesItsStagingFolderAndStagesNothingMore() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staged(SubjectsCsv.FILE_NAME), "second");
      folder.abandon();
      assertThatThrownBy(() -> folder.staged(NotificationList.FILE_NAME))
          .isInstanceOf(IOException.class);
      assertThat(leftovers(out)).isEmpty();
      assertThatThrownBy(folder::commit).isInstanceOf(IOException.class);
    }
    assertThat(read(out)).isEqualTo(report("first"));
  }

  @Test
  void aRunThatDoesNotCommitLeavesTheEarlierReportByteForByte() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    Path usersOwn = Files.writeString(out.resolve("notes.txt"), "the user's");
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("second"));
      Files.writeString(folder.staged("half.csv"), "subject,le");
    }
    assertThat(read(out)).isEqualTo(report("first"));
    assertThat(leftovers(out)).containsExactly("notes.txt");
    assertThat(Files.readString(usersOwn)).isEqualTo("the user's");
  }

  @Test
  void aRunMissingAFileDoesNotCommit() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    try (OutputFolder folder = OutputFolder.open(out)) {
      Files.writeString(folder.staged(SubjectsCsv.FILE_NAME), "second");
      assertThatThrownBy(folder::commit).isInstanceOf(IOException.class);
    }
    assertThat(read(out)).isEqualTo(report("first"));
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void aReportFilesNameTakenByAFolderIsRefusedBeforeTheCommitPoint() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    Files.delete(out.resolve(ReportJson.FILE_NAME));
    Files.createDirectory(out.resolve(ReportJson.FILE_NAME));
    Map<String, String> before = new LinkedHashMap<>();
    for (String name : List.of(SubjectsCsv.FILE_NAME, NotificationList.FILE_NAME)) {
      before.put(name, Files.readString(out.resolve(name)));
    }
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("second"));
      assertThatThrownBy(folder::commit).isInstanceOf(IOException.class)
          .hasMessageContaining("report.json");
    }
    for (Map.Entry<String, String> f : before.entrySet()) {
      assertThat(Files.readString(out.resolve(f.getKey()))).isEqualTo(f.getValue());
    }
    assertThat(OutputFolder.interrupted(out)).isFalse();
  }

  @Test
  void aSecondRunIntoAFolderInUseIsRefused() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFolder first = OutputFolder.open(out)) {
      assertThatThrownBy(() -> OutputFolder.open(out)).isInstanceOf(OutputFolder.InUse.class)
          .hasMessage("another exposure run is writing its report to " + out
              + "; wait for it to finish, or choose another --out");
      stage(first, report("first"));
      first.commit();
    }
    try (OutputFolder again = OutputFolder.open(out)) { // free once the first is done
      stage(again, report("again"));
      again.commit();
    }
    assertThat(read(out)).isEqualTo(report("again"));
  }

  @Test
  void theStagingFoldersOfKilledRunsAreRemovedByTheNext() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    Files.writeString(out.resolve(ReportFolder.MARKER), "");
    for (String dead : List.of("0011223344556677", "8899aabbccddeeff")) {
      Path staging = Files.createDirectory(out.resolve(OutputFolder.STAGING_PREFIX + dead));
      Files.writeString(staging.resolve(SubjectsCsv.FILE_NAME), "subject,le");
      // a folder inside one (not a run's doing) made every later run fail
      Files.writeString(Files.createDirectories(staging.resolve("a/b")).resolve("x"), "x");
    }
    Files.writeString(out.resolve(".exposure-staged-by-the-user"), "not ours: kept");
    try (OutputFolder folder = OutputFolder.open(out)) {
      assertThat(leftovers(out)).hasSize(2) // the user's, and this run's own staging folder
          .contains(".exposure-staged-by-the-user");
      assertThat(folder.folder()).isEqualTo(out);
    }
    assertThat(leftovers(out)).containsExactly(".exposure-staged-by-the-user");
    assertThat(read(out)).isEqualTo(report("first"));
  }

  /**
   * A run killed after its commit point, having moved {@code moved} of its four files: the folder
   * mixes two runs, {@code explain} refuses it, and the next run finishes the moves first.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void aRunKilledBetweenTwoMovesIsFinishedByTheNext(int moved) throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    Files.writeString(out.resolve(ReportFolder.MARKER), "");
    Path commit = Files.createDirectory(out.resolve(OutputFolder.COMMIT));
    Map<String, String> second = report("second");
    write(commit, second);
    for (String name : ReportFolder.FILE_NAMES.subList(0, moved)) {
      Files.move(commit.resolve(name), out.resolve(name),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(OutputFolder.interrupted(out)).isTrue();

    try (OutputFolder next = OutputFolder.open(out)) {
      assertThat(next.folder()).isEqualTo(out);
      assertThat(read(out)).as("finished before the next run writes anything").isEqualTo(second);
      assertThat(OutputFolder.interrupted(out)).isFalse();
    }
    assertThat(read(out)).isEqualTo(second);
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void theReaderTellsAFolderLeftBetweenTwoMoves() throws IOException {
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    try (ReportReader reader = ReportReader.open(out)) {
      assertThat(reader.interrupted()).isFalse();
    }
    Files.createDirectory(out.resolve(OutputFolder.COMMIT));
    try (ReportReader reader = ReportReader.open(out)) {
      assertThat(reader.interrupted()).isTrue();
    }
  }

  @Test
  void readersWaitForNoOneWhenNoRunIsMoving() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("run"));
      folder.commit();
    }
    assertThat(OutputFolder.readLock(out)).isPresent().get()
        .satisfies(lock -> lock.close());
    assertThat(OutputFolder.readLock(dir)).isEmpty(); // no marker: nothing to lock
    assertThat(Files.readString(out.resolve(SubjectsCsv.FILE_NAME), StandardCharsets.UTF_8))
        .isEqualTo("run subjects.csv\n");
  }

  @Test
  void plantedLinksUnderTheRunsOwnNamesAreNeverFollowed() throws IOException {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    write(elsewhere, report("elsewhere"));
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out, report("first"));
    Files.delete(out.resolve(ReportFolder.MARKER)); // replaced by a planted link below
    Files.createSymbolicLink(out.resolve(OutputFolder.COMMIT), elsewhere);
    Files.createSymbolicLink(out.resolve(OutputFolder.STAGING_PREFIX + "0011223344556677"), elsewhere);
    Files.createSymbolicLink(out.resolve(ReportFolder.MARKER), empty);
    assertThatThrownBy(() -> OutputFolder.open(out)).isInstanceOf(IOException.class)
        .hasMessageContaining(ReportFolder.MARKER);
    assertThat(Files.readString(empty)).isEmpty();
    Files.delete(out.resolve(ReportFolder.MARKER));
    Files.writeString(out.resolve(ReportFolder.MARKER), ""); // the earlier run's, as it should be
    try (OutputFolder folder = OutputFolder.open(out)) {
      stage(folder, report("second"));
      folder.commit();
    }
    assertThat(read(out)).isEqualTo(report("second"));
    assertThat(read(elsewhere)).isEqualTo(report("elsewhere"));
    assertThat(leftovers(out)).isEmpty();
  }
}
