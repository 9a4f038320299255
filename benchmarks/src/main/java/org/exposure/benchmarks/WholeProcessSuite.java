package org.exposure.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole-process suite of issue 18: for each layout, generates the extract once (reused from
 * {@code --work} when present), then times alternated pairs of a bare parse and the CLI, each a fresh
 * JVM, and prints a Markdown table of median wall times, the median and range of the ratios (CLI /
 * bare, pair by pair) and the median peak RSS, with the machine and the exact command.
 *
 * <ul>
 *   <li>CSV layouts: {@link BareCsvParse} on one thread, with the layout's delimiter and charset,
 *       against {@code java -jar exposure.jar assess FILE --out DIR --key-file K --quiet} on its
 *       default threads (every core).</li>
 *   <li>The FHIR bulk export: {@link BareFhirParse} on every core against the same command on the
 *       folder.</li>
 *   <li>Pairs alternate their order (bare first, then CLI first, ...); the report folder is removed
 *       before and after each CLI run, so each writes every file afresh.</li>
 *   <li>{@code --big} adds the project's own layout at 5,000,000 rows with the CLI in
 *       {@code -Xmx512m}, one pair.</li>
 * </ul>
 *
 * <p>Exit code 0 when every run ended with 0; 1 when a row holds a failed run (the whole table is
 * printed first); 2 for a wrong command line.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.WholeProcessSuite \
 *     [--jar cli/target/exposure.jar] [--rows 485000] [--pairs 3] [--work DIR] [--layouts a,b] [--big]
 * </pre>
 */
