package org.exposure.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of the suite's table: a layout's alternated pairs of a bare parse and the CLI, each a fresh
 * process; an immutable value. Ratios are the CLI's wall time over the bare parse's, pair by pair (a
 * machine whose speed drifts slows both of a pair alike), and the row gives their median and range.
 * A pair whose CLI did not exit 0 is reported as a failure with its exit code, never as a time.
 *
 * @param label  the layout's name as shown (with any note, such as the heap limit)
 * @param rows   records after the header (women for FHIR)
 * @param bytes  the input's size on disk
 * @param heldOut whether the layout is held out from tuning
 * @param bare   the bare parses, in pair order
 * @param cli    the CLI runs, in pair order
 */
record SuiteResult(String label, long rows, long bytes, boolean heldOut, List<ProcessRun> bare,
    List<ProcessRun> cli) {

  SuiteResult {
    Objects.requireNonNull(label, "label");
    bare = List.copyOf(bare);
    cli = List.copyOf(cli);
    if (bare.size() != cli.size() || bare.isEmpty()) {
      throw new IllegalArgumentException("expected as many bare runs as CLI runs, at least one; got "
          + bare.size() + " and " + cli.size());
    }
  }

  /** Whether every run of every pair ended by itself with exit code 0. */
  boolean succeeded() {
    return bare.stream().allMatch(ProcessRun::succeeded) && cli.stream().allMatch(ProcessRun::succeeded);
  }

  /** The Markdown header of the table. */
  static String header() {
    return "| layout | rows | file size | bare median | CLI median | CLI / bare, median (range) "
        + "| peak RSS bare / CLI | held out |\n|---|---:|---:|---:|---:|---:|---:|---|";
  }

  /** This result as a row of the table. */
  String markdown() {
    String size = String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    String start = String.format(Locale.ROOT, "| %s | %,d | %s | ", label, rows, size);
    String held = heldOut ? "yes" : "";
    for (ProcessRun run : cli) {
      if (!run.succeeded()) {
        return start + failure(bare) + " | " + failure(List.of(run)) + " | failed | " + rss(bare) + " / - | "
            + held + " |";
      }
    }
    for (ProcessRun run : bare) {
      if (!run.succeeded()) {
        return start + failure(List.of(run)) + " | " + seconds(cli) + " | bare parse failed | - / "
            + rss(cli) + " | " + held + " |";
      }
    }
    double[] ratios = new double[cli.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = cli.get(i).seconds() / bare.get(i).seconds();
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    return start + seconds(bare) + " | " + seconds(cli) + " | "
        + String.format(Locale.ROOT, "**%.2f×** (%.2f–%.2f)", median(ratios), sorted[0], sorted[sorted.length - 1])
        + " | " + rss(bare) + " / " + rss(cli) + " MB | " + held + " |";
  }

  private static String failure(List<ProcessRun> runs) {
    for (ProcessRun run : runs) {
      if (run.timedOut()) {
        return String.format(Locale.ROOT, "stopped after %.0f s", run.seconds());
      }
      if (run.exitCode() != 0) {
        return "exit " + run.exitCode();
      }
    }
    return seconds(runs);
  }

  private static String seconds(List<ProcessRun> runs) {
    return String.format(Locale.ROOT, "%.2f s", median(runs.stream().mapToDouble(ProcessRun::seconds).toArray()));
  }

  private static String rss(List<ProcessRun> runs) {
    double[] kb = runs.stream().mapToDouble(ProcessRun::peakRssKb).toArray();
    double median = median(kb);
    return median < 0 ? "?" : String.format(Locale.ROOT, "%.0f", median / 1024);
  }

  /** The median; the mean of the middle two for an even count. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
