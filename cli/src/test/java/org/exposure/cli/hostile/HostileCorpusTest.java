package org.exposure.cli.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.cli.HostileCorpusCli;
import org.exposure.cli.hostile.Attack.Expect;
import org.exposure.cli.hostile.Attack.Needs;
import org.exposure.cli.hostile.Attack.Outcome;
import org.exposure.cli.hostile.Attack.Plan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every attack of {@link HostileCorpus} through the command in this JVM and checks what the
 * issue's "Done when" asks: exit code 0 or 1 (2 only for a wrong command line) with one clear line on
 * stderr, no stack trace, no secret in any output file, stdout or stderr (as UTF-8, UTF-16, HTML- or
 * JSON-escaped, upper or lower case), accounting exact, no formula cell in a CSV output, no raw markup
 * in report.html, and no hang (each run gets {@link #GUARD_SECONDS}, a guard against hangs, not a
 * timing).
 *
 * <p>It writes one line per attack to {@code target/hostile-corpus-summary.tsv}: family, name, issue
 * item and outcome, never a secret.
 */
class HostileCorpusTest {
  /** Seconds a run may take before it counts as hung (system property {@code hostile.guard}). */
  static final long GUARD_SECONDS = Long.getLong("hostile.guard", 60);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> SUMMARY = Collections.synchronizedMap(new LinkedHashMap<>());
  private static Path base;

  @TestFactory
  Stream<DynamicTest> everyAttack() throws IOException {
    base = Files.createTempDirectory("hostile-corpus");
    return HostileCorpus.attacks().stream()
        .map(a -> DynamicTest.dynamicTest(a.id() + (a.item().isEmpty() ? "" : " (item " + a.item() + ")"),
            () -> run(a)));
  }

  @AfterAll
  static void writeSummary() throws IOException {
    StringBuilder s = new StringBuilder("family\tname\titem\toutcome\n");
    int failed = 0;
    synchronized (SUMMARY) {
      for (Map.Entry<String, String> e : SUMMARY.entrySet()) {
        s.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        failed += e.getValue().startsWith("FAIL") ? 1 : 0;
      }
      s.append("# ").append(SUMMARY.size()).append(" attacks, ").append(failed).append(" failing\n");
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "hostile-corpus-summary.tsv"), s, UTF_8);
    if (base != null) {
      delete(base);
    }
  }

  private void run(Attack attack) throws Exception {
    String key = attack.family() + "\t" + attack.name() + "\t" + attack.item();
    Expect expect = attack.expect();
    if (expect.needs.contains(Needs.NOT_ROOT) && isRoot()) {
      SUMMARY.put(key, "skipped: running as root, chmod does not stop root");
      Assumptions.abort("running as root");
    }
    if (expect.needs.contains(Needs.POSIX) && !posix()) {
      SUMMARY.put(key, "skipped: no FIFOs or symbolic links here");
      Assumptions.abort("not POSIX");
    }
    Path dir = Files.createDirectories(base.resolve(attack.family() + "-" + attack.name()));
    List<String> problems = new ArrayList<>();
    try {
      Path keyFile = dir.resolve("exposure.key");
      Files.writeString(keyFile, HostileCorpus.KEY, UTF_8);
      Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      Plan plan = attack.setup().prepare(dir);
      Set<String> inputs = regularFiles(dir);
      for (List<String> before : plan.before()) {
        List<Result> r = runAll(dir, List.of(before));
        if (r.get(0).code == null || r.get(0).code != 0) {
          problems.add("the run before the attack gave " + r.get(0).code + ": " + mask(r.get(0).err,
              expect));
        }
      }
      Map<Path, byte[]> outBefore = new LinkedHashMap<>();
      if (plan.out() != null) {
        HostileCorpus.snapshot(plan.out()).forEach((f, b) -> outBefore.put(plan.out().resolve(f), b));
      }
      List<Result> results = runAll(dir, plan.runs());
      List<Integer> codes = new ArrayList<>();
      List<String> outs = new ArrayList<>();
      List<String> errs = new ArrayList<>();
      for (Result r : results) {
        codes.add(r.code);
        outs.add(r.out);
        errs.add(r.err);
        checkRun(r, expect, problems);
      }
      if (results.stream().noneMatch(r -> r.code == null)) {
        checkOutputs(plan, expect, inputs, outs, errs, problems);
        if (codes.get(0) == 0 && plan.out() != null) {
          checkReport(plan, expect, problems);
        }
        Outcome outcome = new Outcome(codes, outs, errs, outBefore);
        for (Attack.Check check : expect.checks) {
          String problem = check.problem(dir, outcome);
          if (problem != null) {
            problems.add(problem);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add("the test itself failed: " + e.getClass().getSimpleName());
      throw e;
    } finally {
      String outcome = problems.isEmpty() ? "ok" : "FAIL: " + clean(String.join("; ", problems));
      SUMMARY.put(key, outcome);
      delete(dir);
    }
    Assertions.assertTrue(problems.isEmpty(), () -> attack.id() + ": " + String.join("; ", problems));
  }

  // ---------------------------------------------------------------------------------------------
  // Running

  /** One run: its exit code (null if it hung), stdout and stderr. */
  private static final class Result {
    Integer code;
    final StringWriter outText = new StringWriter();
    final StringWriter errText = new StringWriter();
    Throwable thrown;
    String out;
    String err;
  }

  /** Runs the argument lists at the same time, each in a thread of its own, with the hang guard. */
  private static List<Result> runAll(Path dir, List<List<String>> runs) throws InterruptedException {
    List<Result> results = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (List<String> args : runs) {
      Result r = new Result();
      String[] withKey = withKeyFile(dir, args);
      Thread t = new Thread(() -> {
        try {
          r.code = HostileCorpusCli.run(withKey, new PrintWriter(r.outText, true),
              new PrintWriter(r.errText, true));
        } catch (Throwable e) { // the command must catch everything; record what escaped it
          r.thrown = e;
        }
      }, "hostile-run");
      t.setDaemon(true);
      results.add(r);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    long deadline = System.nanoTime() + GUARD_SECONDS * 1_000_000_000L;
    for (int i = 0; i < threads.size(); i++) {
      Thread t = threads.get(i);
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (t.isAlive()) {
        stop(t, dir);
        results.get(i).code = null;
      }
      Result r = results.get(i);
      r.out = r.outText.toString();
      r.err = r.errText.toString();
    }
    return results;
  }

  private static String[] withKeyFile(Path dir, List<String> args) {
    List<String> all = new ArrayList<>(args);
    if (!all.isEmpty() && all.get(0).equals("assess") && !all.contains("--key-file")) {
      all.addAll(List.of("--key-file", dir.resolve("exposure.key").toString()));
    }
    return all.toArray(String[]::new);
  }

  /**
   * Stops a hung run so that it does not eat the machine while the other attacks run: opens the
   * attack's FIFOs for writing (a reader blocked in open() then gets an empty stream), interrupts,
   * and as a last resort stops the thread (still possible on Java 17; called reflectively).
   */
  private static void stop(Thread t, Path dir) throws InterruptedException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(f -> !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
              && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)
              && !Files.isSymbolicLink(f))
          .forEach(fifo -> {
            Thread opener = new Thread(() -> {
              try {
                // opened and closed: the reader sees the end of the stream
                new FileOutputStream(fifo.toFile()).close();
              } catch (IOException e) {
                // nothing to unblock
              }
            }, "hostile-fifo-opener");
            opener.setDaemon(true);
            opener.start();
          });
    } catch (IOException | RuntimeException e) {
      // best effort
    }
    t.interrupt();
    t.join(2000);
    if (t.isAlive()) {
      try {
        Thread.class.getMethod("stop").invoke(t);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // not stoppable on this Java: it stays a daemon
      }
      t.join(2000);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  private static void checkRun(Result r, Expect expect, List<String> problems) {
    if (r.thrown != null) {
      problems.add("the command threw " + r.thrown.getClass().getSimpleName() + " out of run()");
      return;
    }
    if (r.code == null) {
      problems.add("hung: no exit within " + GUARD_SECONDS + " s");
      return;
    }
    if (!expect.codes.contains(r.code)) {
      problems.add("rc " + r.code + ", expected " + expect.codes + "; stderr: " + mask(r.err, expect));
    }
    if (r.code == 2 && !expect.codes.contains(2)) {
      problems.add("rc 2 is for a wrong command line only");
    }
    String both = r.out + r.err;
    if (both.contains("Exception") || both.contains("\tat ") || both.contains("Caused by")) {
      problems.add("a stack trace or exception name on stdout/stderr: " + mask(r.err, expect));
    }
    if (r.code == 1) {
      List<String> lines = r.err.lines().filter(l -> !l.isBlank()).toList();
      if (lines.size() != 1 || !lines.get(0).startsWith("exposure: ")) {
        problems.add("rc 1 with " + lines.size() + " lines on stderr, not one 'exposure: ' line");
      }
    }
    if (expect.stderr != null && (r.code == null || r.code != 0)
        && !r.err.toLowerCase(Locale.ROOT).contains(expect.stderr.toLowerCase(Locale.ROOT))) {
      problems.add("stderr does not say '" + expect.stderr + "': " + mask(r.err, expect));
    }
    for (String stream : List.of(r.out, r.err)) {
      for (int i = 0; i < stream.length(); i++) {
        char c = stream.charAt(i);
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
          problems.add(String.format(Locale.ROOT, "%s holds the control character U+%04X "
              + "(terminal or log injection)", stream == r.out ? "stdout" : "stderr", (int) c));
          break;
        }
      }
    }
  }

  private static void checkOutputs(Plan plan, Expect expect, Set<String> inputs, List<String> outs,
      List<String> errs, List<String> problems) throws IOException {
    List<String[]> secretForms = forms(expect.secrets);
    // Asked for, the notification list holds names and addresses for letters: its other columns
    // must still hold no secret.
    boolean contacts = Stream.concat(plan.before().stream(), plan.runs().stream())
        .anyMatch(args -> args.contains("--contact-columns"));
    for (int i = 0; i < outs.size(); i++) {
      scan("stdout", outs.get(i).getBytes(UTF_8), secretForms, problems);
      scan("stderr", errs.get(i).getBytes(UTF_8), secretForms, problems);
    }
    for (Path place : plan.scan()) {
      for (Path f : outputFiles(place, inputs)) {
        byte[] bytes = Files.readAllBytes(f);
        String name = place.relativize(f).toString();
        scan(name, contacts && f.getFileName().toString().equals("notification-list.csv")
            ? withoutContactColumns(bytes) : bytes, secretForms, problems);
        if (name.endsWith(".csv")) {
          String cell = formulaCell(new String(bytes, UTF_8));
          if (cell != null) {
            problems.add(name + " holds a cell that a spreadsheet runs as a formula (" + cell + ")");
          }
        }
        if (name.endsWith(".html")) {
          String html = new String(bytes, UTF_8);
          for (String raw : expect.htmlForbidden) {
            if (html.contains(raw)) {
              problems.add(name + " holds unescaped markup from the input");
            }
          }
        }
      }
    }
  }

  /** The report's own checks: accounting, sources, skipped sources, rejections, column names. */
  private static void checkReport(Plan plan, Expect expect, List<String> problems) throws IOException {
    JsonNode r = report(plan.out());
    if (r == null) {
      problems.add("rc 0 but no readable report.json");
      return;
    }
    JsonNode input = r.get("input");
    long read = input.get("records_read").asLong();
    long assessed = input.get("records_assessed").asLong();
    long rejected = input.get("records_rejected").asLong();
    if (read != assessed + rejected) {
      problems.add("accounting: " + read + " read but " + assessed + " assessed + " + rejected
          + " rejected");
    }
    if (expect.read != null && read != expect.read) {
      problems.add("accounting: " + read + " records read, expected " + expect.read);
    }
    if (expect.assessed != null && assessed != expect.assessed) {
      problems.add("accounting: " + assessed + " assessed, expected " + expect.assessed);
    }
    if (expect.rejected != null && rejected != expect.rejected) {
      problems.add("accounting: " + rejected + " rejected, expected " + expect.rejected);
    }
    long bySource = 0;
    for (JsonNode s : input.get("sources")) {
      bySource += s.get("records_read").asLong();
    }
    if (bySource != read) {
      problems.add("accounting: the sources read " + bySource + " records, the total says " + read);
    }
    expect.sourceRecords.forEach((name, n) -> {
      JsonNode s = find(input.get("sources"), name);
      if (s == null) {
        problems.add(name + " is not among the sources read");
      } else if (s.get("records_read").asLong() != n) {
        problems.add(name + ": " + s.get("records_read").asLong() + " records read, expected " + n);
      }
    });
    expect.skipped.forEach((name, reason) -> {
      JsonNode s = find(input.get("skipped_sources"), name);
      if (s == null) {
        problems.add(name + " is not listed in skipped_sources");
      } else if (!s.get("reason").asText().toLowerCase(Locale.ROOT)
          .contains(reason.toLowerCase(Locale.ROOT))) {
        problems.add(name + " skipped for another reason than '" + reason + "'");
      }
    });
    for (String reason : expect.rejectionReasons) {
      boolean found = false;
      for (JsonNode rej : input.get("rejections")) {
        found |= rej.get("reason").asText().contains(reason);
      }
      if (!found) {
        problems.add("no rejection " + (reason.isEmpty() ? "listed" : "says '" + reason + "'"));
      }
    }
    for (String name : expect.notCsv) {
      for (JsonNode s : input.get("sources")) {
        if (s.get("source").asText().contains(name) && s.get("format").asText().equals("csv")) {
          problems.add(name + " was read as CSV");
        }
      }
    }
    Set<String> cells = new HashSet<>();
    expect.notColumnNames.forEach(c -> cells.add(c.toLowerCase(Locale.ROOT)));
    int i = 0;
    for (JsonNode f : r.get("fields")) {
      if (cells.contains(f.get("field").asText().strip().toLowerCase(Locale.ROOT))) {
        problems.add("a cell of the first row became the name of column " + i);
      }
      i++;
    }
    if (plan.inputFolder() != null) {
      checkListed(plan.inputFolder(), input, problems);
    }
  }

  /**
   * Every entry of the folder (files, links, FIFOs, hidden folders; not plain sub-folders) is read or
   * skipped.
   */
  private static void checkListed(Path folder, JsonNode input, List<String> problems)
      throws IOException {
    List<String> mentioned = new ArrayList<>();
    input.get("sources").forEach(s -> mentioned.add(s.get("source").asText()));
    input.get("skipped_sources").forEach(s -> mentioned.add(s.get("source").asText()));
    try (Stream<Path> entries = Files.walk(folder)) {
      for (Path e : (Iterable<Path>) entries::iterator) {
        boolean hidden = e.getFileName().toString().startsWith(".");
        if (e.equals(folder) || (Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) && !hidden)
            || folder.relativize(e).getNameCount() > 1 && folder.relativize(e).getName(0).toString()
                .startsWith(".")) {
          continue; // a plain sub-folder is walked; what a hidden one holds is listed with it
        }
        String rel = folder.relativize(e).toString();
        if (mentioned.stream().noneMatch(m -> m.contains(rel))) {
          problems.add(rel + " is neither read nor listed in skipped_sources");
        }
      }
    }
  }

  private static JsonNode find(JsonNode list, String name) {
    for (JsonNode s : list) {
      if (s.get("source").asText().contains(name)) {
        return s;
      }
    }
    return null;
  }

  /** The report.json in a folder, or null if there is none or it does not parse. */
  static JsonNode report(Path out) {
    Path file = out.resolve("report.json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      return null;
    }
  }

  /** The first cell a spreadsheet would run as a formula, shown by its first character only. */
  static String formulaCell(String csv) {
    for (String line : csv.split("\r?\n")) {
      for (String cell : cells(line)) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          return String.format(Locale.ROOT, "starts with U+%04X", (int) cell.charAt(0));
        }
      }
    }
    return null;
  }

  /** The cells of one CSV line (RFC 4180 quoting, comma-separated), unquoted. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  // ---------------------------------------------------------------------------------------------
  // Secrets

  /**
   * Each secret in the forms an output could hold it in: as it is, upper and lower case, HTML- and
   * JSON-escaped; each as UTF-8, UTF-16LE and UTF-16BE bytes, as ISO-8859-1 text for a byte search.
   */
  static List<String[]> forms(List<String> secrets) {
    List<String[]> all = new ArrayList<>();
    for (int i = 0; i < secrets.size(); i++) {
      String s = secrets.get(i);
      Set<String> texts = new LinkedHashSet<>(List.of(s, html(s), json(s, false), json(s, true)));
      if (s.length() >= 6) {
        texts.add(s.toUpperCase(Locale.ROOT));
        texts.add(s.toLowerCase(Locale.ROOT));
      }
      for (String t : texts) {
        for (Charset cs : List.of(UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
          all.add(new String[] {new String(t.getBytes(cs), ISO_8859_1), "#" + (i + 1), cs.name()});
        }
      }
    }
    return all;
  }

  /** The notification list without the columns {@code --contact-columns} adds, from full_name on. */
  private static byte[] withoutContactColumns(byte[] list) throws IOException {
    StringBuilder kept = new StringBuilder();
    try (CSVParser parser = CSVParser.parse(new String(list, UTF_8), CSVFormat.DEFAULT)) {
      int contactsFrom = -1;
      for (CSVRecord row : parser) {
        if (contactsFrom < 0) {
          contactsFrom = row.toList().indexOf("full_name");
          if (contactsFrom < 0) {
            return list; // no contact columns
          }
        }
        List<String> cells = row.toList();
        kept.append(String.join("\u001f", cells.subList(0, Math.min(contactsFrom, cells.size()))))
            .append('\n');
      }
    }
    return kept.toString().getBytes(UTF_8);
  }

  private static void scan(String where, byte[] bytes, List<String[]> forms, List<String> problems) {
    String text = new String(bytes, ISO_8859_1);
    Set<String> found = new LinkedHashSet<>();
    for (String[] form : forms) {
      if (!form[0].isEmpty() && text.contains(form[0])) {
        found.add("secret " + form[1] + " (" + form[2] + ")");
      }
    }
    if (!found.isEmpty()) {
      problems.add("leak in " + where + ": " + String.join(", ", found));
    }
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  static String json(String s, boolean asciiOnly) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || (asciiOnly && c > 0x7e)) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** stderr for a failure message: secrets replaced by their number, control characters escaped. */
  private static String mask(String text, Expect expect) {
    String masked = text;
    for (int i = 0; i < expect.secrets.size(); i++) {
      String s = expect.secrets.get(i);
      if (!s.isEmpty()) {
        masked = masked.replace(s, "<secret #" + (i + 1) + ">")
            .replace(s.toUpperCase(Locale.ROOT), "<secret #" + (i + 1) + ">")
            .replace(s.toLowerCase(Locale.ROOT), "<secret #" + (i + 1) + ">");
      }
    }
    masked = clean(masked.strip());
    return masked.length() > 300 ? masked.substring(0, 300) + "..." : masked;
  }

  private static String clean(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      b.append(c < 0x20 || c == 0x7f || (c >= 0x202a && c <= 0x202e) ? String.format(Locale.ROOT,
          "\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Files

  private static Set<String> regularFiles(Path dir) throws IOException {
    Set<String> all = new HashSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .forEach(f -> all.add(f.toAbsolutePath().toString()));
    }
    return all;
  }

  /** The files under a place (a folder or a file) that the setup did not write. */
  private static List<Path> outputFiles(Path place, Set<String> inputs) throws IOException {
    if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS) || !place.isAbsolute()
        || place.startsWith("/dev")) {
      return List.of();
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(place)) {
      files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> !inputs.contains(f.toAbsolutePath().toString()))
          .forEach(all::add);
    }
    return all;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        && Files.isExecutable(Path.of("/usr/bin/mkfifo"));
  }

  /** Deletes a folder without following links; makes read-only folders writable first. */
  static void delete(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(files.toList());
      Collections.reverse(all);
      for (Path f : all) {
        try {
          if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
          }
          Files.deleteIfExists(f);
        } catch (IOException | RuntimeException e) {
          // a leftover in the temporary folder
        }
      }
    } catch (IOException | RuntimeException e) {
      // a leftover in the temporary folder
    }
  }
}
