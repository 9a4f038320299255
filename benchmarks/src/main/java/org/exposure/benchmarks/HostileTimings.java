package org.exposure.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the command as a whole process on the inputs that hung it or ran for minutes before issue 15:
 * a remark of 100,000 and of 1,000,000 letters without a space, FHIR numbers HAPI could not hold
 * ({@code 1e9999999}, {@code 1e2147483647}) and narratives of 25, 50 and 100 MB on one NDJSON line.
 * Each input is generated into a temporary folder, assessed once by {@code java -jar JAR assess} in a
 * fresh JVM writing every file, and reported with its wall time and the records read, assessed and
 * rejected as {@code report.json} counts them. Times are wall-clock times of one run each, start-up
 * included: they say "seconds, not hours", not a rate to compare builds by.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.HostileTimings \
 *     [--jar cli/target/exposure.jar] [--max-mb 100]
 * </pre>
 */
@Command(
    name = "HostileTimings",
    description = "Times 'java -jar JAR assess' as a whole process on each hostile input and prints a "
        + "Markdown table of wall times and report.json's record counts.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class HostileTimings implements Callable<Integer> {
  private static final Pattern COUNT = Pattern.compile("\"records_(read|assessed|rejected)\"\\s*:\\s*(\\d+)");
  /** A run that takes longer than this is reported as hung and stopped. */
  private static final long GUARD_SECONDS = 600;

  @Spec
  private CommandSpec spec;

  @Option(names = "--jar", paramLabel = "FILE",
      description = "The command's jar (default: ${DEFAULT-VALUE}).")
  private Path jar = Path.of("cli/target/exposure.jar");

  @Option(names = "--max-mb", paramLabel = "N",
      description = "Largest narrative to time, in MB: 25, 50 and 100 are timed up to it; 0 times "
          + "none (default: ${DEFAULT-VALUE}).")
  private int maxMb = 100;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  HostileTimings() {}

  public static void main(String[] args) {
    CommandLines.main(new HostileTimings(), args);
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    CommandLines.atLeast(spec.commandLine(), "--max-mb", maxMb, 0);
    Path dir = Files.createTempDirectory("exposure-hostile-timings");
    try {
      System.out.println("| Input | Wall time | Records read / assessed / rejected |");
      System.out.println("|---|---:|---|");
      for (int letters : new int[] {100_000, 1_000_000}) {
        Path file = remark(dir, letters);
        report(String.format(Locale.ROOT, "CSV, one remark of %,d letters", letters), jar, file, dir);
      }
      for (String number : List.of("1e9999999", "1e2147483647")) {
        report("NDJSON, a JSON number " + number, jar, number(dir, number), dir);
      }
      for (int mb : new int[] {25, 50, 100}) {
        if (mb <= maxMb) {
          report(String.format(Locale.ROOT, "NDJSON, a narrative of %d MB on one line", mb), jar,
              narrative(dir, mb), dir);
        }
      }
      return CommandLines.OK;
    } finally {
      delete(dir);
    }
  }

  /** A screening extract of two women, one of whose remarks is {@code letters} letters long. */
  private static Path remark(Path dir, int letters) throws IOException {
    Path file = dir.resolve("remark-" + letters + ".csv");
    Files.writeString(file, "bsn;naam;geboortedatum;uitslag;opmerking\n"
        + "111222333;Anna de Vries;03-04-1968;HPV positief;" + "a".repeat(letters) + "\n"
        + "123456782;Sanne Visser;12-11-1975;Pap 1;belt terug\n", UTF_8);
    return file;
  }

  /** Her Patient, and an Observation whose quantity is the number as written. */
  private static Path number(Path dir, String number) throws IOException {
    Path file = dir.resolve("number.ndjson");
    Files.writeString(file, "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Vries\","
        + "\"given\":[\"Anna\"]}]}\n{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
        + "\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/p1\"},\"valueQuantity\":"
        + "{\"value\":" + number + "}}\n", UTF_8);
    return file;
  }

  /** A Patient whose narrative repeats a name, a birth date and a result, {@code mb} MB of it. */
  private static Path narrative(Path dir, int mb) throws IOException {
    Path file = dir.resolve("narrative-" + mb + ".ndjson");
    String paragraph = "<p>Anna de Vries, geboren 03-04-1968, uitslag HPV positief.</p>";
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, UTF_8), 1 << 16)) {
      out.write("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Vries\"}],"
          + "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">");
      for (long n = (long) mb << 20; n > 0; n -= paragraph.length()) {
        out.write(paragraph);
      }
      out.write("</div>\"}}\n{\"resourceType\":\"Patient\",\"id\":\"p2\",\"name\":[{\"family\":\"Visser\"}]}\n");
    }
    return file;
  }

  /** Runs the command on the file in a fresh JVM and prints a row of the table. */
  private static void report(String what, Path jar, Path file, Path dir)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out");
    Process p = new ProcessBuilder("java", "-jar", jar.toString(), "assess", file.toString(), "--out",
        out.toString(), "--key-file", dir.resolve("k").toString(), "--quiet",
        "--assessment-date", "2025-07-01")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long start = System.nanoTime();
    boolean ended = p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String counts = "no report";
    if (ended && p.exitValue() == 0) {
      Matcher m = COUNT.matcher(Files.readString(out.resolve("report.json"), UTF_8));
      List<String> found = new ArrayList<>();
      while (m.find() && found.size() < 3) {
        found.add(m.group(2));
      }
      counts = String.join(" / ", found);
    } else if (ended) {
      counts = "exit " + p.exitValue();
    }
    System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", what,
        ended ? String.format(Locale.ROOT, "%.2f s", seconds) : "hung (stopped after " + GUARD_SECONDS
            + " s)", counts);
    Files.deleteIfExists(file);
  }

  private static void delete(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}
