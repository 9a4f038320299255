package org.exposure.cli.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One hostile input: what it writes, how the command is run on it, and what must come out.
 *
 * @param family the attack family (csv, json, xml, ndjson, key, out, input, cli)
 * @param name a short name, unique within the family
 * @param item the item of issue 15 it covers, or "" if none
 * @param source the catalogue or specification it is taken from
 * @param setup writes the files into an empty folder and says how to run the command
 * @param expect the outcome the "Done when" asks for
 */
public record Attack(String family, String name, String item, String source, Setup setup,
    Expect expect) {

  /** The attack's id, as the summary and the test names show it. */
  public String id() {
    return family + "/" + name;
  }

  /** Writes an attack's files into {@code dir} and returns how to run it. */
  @FunctionalInterface
  public interface Setup {
    Plan prepare(Path dir) throws IOException;
  }

  /**
   * How to run an attack.
   *
   * @param before runs made first, each expected to succeed (an earlier report, say)
   * @param runs the runs under test; several run at the same time
   * @param out the report folder whose report.json is checked, or null
   * @param scan the places whose files must hold no secret (files the setup wrote are not scanned)
   * @param inputFolder a folder every entry of which must be read or listed as skipped, or null
   */
  public record Plan(List<List<String>> before, List<List<String>> runs, Path out, List<Path> scan,
      Path inputFolder) {

    /** One run of {@code args}, reporting into {@code out}. */
    public static Plan of(Path out, List<String> args) {
      return new Plan(List.of(), List.of(args), out, out == null ? List.of() : List.of(out), null);
    }

    public Plan withBefore(List<String> args) {
      List<List<String>> all = new ArrayList<>(before);
      all.add(args);
      return new Plan(all, runs, out, scan, inputFolder);
    }

    public Plan withRuns(List<List<String>> concurrent) {
      return new Plan(before, concurrent, out, scan, inputFolder);
    }

    public Plan scanning(Path more) {
      List<Path> all = new ArrayList<>(scan);
      all.add(more);
      return new Plan(before, runs, out, all, inputFolder);
    }

    /** Every entry of {@code folder} must be read or listed in skipped_sources. */
    public Plan listing(Path folder) {
      return new Plan(before, runs, out, scan, folder);
    }
  }

  /** A check of its own an attack adds; returns the problem, never an input value, or null. */
  @FunctionalInterface
  public interface Check {
    String problem(Path dir, Outcome outcome) throws IOException;
  }

  /** What the runs gave. */
  public record Outcome(List<Integer> codes, List<String> outs, List<String> errs,
      Map<Path, byte[]> outBefore) {}

  /** What a system must offer for an attack to be meaningful. */
  public enum Needs {
    /** chmod does not stop root. */
    NOT_ROOT,
    /** mkfifo and symbolic links. */
    POSIX
  }

  /** The expected outcome; built fluently. */
  public static final class Expect {
    Set<Integer> codes = Set.of(0);
    String stderr;
    Long read;
    Long assessed;
    Long rejected;
    final List<String> rejectionReasons = new ArrayList<>();
    /** File-name substring to reason substring ("" for any reason) expected in skipped_sources. */
    final Map<String, String> skipped = new LinkedHashMap<>();
    /** File-name substring to records read from it, expected in sources. */
    final Map<String, Long> sourceRecords = new LinkedHashMap<>();
    /** File-name substrings that must not be read as CSV. */
    final List<String> notCsv = new ArrayList<>();
    final List<String> secrets = new ArrayList<>();
    /** Raw markup that must not reach report.html unescaped. */
    final List<String> htmlForbidden = new ArrayList<>();
    /** Cells that must not become a column's name in report.json. */
    final List<String> notColumnNames = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final List<Needs> needs = new ArrayList<>();

    public static Expect rc(Integer... codes) {
      Expect e = new Expect();
      e.codes = Set.of(codes);
      return e;
    }

    public Expect stderr(String substring) {
      stderr = substring;
      return this;
    }

    public Expect read(long n) {
      read = n;
      return this;
    }

    public Expect records(long read, long assessed, long rejected) {
      this.read = read;
      this.assessed = assessed;
      this.rejected = rejected;
      return this;
    }

    public Expect rejection(String reason) {
      rejectionReasons.add(reason);
      return this;
    }

    public Expect skipped(String file, String reason) {
      skipped.put(file, reason);
      return this;
    }

    public Expect source(String file, long records) {
      sourceRecords.put(file, records);
      return this;
    }

    public Expect notCsv(String file) {
      notCsv.add(file);
      return this;
    }

    public Expect secrets(List<String> values) {
      secrets.addAll(values);
      return this;
    }

    public Expect secret(String... values) {
      secrets.addAll(List.of(values));
      return this;
    }

    public Expect html(String... raw) {
      htmlForbidden.addAll(List.of(raw));
      return this;
    }

    public Expect notColumnNames(List<String> cells) {
      notColumnNames.addAll(cells);
      return this;
    }

    public Expect check(Check check) {
      checks.add(check);
      return this;
    }

    public Expect needs(Needs need) {
      needs.add(need);
      return this;
    }

    /** One line for the manifest: no secret, only their number. */
    String describe() {
      return "rc " + codes.stream().sorted().map(String::valueOf).reduce((a, b) -> a + "|" + b).orElse("")
          + (stderr != null ? "; stderr ~ '" + stderr + "'" : "")
          + (read != null ? "; read " + read : "")
          + (assessed != null ? "; assessed " + assessed : "")
          + (rejected != null ? "; rejected " + rejected : "")
          + (rejectionReasons.isEmpty() ? "" : "; rejection ~ " + rejectionReasons)
          + (skipped.isEmpty() ? "" : "; skipped " + skipped.keySet())
          + (sourceRecords.isEmpty() ? "" : "; sources " + sourceRecords)
          + "; " + secrets.size() + " secrets"
          + (checks.isEmpty() ? "" : "; " + checks.size() + " own checks");
    }
  }
}
