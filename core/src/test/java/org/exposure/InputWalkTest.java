package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.exposure.model.UnusableSourceException;
import org.exposure.spi.ExtractSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of an input are read, and how every other one is accounted for: pipes, devices and
 * sockets never block the run, links to folders are listed, and the files of earlier reports are never
 * read back as extracts.
 */
class InputWalkTest {
  /** Generous: every walk here takes milliseconds; one that opens a pipe never ends. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final Predicate<Path> NOTHING = f -> false;
  private static final String CSV = "bsn;uitslag\n999993653;negatief\n";

  @TempDir Path dir;

  private static List<String> names(InputWalk walk) {
    return walk.sources().stream().map(ExtractSource::name).toList();
  }

  private static List<String> skipped(InputWalk walk) {
    return walk.skipped().stream().map(s -> s.source() + " | " + s.reason()).toList();
  }

  private Path csv(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, CSV, StandardCharsets.UTF_8);
  }

  private static Path mkfifo(Path file) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    } catch (IOException e) {
      p = null;
    }
    assumeThat(p != null && p.waitFor() == 0).as("mkfifo is available").isTrue();
    return file;
  }

  @Test
  void aFolderIsReadInPathOrderAtAnyDepth() throws IOException {
    csv("b.csv");
    csv("a/z.csv");
    csv("a/b/c/d.csv");
    csv("a-b.csv");
    InputWalk walk = InputWalk.of(dir, NOTHING);
    assertThat(names(walk)).containsExactly(dir.resolve("a-b.csv").toString(),
        dir.resolve("a/b/c/d.csv").toString(), dir.resolve("a/z.csv").toString(),
        dir.resolve("b.csv").toString());
    assertThat(walk.skipped()).isEmpty();
  }

  @Test
  void hiddenFilesAndFoldersAreListedNotReadAtAnyDepth() throws IOException {
    csv(".hidden.csv");
    csv(".git/objects/x.csv");
    csv("sub/.cache/y.csv");
    csv("sub/.z.csv");
    csv("..\\..\\etc\\passwd.csv");
    Path read = csv("sub/read.csv");
    InputWalk walk = InputWalk.of(dir, NOTHING);
    assertThat(names(walk)).containsExactly(read.toString());
    assertThat(skipped(walk)).containsExactlyInAnyOrder(
        dir.resolve(".hidden.csv") + " | " + InputWalk.HIDDEN,
        dir.resolve(".git") + " | " + InputWalk.HIDDEN,
        dir.resolve("sub/.cache") + " | " + InputWalk.HIDDEN,
        dir.resolve("sub/.z.csv") + " | " + InputWalk.HIDDEN,
        dir.resolve("..\\..\\etc\\passwd.csv") + " | " + InputWalk.HIDDEN);
    // named, a hidden folder is read
    assertThat(names(InputWalk.of(dir.resolve(".git"), NOTHING)))
        .containsExactly(dir.resolve(".git/objects/x.csv").toString());
  }

  @Test
  void theHiddenFilesOfExposuresOwnReportFoldersAreLeftOutWithoutAWord() throws IOException {
    csv("old-report/.exposure-report");
    csv("old-report/.exposure-staging-1234/subjects.csv");
    Path read = csv("lab.csv");
    Path users = csv("archive/.exposure-old/lab.csv"); // the user's, outside a report folder
    InputWalk walk = InputWalk.of(dir, NOTHING);
    assertThat(names(walk)).containsExactly(read.toString());
    assertThat(skipped(walk)).containsExactly(users.getParent() + " | " + InputWalk.HIDDEN);
  }

  @Test
  void excludedFilesAreLeftOutWithoutAWord() throws IOException {
    Path key = csv("exposure.key");
    Path read = csv("lab.csv");
    InputWalk walk = InputWalk.of(dir, key::equals);
    assertThat(names(walk)).containsExactly(read.toString());
    assertThat(walk.skipped()).isEmpty();
    assertThat(InputWalk.of(key, key::equals).sources()).isEmpty();
  }

  @Test
  void aLinkToAFileIsReadAndALinkToAFolderIsListedNotFollowed() throws IOException {
    Path target = csv("elsewhere/target.csv");
    Path breach = Files.createDirectories(dir.resolve("breach"));
    Path toFile = Files.createSymbolicLink(breach.resolve("link.csv"), target);
    Path toFolder = Files.createSymbolicLink(breach.resolve("more"), target.getParent());
    Path loop = Files.createSymbolicLink(breach.resolve("loop"), breach);
    Path broken = Files.createSymbolicLink(breach.resolve("gone.csv"), dir.resolve("missing.csv"));
    Path x1 = breach.resolve("x1");
    Path x2 = Files.createSymbolicLink(breach.resolve("x2"), x1);
    Files.createSymbolicLink(x1, x2);
    InputWalk walk = assertTimeoutPreemptively(HANG_GUARD, () -> InputWalk.of(breach, NOTHING));
    assertThat(names(walk)).containsExactly(toFile.toString());
    assertThat(skipped(walk)).containsExactly(
        broken + " | " + InputWalk.BROKEN_LINK,
        loop + " | " + InputWalk.LINK_TO_FOLDER,
        toFolder + " | " + InputWalk.LINK_TO_FOLDER,
        x1 + " | " + InputWalk.LOOPING_LINK,
        x2 + " | " + InputWalk.LOOPING_LINK);
  }

  @Test
  void aLinkToAFolderNamedAsTheInputIsFollowed() throws IOException {
    Path target = csv("elsewhere/target.csv");
    Path link = Files.createSymbolicLink(dir.resolve("named"), target.getParent());
    assertThat(names(InputWalk.of(link, NOTHING))).containsExactly(link.resolve("target.csv").toString());
  }

  @Test
  void aNamedPipeInAFolderOrNamedIsSkippedWithoutOpeningIt() throws Exception {
    Path fifo = mkfifo(dir.resolve("stream.csv"));
    Path read = csv("lab.csv");
    Path toFifo = Files.createSymbolicLink(dir.resolve("to-stream.csv"), fifo);
    InputWalk walk = assertTimeoutPreemptively(HANG_GUARD, () -> InputWalk.of(dir, NOTHING));
    assertThat(names(walk)).containsExactly(read.toString());
    assertThat(skipped(walk)).containsExactly(
        fifo + " | a named pipe (FIFO): not read (reading it could block the run or never end)",
        toFifo + " | a named pipe (FIFO): not read (reading it could block the run or never end)");
    InputWalk named = assertTimeoutPreemptively(HANG_GUARD, () -> InputWalk.of(fifo, NOTHING));
    assertThat(named.sources()).isEmpty();
    assertThat(named.skipped()).singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("a named pipe (FIFO)"));
  }

  @Test
  void aSocketAndADeviceAreSkipped() throws IOException {
    Path socket = dir.resolve("s.csv");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertThat(skipped(InputWalk.of(dir, NOTHING))).singleElement().asString()
          .startsWith(socket + " | a socket: not read");
    }
    Path device = Path.of("/dev/zero");
    assumeThat(Files.exists(device)).isTrue();
    InputWalk walk = assertTimeoutPreemptively(HANG_GUARD, () -> InputWalk.of(device, NOTHING));
    assertThat(skipped(walk)).containsExactly(
        "/dev/zero | a character device: not read (reading it could block the run or never end)");
  }

  @Test
  void theFilesOfAnEarlierReportAreListedWhereverItLies() throws IOException {
    Path read = csv("lab.csv");
    Path report = Files.createDirectories(dir.resolve("old/deep/exposure-report"));
    Files.writeString(report.resolve(ReportFolder.MARKER), "");
    for (String name : ReportFolder.FILE_NAMES) {
      Files.writeString(report.resolve(name), "subject,level\n");
    }
    Path usersOwn = Files.writeString(report.resolve("notes.csv"), CSV);
    InputWalk walk = InputWalk.of(dir, NOTHING);
    assertThat(names(walk)).containsExactly(read.toString(), usersOwn.toString());
    assertThat(walk.skipped()).hasSize(4).allSatisfy(s -> assertThat(s.reason())
        .isEqualTo(InputWalk.REPORT_FILE));
    // Named one by one, they are recognised too.
    assertThat(InputWalk.of(report.resolve("subjects.csv"), NOTHING).sources()).isEmpty();
    assertThat(InputWalk.of(usersOwn, NOTHING).sources()).hasSize(1);
  }

  @Test
  void aReportWrittenBeforeTheMarkerIsRecognisedByItsSubjectsHeader() throws IOException {
    Path report = Files.createDirectories(dir.resolve("earlier"));
    Files.writeString(report.resolve("report.json"), "{\n  \"report_format\" : \"1\"\n}\n");
    Files.writeString(report.resolve("subjects.csv"),
        "subject,level,se,dpc,ei,cb,dpc_rule\n0123456789abcdef,HIGH,3.5,3,1,0.5,X\n");
    Files.writeString(report.resolve("notification-list.csv"), "subject,level,se,harms\n");
    assertThat(InputWalk.of(dir, NOTHING).sources()).isEmpty();
    assertThat(InputWalk.of(dir, NOTHING).skipped()).hasSize(3);
  }

  @Test
  void anExtractThatMerelySharesAReportFilesNameIsRead() throws IOException {
    // No marker, no report.json: a lab's own subjects.csv is an extract like any other.
    Path subjects = csv("lab/subjects.csv");
    Path report = csv("lab/report.json"); // but one whose subjects.csv is not a report's
    assertThat(names(InputWalk.of(dir, NOTHING))).containsExactly(report.toString(),
        subjects.toString());
    Path alone = csv("other/subjects.csv");
    assertThat(names(InputWalk.of(alone, NOTHING))).containsExactly(alone.toString());
  }

  @Test
  void aMissingInputIsNotFound() {
    assertThatThrownBy(() -> InputWalk.of(dir.resolve("nope"), NOTHING))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void theAssessmentListsWhatTheWalkPassedOverAndNeverHangs() throws Exception {
    Path read = csv("breach/lab.csv");
    Path fifo = mkfifo(dir.resolve("breach/pipe.csv"));
    Path toFolder = Files.createSymbolicLink(dir.resolve("breach/linked"), dir);
    AnalysisOptions options = AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AnalysisResult r = assertTimeoutPreemptively(HANG_GUARD,
        () -> ExposureAnalysis.of(options).assess(List.of(dir.resolve("breach"))));
    assertThat(r.sources()).singleElement()
        .satisfies(s -> assertThat(s.source()).isEqualTo(read.toString()));
    assertThat(r.skipped()).extracting(SkippedSource::source)
        .containsExactly(toFolder.toString(), fifo.toString());
    assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD,
            () -> ExposureAnalysis.of(options).assess(List.of(fifo))))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageContaining("no file could be read as an extract")
        .hasMessageContaining("a named pipe (FIFO)");
  }
}
