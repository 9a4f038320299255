package org.exposure.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.exposure.Progress;

/**
 * A one-line progress display on stderr for runs longer than a second: share of the input read,
 * records, rate and time left, redrawn in place four times a second and wiped when the run ends.
 * Shows nothing when disabled ({@code --quiet}, or stderr not a terminal).
 */
final class ProgressBar implements AutoCloseable {
  private static final long FIRST_DRAW_MILLIS = 1000;
  private static final long REDRAW_MILLIS = 250;

  private final Progress progress;
  private final PrintWriter err;
  private final Thread thread;
  private final long startNanos = System.nanoTime();
  private volatile boolean running = true;
  private int drawnWidth;

  private ProgressBar(Progress progress, PrintWriter err, boolean enabled) {
    this.progress = progress;
    this.err = err;
    this.thread = enabled ? new Thread(this::draw, "exposure-progress") : null;
    if (thread != null) {
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** A bar that draws the progress on {@code err} while enabled. */
  static ProgressBar start(Progress progress, PrintWriter err, boolean enabled) {
    return new ProgressBar(progress, err, enabled);
  }

  private void draw() {
    try {
      Thread.sleep(FIRST_DRAW_MILLIS);
      while (running) {
        String line = line(progress.stage(), progress.bytesRead(), progress.totalBytes(),
            progress.recordsRead(), Duration.ofNanos(System.nanoTime() - startNanos));
        synchronized (this) {
          if (!running) {
            return;
          }
          err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
          err.flush();
          drawnWidth = line.length();
        }
        Thread.sleep(REDRAW_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The line for a progress after the given time, e.g. {@code exposure: reading 45% · 1,234 records ·
   * 2,000 records/s · 0:12 left}.
   */
  static String line(Progress.Stage stage, long bytesRead, long totalBytes, long records,
      Duration elapsed) {
    double seconds = Math.max(1e-3, elapsed.toNanos() / 1e9);
    String rate = String.format(Locale.ROOT, "%,.0f records/s", records / seconds);
    if (stage == Progress.Stage.SCORING || stage == Progress.Stage.DONE) {
      return String.format(Locale.ROOT, "exposure: scoring subjects · %,d records read", records);
    }
    double share = totalBytes == 0 ? 0 : Math.min(0.99, (double) bytesRead / totalBytes);
    String left = share <= 0.01 ? "" : " · " + clock(seconds * (1 - share) / share) + " left";
    return String.format(Locale.ROOT, "exposure: reading %2.0f%% · %,d records · %s%s", share * 100,
        records, rate, left);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Stops drawing and wipes the line, so that what follows starts on a clean line. */
  @Override
  public void close() {
    running = false;
    if (thread == null) {
      return;
    }
    thread.interrupt();
    synchronized (this) {
      if (drawnWidth > 0) {
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
      }
    }
  }
}