@Command(
    name = "WholeProcessSuite",
    description = "Times the CLI as a user runs it against a bare parse of the same extract, each a fresh "
        + "JVM, in alternated pairs over many layouts, and prints a Markdown table.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class WholeProcessSuite implements Callable<Integer> {
  /** Rows of the big run of the project's own layout. */
  static final long BIG_ROWS = 5_000_000;
  /** Rows per layout under {@code --smoke}. */
  static final long SMOKE_ROWS = 500;
  /** A single run longer than this is stopped and reported, not waited for. */
  private static final long GUARD_SECONDS = 1_800;
  private static final String MAIN = "org.exposure.benchmarks.";

  @Spec
  private CommandSpec spec;

  @Option(names = "--jar", paramLabel = "FILE",
      description = "The CLI's jar (default: ${DEFAULT-VALUE}).")
  private Path jar = Path.of("cli/target/exposure.jar");

  @Option(names = "--rows", paramLabel = "N",
      description = "Records per layout, women for FHIR (default: ${DEFAULT-VALUE}).")
  private long rows = CohortSpec.DEFAULT_ROWS;

  @Option(names = "--pairs", paramLabel = "P",
      description = "Alternated pairs (bare parse, CLI) per layout (default: ${DEFAULT-VALUE}).")
  private long pairs = 3;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  private long seed = CohortSpec.DEFAULT_SEED;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where layouts are generated and kept for the next run (default: ${DEFAULT-VALUE}).")
  private Path work = Path.of("benchmarks/target/suite");

  @Option(names = "--layouts", paramLabel = "a,b,...", split = ",",
      description = "Only these layouts (default: all): ${COMPLETION-CANDIDATES}.",
      converter = LayoutConverter.class, completionCandidates = LayoutNames.class)
  private List<SuiteLayout> layouts = List.of(SuiteLayout.values());

  @Option(names = "--big",
      description = "Also the project's own layout at 5,000,000 rows, the CLI in -Xmx512m, one pair.")
  private boolean big;

  @Option(names = "--smoke",
      description = "A tiny run for CI: " + SMOKE_ROWS + " rows per layout, one pair, no --big.")
  private boolean smoke;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  WholeProcessSuite() {
  }

  /**
   * Command-line entry point; see {@code --help}.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    CommandLines.main(new WholeProcessSuite(), args);
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    CommandLines.atLeast(spec.commandLine(), "--rows", rows, 1);
    CommandLines.atLeast(spec.commandLine(), "--pairs", pairs, 1);
    if (!Files.isRegularFile(jar)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--jar: no file " + jar + "; build it with mvn -B package -DskipTests");
    }
    long layoutRows = smoke ? SMOKE_ROWS : rows;
    long layoutPairs = smoke ? 1 : pairs;
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(work);
    Path key = key(work);
    out.println("Whole-process suite, " + LocalDate.now(ZoneOffset.UTC) + " (UTC): " + machine());
    out.println();
    out.println("```sh\njava -cp " + classPathShown() + " " + MAIN + "WholeProcessSuite "
        + String.join(" ", spec.commandLine().getParseResult().originalArgs()) + "\n```");
    out.println();
    out.println(SuiteResult.header());
    List<SuiteResult> results = new ArrayList<>();
    Set<SuiteLayout> chosen = EnumSet.copyOf(layouts);
    for (SuiteLayout layout : chosen) {
      Path input = SuiteLayouts.prepare(layout, layoutRows, seed, work);
      results.add(measure(layout.token(), layout, input, layoutRows, layoutPairs, key, List.of()));
      out.println(results.get(results.size() - 1).markdown());
    }
    if (big && !smoke) {
      Path input = SuiteLayouts.prepare(SuiteLayout.NL_LAB, BIG_ROWS, seed, work);
      results.add(measure(SuiteLayout.NL_LAB.token() + ", CLI in -Xmx512m", SuiteLayout.NL_LAB, input,
          BIG_ROWS, 1, key, List.of("-Xmx512m")));
      out.println(results.get(results.size() - 1).markdown());
    }
    long failed = results.stream().filter(r -> !r.succeeded()).count();
    if (failed > 0) {
      // The table is printed whole; the exit code tells CI that a row holds a failure, not a time.
      spec.commandLine().getErr().println(spec.name() + ": " + failed + " of " + results.size()
          + " rows hold a failed run; its stderr is in " + work.resolve("logs"));
      return CommandLines.IO_ERROR;
    }
    return CommandLines.OK;
  }

  /** Alternated pairs of the bare parse and the CLI on one input. */
  private SuiteResult measure(String label, SuiteLayout layout, Path input, long records, long count,
      Path key, List<String> cliJvmOptions) throws IOException, InterruptedException {
    Path report = work.resolve("report");
    Path log = work.resolve("logs");
    Files.createDirectories(log);
    List<ProcessRun> bare = new ArrayList<>();
    List<ProcessRun> cli = new ArrayList<>();
    for (int pair = 0; pair < count; pair++) {
      boolean bareFirst = pair % 2 == 0;
      for (int turn = 0; turn < 2; turn++) {
        if ((turn == 0) == bareFirst) {
          bare.add(ProcessRun.of(bareCommand(layout, input), log.resolve(layout.token() + "-bare.err"),
              GUARD_SECONDS));
        } else {
          SuiteLayouts.deleteTree(report);
          cli.add(ProcessRun.of(cliCommand(input, report, key, cliJvmOptions),
              log.resolve(layout.token() + "-cli.err"), GUARD_SECONDS));
          SuiteLayouts.deleteTree(report);
        }
      }
    }
    return new SuiteResult(label, records, size(input), layout.heldOut(), bare, cli);
  }

  /** {@code java -cp THIS BareCsvParse FILE --charset C --delimiter D}, or BareFhirParse FOLDER. */
  static List<String> bareCommand(SuiteLayout layout, Path input) {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path")));
    if (layout.csv()) {
      command.addAll(List.of(MAIN + "BareCsvParse", input.toString(), "--charset", layout.charset().name(),
          "--delimiter", layout.delimiter().orElseThrow() == '\t' ? "tab" : layout.delimiter().orElseThrow() + ""));
    } else {
      command.addAll(List.of(MAIN + "BareFhirParse", input.toString()));
    }
    return command;
  }

  private List<String> cliCommand(Path input, Path report, Path key, List<String> jvmOptions) {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "assess", input.toString(), "--out", report.toString(),
        "--key-file", key.toString(), "--quiet"));
    return command;
  }

  /** The same Java that runs the suite, so both sides of a pair run on one JVM build. */
  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A fixed pseudonymisation key, readable by its owner only, as the CLI asks. */
  private static Path key(Path work) throws IOException {
    Path key = work.resolve("suite.key");
    if (!Files.exists(key)) {
      Files.writeString(key, "7".repeat(64) + "\n", StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the CLI decides whether it accepts the key
      }
    }
    return key;
  }

  private static long size(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return Files.size(input);
    }
    long total = 0;
    try (Stream<Path> files = Files.walk(input)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        total += Files.size(f);
      }
    }
    return total;
  }

  private static String classPathShown() {
    String classPath = System.getProperty("java.class.path");
    return classPath.endsWith("benchmarks.jar") ? classPath : "benchmarks/target/benchmarks.jar";
  }

  /** Cores, Java, operating system, and how peak RSS is read. */
  static String machine() {
    return String.format(Locale.ROOT, "%d cores, Java %s (%s), %s %s, peak RSS from %s",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Files.isExecutable(Path.of("/usr/bin/time")) ? "GNU time" : "/proc/PID/status VmHWM");
  }

  /** A layout by its name. */
  static final class LayoutConverter implements CommandLine.ITypeConverter<SuiteLayout> {
    @Override
    public SuiteLayout convert(String value) {
      try {
        return SuiteLayout.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The layouts' names, for the help text. */
  static final class LayoutNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(SuiteLayout.values()).map(SuiteLayout::token).iterator();
    }
  }
}
