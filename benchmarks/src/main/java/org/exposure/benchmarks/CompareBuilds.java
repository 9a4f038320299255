package org.exposure.benchmarks;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares two builds of Exposure on one extract, in one JVM, in turns: on a shared machine whose speed
 * drifts by a third within minutes, two benchmark runs minutes apart cannot tell a 10% change, but two
 * builds timed one after the other, round after round, slow down alike. Each build's benchmarks jar is
 * loaded by a class loader of its own and driven through the public API by reflection, so any build
 * with {@code ExposureAnalysis.of} and {@code AnalysisOptions.builder} can be compared.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.CompareBuilds \
 *     --baseline /tmp/before.jar --candidate benchmarks/target/benchmarks.jar \
 *     --file cohort.csv --threads 2 --rounds 10
 * </pre>
 */
@Command(
    name = "CompareBuilds",
    description = "Times two builds' benchmarks jars on one extract, in one JVM, in turns, and prints "
        + "the median of the rounds' time ratios and CPU time ratios, candidate / baseline.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class CompareBuilds implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--baseline", required = true, paramLabel = "JAR",
      description = "The benchmarks jar of the build to compare against (required).")
  private Path baseline;

  @Option(names = "--candidate", required = true, paramLabel = "JAR",
      description = "The benchmarks jar of the changed build (required).")
  private Path candidate;

  @Option(names = "--file", required = true, paramLabel = "EXTRACT",
      description = "The extract both builds assess (required).")
  private Path file;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads each build assesses on (default: the number of processors, here "
          + "${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rounds", paramLabel = "R",
      description = "Rounds timed after 3 warm-ups (default: ${DEFAULT-VALUE}).")
  private int rounds = 10;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  CompareBuilds() {}

  public static void main(String[] args) {
    CommandLines.main(new CompareBuilds(), args);
  }

  @Override
  public Integer call() throws Exception {
    CommandLines.atLeast(spec.commandLine(), "--threads", threads, 1);
    CommandLines.atLeast(spec.commandLine(), "--rounds", rounds, 1);
    Build[] builds = {new Build(baseline, threads), new Build(candidate, threads)};
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      for (Build build : builds) {
        build.assess(file);
      }
    }
    long[][] millis = new long[2][rounds];
    long[][] cpuNanos = new long[2][rounds];
    double[] ratios = new double[rounds];
    double[] cpuRatios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        System.gc();
        long cpu = EndToEndBenchmark.processCpu();
        millis[b][r] = builds[b].assess(file);
        cpuNanos[b][r] = EndToEndBenchmark.processCpu() - cpu;
      }
      ratios[r] = (double) millis[1][r] / millis[0][r];
      cpuRatios[r] = (double) cpuNanos[1][r] / Math.max(1, cpuNanos[0][r]);
    }
    System.out.printf(Locale.ROOT, "file: %s, %,d bytes; %d threads; %d rounds after 3 warm-ups%n",
        file.getFileName(), Files.size(file), threads, rounds);
    System.out.println("baseline ms:  " + Arrays.toString(millis[0]));
    System.out.println("candidate ms: " + Arrays.toString(millis[1]));
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "candidate / baseline: %.3f (median of the rounds' ratios; "
        + "%.3f to %.3f)%n", ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
    // CPU time drifts less than wall time on a shared machine, and shows work saved on any thread.
    Arrays.sort(cpuRatios);
    System.out.printf(Locale.ROOT, "CPU time, candidate / baseline: %.3f (median; %.3f to %.3f)%n",
        cpuRatios[rounds / 2], cpuRatios[0], cpuRatios[rounds - 1]);
    return CommandLines.OK;
  }

  /** One build, loaded apart from the other, with an analysis made once. */
  private static final class Build {
    private final Object analysis;
    private final Method assess;

    Build(Path jar, int threads) throws IOException, ReflectiveOperationException {
      if (!Files.isRegularFile(jar)) {
        throw new IOException("no such jar: " + jar);
      }
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      // The analysis finds its readers with ServiceLoader, through the context class loader.
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader);
      try {
        Class<?> optionsClass = loader.loadClass("org.exposure.AnalysisOptions");
        Object builder = optionsClass.getMethod("builder").invoke(null);
        builder.getClass().getMethod("threads", int.class).invoke(builder, threads);
        builder.getClass().getMethod("assessmentDate", LocalDate.class)
            .invoke(builder, LocalDate.of(2025, 7, 1));
        Object options = builder.getClass().getMethod("build").invoke(builder);
        Class<?> analysisClass = loader.loadClass("org.exposure.ExposureAnalysis");
        this.analysis = analysisClass.getMethod("of", optionsClass).invoke(null, options);
        this.assess = analysisClass.getMethod("assess", List.class);
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
    }

    /** Assesses the file once; the time it took, in milliseconds. */
    long assess(Path file) throws ReflectiveOperationException {
      long start = System.nanoTime();
      try {
        assess.invoke(analysis, List.of(file));
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("the build failed to assess " + file, e.getCause());
      }
      return (System.nanoTime() - start) / 1_000_000;
    }
  }
}
