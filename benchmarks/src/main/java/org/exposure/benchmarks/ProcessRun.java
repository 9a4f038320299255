package org.exposure.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One whole process, timed: its wall time, its peak resident set size and how it ended; an immutable
 * value. {@link #of} starts the process and waits for it.
 *
 * <p>Peak RSS comes from GNU time ({@code /usr/bin/time -f "%e %M"}) when it is installed, else from
 * polling the process's {@code VmHWM} in {@code /proc/PID/status} every 10 ms (its high-water mark,
 * so a late poll misses little); where neither exists it is unknown (-1).
 *
 * @param seconds    wall time from start to exit, in seconds
 * @param peakRssKb  peak resident set size in KiB, or -1 when unknown
 * @param exitCode   the process's exit code, or -1 when it was stopped
 * @param timedOut   whether it ran past the guard and was stopped
 */
record ProcessRun(double seconds, long peakRssKb, int exitCode, boolean timedOut) {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** Whether the process ended by itself with exit code 0. */
  boolean succeeded() {
    return !timedOut && exitCode == 0;
  }

  /**
   * Runs {@code command} to its end (or until {@code guardSeconds}), its output discarded but for
   * stderr, which goes to {@code errorLog}.
   *
   * @param command      the command and its arguments
   * @param errorLog     where the process's stderr goes (replaced)
   * @param guardSeconds a run longer than this is stopped and reported as timed out
   * @return the run
   * @throws IOException if the process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  static ProcessRun of(List<String> command, Path errorLog, long guardSeconds)
      throws IOException, InterruptedException {
    Objects.requireNonNull(command, "command");
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    Path timeFile = errorLog.resolveSibling(errorLog.getFileName() + ".time");
    List<String> full = new ArrayList<>();
    if (gnuTime) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %M", "-o", timeFile.toString()));
    }
    full.addAll(command);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(full)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errorLog.toFile())
        .start();
    long peak = -1;
    long deadline = start + TimeUnit.SECONDS.toNanos(guardSeconds);
    boolean ended = false;
    while (!ended && System.nanoTime() < deadline) {
      ended = process.waitFor(10, TimeUnit.MILLISECONDS);
      if (!ended && !gnuTime) {
        peak = Math.max(peak, highWaterMark(process.pid()));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      return new ProcessRun(seconds, peak, -1, true);
    }
    if (gnuTime) {
      peak = gnuTimePeak(timeFile);
      Files.deleteIfExists(timeFile);
    }
    return new ProcessRun(seconds, peak, process.exitValue(), false);
  }

  /** The last line of GNU time's output is "%e %M"; a line before it may say the exit status. */
  private static long gnuTimePeak(Path timeFile) throws IOException {
    if (!Files.exists(timeFile)) {
      return -1;
    }
    List<String> lines = Files.readAllLines(timeFile, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] parts = lines.get(i).strip().split(" ");
      if (parts.length == 2 && parts[1].matches("\\d+")) {
        return Long.parseLong(parts[1]);
      }
    }
    return -1;
  }

  /** {@code VmHWM} of the process in KiB, or -1 when it cannot be read (gone, or no /proc). */
  private static long highWaterMark(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"),
          StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1; // the process has just ended, or this is not Linux
    }
    return -1;
  }
}
