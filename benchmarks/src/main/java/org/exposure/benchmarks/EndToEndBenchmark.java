package org.exposure.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.csv.CsvExtract;
import org.exposure.csv.CsvPart;
import org.exposure.csv.CsvRow;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The end-to-end benchmark: generates a synthetic screening extract, then times, in the same JVM, a bare
 * Commons CSV parse of the file and the full assessment of it, and prints both, their ratio, the rows
 * per second and the peak heap. Each is run {@code --warmups} times to warm up (the JIT compiler takes
 * several runs of the assessment to settle: five by default, one at least) and then {@code --runs}
 * times, in turns, so that a machine whose speed drifts slows both alike; the medians are reported,
 * and the ratio is the median of the runs' ratios. The CPU time of both is printed too: on a shared
 * machine it drifts less than the wall clock. Each run also times the parse alone, cut into parts on
 * all threads as the assessment cuts it: the floor under the assessment's time. Then the assessment is
 * timed on one thread, to show how it scales and how much CPU time it adds to the parse.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.EndToEndBenchmark \
 *     --rows 485000 --runs 5
 * </pre>
 */
@Command(
    name = "EndToEndBenchmark",
    description = "Generates a synthetic screening extract and times a bare Commons CSV parse of it "
        + "against its full assessment, in turns, in the same JVM.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class EndToEndBenchmark implements Callable<Integer> {
  @Spec
  private CommandSpec commandSpec;

  @Option(names = "--rows", paramLabel = "N",
      description = "Women in the generated extract (default: ${DEFAULT-VALUE}).")
  private long rows = CohortSpec.DEFAULT_ROWS;

  @Option(names = "--runs", paramLabel = "R",
      description = "Timed runs; their medians are printed (default: ${DEFAULT-VALUE}).")
  private int runs = 5;

  @Option(names = "--warmups", paramLabel = "W",
      description = "Warm-up runs of each timing, one at least (default: ${DEFAULT-VALUE}).")
  private int warmups = 5;

  @Option(names = "--file", paramLabel = "CSV",
      description = "Where to write the generated extract, kept after the run (default: a temporary "
          + "file, deleted after the run).")
  private Path file;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  EndToEndBenchmark() {}

  public static void main(String[] args) {
    CommandLines.main(new EndToEndBenchmark(), args);
  }

  @Override
  public Integer call() throws IOException {
    CommandLines.atLeast(commandSpec.commandLine(), "--rows", rows, 0);
    CommandLines.atLeast(commandSpec.commandLine(), "--runs", runs, 1);
    CohortSpec spec = CohortSpec.builder().rows(rows).splitRows(true).build();
    boolean temporary = file == null;
    Path extract = temporary ? Files.createTempFile("exposure-cohort-", ".csv") : file;
    try {
      new CohortGenerator().write(spec, extract);
      run(spec, extract, runs, warmups, System.out);
      return CommandLines.OK;
    } finally {
      if (temporary) {
        Files.deleteIfExists(extract);
      }
    }
  }

  private static void run(CohortSpec spec, Path file, int runs, int warmups, PrintStream out)
      throws IOException {
    AnalysisOptions options = options(Runtime.getRuntime().availableProcessors());
    ExposureAnalysis analysis = ExposureAnalysis.of(options);
    ExposureAnalysis oneThread = ExposureAnalysis.of(options(1));
    List<Path> input = List.of(file);

    int threads = options.threads();
    long records = bareParse(file, spec);
    AnalysisResult result = analysis.assess(input);
    partsParse(file, threads);
    for (int i = 1; i < warmups; i++) {
      bareParse(file, spec);
      result = analysis.assess(input);
      partsParse(file, threads);
    }
    long[] bare = new long[runs];
    long[] full = new long[runs];
    long[] parts = new long[runs];
    long[] bareCpu = new long[runs];
    long[] fullCpu = new long[runs];
    long peakBare = 0;
    long peakFull = 0;
    for (int i = 0; i < runs; i++) {
      resetPeaks();
      long c0 = processCpu();
      long t0 = System.nanoTime();
      bareParse(file, spec);
      bare[i] = System.nanoTime() - t0;
      bareCpu[i] = processCpu() - c0;
      peakBare = Math.max(peakBare, peakHeap());
      resetPeaks();
      c0 = processCpu();
      t0 = System.nanoTime();
      result = analysis.assess(input);
      full[i] = System.nanoTime() - t0;
      fullCpu[i] = processCpu() - c0;
      peakFull = Math.max(peakFull, peakHeap());
      System.gc();
      t0 = System.nanoTime();
      partsParse(file, threads);
      parts[i] = System.nanoTime() - t0;
    }
    long[] single = new long[runs];
    long[] singleCpu = new long[runs];
    for (int i = 0; i < warmups; i++) {
      oneThread.assess(input);
    }
    for (int i = 0; i < runs; i++) {
      System.gc();
      long c0 = processCpu();
      long t0 = System.nanoTime();
      oneThread.assess(input);
      single[i] = System.nanoTime() - t0;
      singleCpu[i] = processCpu() - c0;
    }
    double[] ratios = new double[runs];
    double[] partsRatios = new double[runs];
    for (int i = 0; i < runs; i++) {
      ratios[i] = (double) full[i] / bare[i];
      partsRatios[i] = (double) parts[i] / bare[i];
    }
    Arrays.sort(ratios);
    Arrays.sort(partsRatios);
    double bareMs = median(bare) / 1e6;
    double fullMs = median(full) / 1e6;
    double singleMs = median(single) / 1e6;
    out.printf(Locale.ROOT, "file: %,d records (%,d women), %,d bytes, %s, '%s'-delimited%n",
        records, spec.rows(), Files.size(file), spec.encoding().token(), delimiterName(spec));
    out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %,d MiB; median of %d runs after %d "
        + "warm-ups%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, runs, warmups);
    out.printf(Locale.ROOT, "bare Commons CSV parse: %,10.0f ms  %,12.0f records/s  peak heap %,6d MiB%n",
        bareMs, records / (bareMs / 1e3), peakBare >> 20);
    out.printf(Locale.ROOT, "full assessment:        %,10.0f ms  %,12.0f records/s  peak heap %,6d MiB%n",
        fullMs, result.recordsRead() / (fullMs / 1e3), peakFull >> 20);
    out.printf(Locale.ROOT, "ratio full / bare:      %.2f (median of the runs' ratios; %.2f to %.2f)%n",
        ratios[runs / 2], ratios[0], ratios[runs - 1]);
    out.printf(Locale.ROOT, "parse only, in the assessment's parts on %d threads: %,.0f ms, %.2f "
        + "times the bare parse (the floor under the assessment; %.2f to %.2f)%n", threads,
        median(parts) / 1e6, partsRatios[runs / 2], partsRatios[0], partsRatios[runs - 1]);
    out.printf(Locale.ROOT, "CPU time (all threads, GC and JIT included): bare %,.0f ms, full %,.0f ms, "
        + "%.2f times the bare parse's%n", median(bareCpu) / 1e6, median(fullCpu) / 1e6,
        median(fullCpu) / median(bareCpu));
    out.printf(Locale.ROOT, "one thread:             %,10.0f ms  %,12.0f records/s%n",
        singleMs, result.recordsRead() / (singleMs / 1e3));
    // What assessing adds to parsing, on one thread where nothing runs in parallel: the work that
    // both cores must share on top of the parse floor above.
    double addedCpu = (median(singleCpu) - median(bareCpu)) / 1e6;
    out.printf(Locale.ROOT, "CPU time beyond the parse, one thread: %,.0f ms, %.2f times the bare "
        + "parse's%n", addedCpu, addedCpu / (median(bareCpu) / 1e6));
    // CPU time on all threads against one: above 1, the threads did more work between them (the
    // cut scan, cache and memory contention), and the speed-up falls short of the cores' number.
    out.printf(Locale.ROOT, "speed-up with %d threads: %.2f (CPU time %,.0f ms against %,.0f ms on "
        + "one thread: %.2f times)%n", options.threads(), singleMs / fullMs, median(fullCpu) / 1e6,
        median(singleCpu) / 1e6, median(fullCpu) / median(singleCpu));
    out.printf(Locale.ROOT, "assessed %,d records, rejected %,d, subjects %,d%n",
        result.recordsAssessed(), result.recordsRejected(), result.cohort().subjects());
  }

  private static AnalysisOptions options(int threads) {
    return AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
        .controller(ControllerType.HEALTH)
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .threads(threads)
        .build();
  }

  /** Parses every record with Commons CSV alone and touches every field, as the assessment must. */
  static long bareParse(Path file, CohortSpec spec) throws IOException {
    Charset charset = spec.encoding().charset();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(spec.delimiter()).get();
    long records = 0;
    long chars = 0;
    try (InputStream in = Files.newInputStream(file)) {
      if (spec.encoding().byteOrderMark()) {
        in.skipNBytes(3);
      }
      try (CSVParser parser = CSVParser.builder()
          .setReader(new BufferedReader(new InputStreamReader(in, charset), 1 << 16))
          .setFormat(format)
          .get()) {
        for (CSVRecord record : parser) {
          for (String value : record.values()) {
            chars += value.length();
          }
          records++;
        }
      }
    }
    if (chars < 0) {
      throw new AssertionError(); // keeps the loop's work observable
    }
    return records - 1; // the header row
  }

  /**
   * Parses the file as the assessment does on more than one thread, cut into four parts per thread
   * each read by its own Commons CSV parser on the next free thread, and touches every field, but
   * assesses nothing: the least time the assessment could take with this parser.
   */
  static long partsParse(Path file, int threads) throws IOException {
    List<CsvPart> parts = CsvExtract.open(file, file.toString()).parts(threads * 4);
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "parse-only");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Long>> chars = new ArrayList<>(parts.size());
      for (CsvPart part : parts) {
        chars.add(pool.submit(() -> {
          long[] n = {0};
          part.read(row -> {
            if (row instanceof CsvRow.Accepted accepted) {
              accepted.values().forEach(v -> n[0] += v.length());
            }
          });
          return n[0];
        }));
      }
      long total = 0;
      for (Future<Long> f : chars) {
        total += f.get();
      }
      return total;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("a part could not be parsed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The CPU time the whole JVM has used, in nanoseconds: steadier than wall time on a shared machine. */
  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound on the peak heap. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static String delimiterName(CohortSpec spec) {
    return spec.delimiter() == '\t' ? "tab" : String.valueOf(spec.delimiter());
  }
}
