package org.exposure.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The FHIR end-to-end benchmark: generates a screening cohort as a FHIR NDJSON bulk export (Patient and
 * Observation files), then times, in the same JVM and in turns, a bare HAPI FHIR parse of every line
 * and the full assessment of the folder, on one thread and on all cores, and prints the resource
 * rates, their ratios and the speed-up. Medians of {@code --runs} runs after {@code --warmups} rounds
 * of all four (three by default: the JIT compiler takes several runs of the assessment to settle); the
 * ratios and the speed-up are each run's, paired, so that a machine whose speed drifts slows both
 * alike.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.FhirEndToEndBenchmark \
 *     --rows 100000 --runs 5
 * </pre>
 */
@Command(
    name = "FhirEndToEndBenchmark",
    description = "Generates a screening cohort as a FHIR NDJSON bulk export and times a bare HAPI FHIR "
        + "parse against the full assessment, on one thread and on all cores.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class FhirEndToEndBenchmark implements Callable<Integer> {
  private static final int BATCH = 256;

  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N",
      description = "Women in the generated cohort (default: ${DEFAULT-VALUE}).")
  private long rows = 100_000;

  @Option(names = "--runs", paramLabel = "R",
      description = "Timed runs; their medians are printed (default: ${DEFAULT-VALUE}).")
  private int runs = 5;

  @Option(names = "--warmups", paramLabel = "W",
      description = "Warm-up rounds of all four timings (default: ${DEFAULT-VALUE}).")
  private int warmups = 3;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  FhirEndToEndBenchmark() {}

  public static void main(String[] args) {
    CommandLines.main(new FhirEndToEndBenchmark(), args);
  }

  @Override
  public Integer call() throws Exception {
    CommandLines.atLeast(spec.commandLine(), "--rows", rows, 0);
    CommandLines.atLeast(spec.commandLine(), "--runs", runs, 1);
    CommandLines.atLeast(spec.commandLine(), "--warmups", warmups, 0);
    Path dir = Files.createTempDirectory("exposure-fhir-");
    try {
      Path csv = dir.resolve("cohort.csv");
      new CohortGenerator().write(CohortSpec.builder().rows(rows).splitRows(true).build(), csv);
      Path export = dir.resolve("export");
      long resources = FhirCohortWriter.write(csv, export);
      Files.delete(csv);
      run(export, resources, rows, runs, warmups, System.out);
      return CommandLines.OK;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void run(Path export, long resources, long women, int runs, int warmups,
      PrintStream out) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    ExposureAnalysis one = ExposureAnalysis.of(options(1));
    ExposureAnalysis all = ExposureAnalysis.of(options(cores));
    List<Path> input = List.of(export);
    AnalysisResult result = one.assess(input);
    List<Task> tasks = List.of(() -> bareParse(export, 1), () -> one.assess(input),
        () -> bareParse(export, cores), () -> all.assess(input));
    for (int i = 0; i < warmups; i++) {
      for (Task task : tasks) {
        task.run();
      }
    }
    long[][] times = new long[4][runs];
    long[][] cpu = new long[4][runs];
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < 4; k++) {
        System.gc();
        long c0 = EndToEndBenchmark.processCpu();
        long t0 = System.nanoTime();
        tasks.get(k).run();
        times[k][i] = System.nanoTime() - t0;
        cpu[k][i] = EndToEndBenchmark.processCpu() - c0;
      }
    }
    // Each run's rate ratios, bare time over assessment time, paired: the machine drifts between runs.
    double[] oneThread = new double[runs];
    double[] allThreads = new double[runs];
    double[] speedUps = new double[runs];
    for (int i = 0; i < runs; i++) {
      oneThread[i] = (double) times[0][i] / times[1][i];
      allThreads[i] = (double) times[2][i] / times[3][i];
      speedUps[i] = (double) times[1][i] / times[3][i];
    }
    double[] ms = new double[4];
    double[] cpuMs = new double[4];
    for (int k = 0; k < 4; k++) {
      Arrays.sort(times[k]);
      Arrays.sort(cpu[k]);
      ms[k] = times[k][runs / 2] / 1e6;
      cpuMs[k] = cpu[k][runs / 2] / 1e6;
    }
    out.printf(Locale.ROOT, "export: %,d resources (%,d women), %,d bytes of NDJSON%n", resources,
        women, size(export));
    out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %,d MiB; median of %d runs after %d "
        + "warm-ups%n", System.getProperty("java.version"), cores,
        Runtime.getRuntime().maxMemory() >> 20, runs, warmups);
    String row = "%-32s %,10.0f ms  %,10.0f resources/s%n";
    out.printf(Locale.ROOT, row, "bare HAPI parse, 1 thread:", ms[0], resources / (ms[0] / 1e3));
    out.printf(Locale.ROOT, row, "full assessment, 1 thread:", ms[1], resources / (ms[1] / 1e3));
    out.printf(Locale.ROOT, row, "bare HAPI parse, " + cores + " threads:", ms[2],
        resources / (ms[2] / 1e3));
    out.printf(Locale.ROOT, row, "full assessment, " + cores + " threads:", ms[3],
        resources / (ms[3] / 1e3));
    out.printf(Locale.ROOT, "assessment rate / bare parse rate, 1 thread: %s%n", median(oneThread));
    out.printf(Locale.ROOT, "assessment rate / bare parse rate, %d threads: %s%n", cores,
        median(allThreads));
    out.printf(Locale.ROOT, "assessment speed-up with %d threads: %s%n", cores, median(speedUps));
    // What assessing adds to parsing, on one thread: GC, JIT and the reading thread included in both.
    out.printf(Locale.ROOT, "CPU time, 1 thread: bare %,.0f ms, assessment %,.0f ms; beyond the "
        + "parse %,.0f ms, %.2f times the bare parse's%n", cpuMs[0], cpuMs[1], cpuMs[1] - cpuMs[0],
        (cpuMs[1] - cpuMs[0]) / cpuMs[0]);
    out.printf(Locale.ROOT, "assessed %,d resources, rejected %,d, subjects %,d%n",
        result.recordsAssessed(), result.recordsRejected(), result.cohort().subjects());
  }

  private static AnalysisOptions options(int threads) {
    return AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1)).threads(threads).build();
  }

  /** The median of the runs' values, with their range. */
  private static String median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.2f (median of the runs; %.2f to %.2f)",
        sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
  }

  @FunctionalInterface
  private interface Task {
    void run() throws Exception;
  }

  private static final FhirContext R4 = FhirContext.forR4Cached();
  private static final ThreadLocal<IParser> PARSER = ThreadLocal.withInitial(R4::newJsonParser);

  /** Parses every line of every NDJSON file with HAPI, batches on the given number of threads. */
  static long bareParse(Path export, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long parsed = 0;
    try (Stream<Path> listing = Files.list(export)) {
      List<Future<Integer>> batches = new ArrayList<>();
      for (Path file : (Iterable<Path>) listing.sorted()::iterator) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          List<String> batch = new ArrayList<>(BATCH);
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            batch.add(line);
            if (batch.size() == BATCH) {
              batches.add(submit(pool, batch));
              batch = new ArrayList<>(BATCH);
            }
            if (batches.size() >= 4 * threads) { // bounded: the file is not read into memory
              parsed += batches.remove(0).get();
            }
          }
          batches.add(submit(pool, batch));
        }
      }
      for (Future<Integer> f : batches) {
        parsed += f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return parsed;
  }

  private static Future<Integer> submit(ExecutorService pool, List<String> batch) {
    return pool.submit(() -> {
      IParser parser = PARSER.get();
      for (String line : batch) {
        parser.parseResource(line);
      }
      return batch.size();
    });
  }

  private static long size(Path export) throws IOException {
    try (Stream<Path> files = Files.list(export)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
