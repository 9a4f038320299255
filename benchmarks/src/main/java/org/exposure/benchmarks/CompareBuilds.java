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
public final class CompareBuilds {
  private CompareBuilds() {}

  public static void main(String[] args) throws Exception {
    Path baseline = null;
    Path candidate = null;
    Path file = null;
    int threads = Runtime.getRuntime().availableProcessors();
    int rounds = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--baseline" -> baseline = Path.of(args[++i]);
        case "--candidate" -> candidate = Path.of(args[++i]);
        case "--file" -> file = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> usage();
      }
    }
    if (baseline == null || candidate == null || file == null || rounds < 1) {
      usage();
    }
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
  }

  private static void usage() {
    System.err.println("usage: CompareBuilds --baseline JAR --candidate JAR --file EXTRACT "
        + "[--threads N] [--rounds R]");
    System.exit(2);
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
