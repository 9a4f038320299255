package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key file appears whole or not at all, and only a regular file is ever read as one. */
class KeyFileTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final int RUNS = 8;
  private static final int ROUNDS = 40;

  @TempDir Path dir;

  /**
   * Eight first runs at once, forty times over, each with a new key file: one creates it, the others
   * read that one; none reads it half-written ("does not hold a secret").
   */
  @Test
  void firstRunsStartedTogetherAllUseOneWholeSecret() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RUNS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Path key = dir.resolve("round-" + round + "/exposure.key");
        CyclicBarrier start = new CyclicBarrier(RUNS);
        List<Future<KeyFile.Loaded>> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
          runs.add(pool.submit(() -> {
            start.await();
            return KeyFile.load(key);
          }));
        }
        int created = 0;
        for (Future<KeyFile.Loaded> run : runs) {
          created += run.get().created() ? 1 : 0; // a failed load fails the test here
        }
        // One created the file; the others read it, whole: the file holds the one secret all use.
        assertThat(created).as("round %d", round).isEqualTo(1);
        assertThat(Files.readString(key)).matches("[0-9a-f]{64}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
            .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(key.getParent())) {
          assertThat(files).as("no temporary file left").containsExactly(key);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A key file copied or written with the default permissions is used, and said to be exposed. */
  @Test
  void aKeyOthersMayReadIsToldApart() throws IOException {
    Path key = dir.resolve("copied.key");
    Files.writeString(key, "00ff".repeat(16) + "\n");
    Files.setPosixFilePermissions(key,
        PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(KeyFile.load(key).readableByOthers()).isTrue();
    Files.setPosixFilePermissions(key,
        PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyFile.load(key).readableByOthers()).isFalse();
    assertThat(KeyFile.load(dir.resolve("new.key")).readableByOthers()).isFalse();
  }

  @Test
  void aFolderADeviceAndAnOverlongFileAreRefused() throws IOException {
    assertThatThrownBy(() -> KeyFile.load(dir)).hasMessage("is a folder, not a file");
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).isTrue();
    assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> KeyFile.load(zero))
        .hasMessageStartingWith("not a regular file"));
    Path overlong = Files.writeString(dir.resolve("long.key"), "ab".repeat(32) + "\n".repeat(2000));
    assertThatThrownBy(() -> KeyFile.load(overlong))
        .hasMessage("does not hold a secret of at least 32 hex digits");
    Path padded = Files.writeString(dir.resolve("padded.key"), "  " + "ab".repeat(32) + "\r\n");
    assertThat(KeyFile.load(padded).created()).isFalse();
  }

  /** A named pipe as the key file is one line and exit 1, at once: nothing writes to it. */
  @Test
  void aNamedPipeAsTheKeyFileIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = Fifos.make(dir.resolve("exposure.key"));
    Path csv = Files.writeString(dir.resolve("lab.csv"), "bsn;uitslag\n999993653;negatief\n");
    StringWriter err = new StringWriter();
    int code = assertTimeoutPreemptively(HANG_GUARD, () -> ExposureCommand.run(new String[] {
        "assess", csv.toString(), "--out", dir.resolve("out").toString(), "--key-file",
        fifo.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n")
        .isEqualTo("exposure: cannot use the key file " + fifo + ": not a regular file (a pipe, "
            + "device or socket would block the run)");
  }
}
