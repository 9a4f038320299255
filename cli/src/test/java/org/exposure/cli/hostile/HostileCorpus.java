package org.exposure.cli.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.exposure.cli.hostile.Attack.Expect;
import org.exposure.cli.hostile.Attack.Needs;
import org.exposure.cli.hostile.Attack.Plan;

/**
 * A corpus of hostile inputs for the {@code exposure} command, written by code rather than kept as
 * files: CSV, JSON, NDJSON and XML extracts, key files, output folders and inputs that are not files,
 * taken from public attack catalogues (OWASP CSV injection and XXE pages, CWE-776 billion laughs,
 * CWE-1236 formula injection, CWE-117/150 log and terminal injection, CWE-22 path traversal, CWE-59
 * link following, CWE-400/1333 resource exhaustion, PayloadsAllTheThings) and from the format
 * specifications (RFC 4180, RFC 8259, RFC 7464/NDJSON, XML 1.0 and XInclude, FHIR R4 datatypes).
 *
 * <p>Every value the attacks plant is synthetic: names no one has ("Zyxwvutsrq Qopnmlk"), BSNs that
 * pass the 11-proef but were made up, places that do not exist. These are the attack's secrets: none
 * may reach any file of the report, stdout or stderr.
 *
 * <p>{@code main(folder)} writes the corpus into a folder, one sub-folder per attack, with a manifest;
 * {@link HostileCorpusTest} runs every attack through the command and checks its outcome. The sizes
 * are set by {@link #DIVISOR} (system property {@code hostile.divisor}, default 1: the sizes).
 */
public final class HostileCorpus {
  private HostileCorpus() {}

  /** Divides the large sizes, for a quick run on a slow machine; 1 gives the sizes. */
  static final int DIVISOR = Math.max(1, Integer.getInteger("hostile.divisor", 1));

  /** The letters of the remark without a space (issue item 2). */
  static final int REMARK_LETTERS = 1_000_000 / DIVISOR;
  /** Runs of one character class ('@', '.', digits...). */
  static final int RUN = 100_000 / DIVISOR;
  static final int COLUMNS = 10_000 / DIVISOR;
  static final int NESTING = 100_000 / DIVISOR;
  static final int BUNDLE_ENTRIES = 100_000 / DIVISOR;
  static final int NARRATIVE_BYTES = 10_000_000 / DIVISOR;
  static final int DIGITS = 100_000 / DIVISOR;
  /** Rows of each of the two runs that share one report folder. */
  static final int SHARED_FOLDER_ROWS = 20_000 / DIVISOR;

  /** The assessment date of every run, so that runs are reproducible. */
  static final String DATE = "2025-07-01";

  // ---------------------------------------------------------------------------------------------
  // Synthetic people

  private static final String[] GIVEN = {"Zyxwvutsrq", "Qopnmlkjah", "Vrkzmpluda", "Xandrijqua",
      "Wulpjetrix", "Jozquelindi", "Brivnakola", "Kwaltrudis", "Ofmerynthe", "Pzalvinea", "Grutlandia",
      "Hexwijnaar"};
  private static final String[] FAMILY = {"Qopnmlk", "Brzvnkamp", "Xylofoortje", "Kwzrtplak",
      "Vlqmrstijn", "Drozpelaar", "Gnuwtervelt", "Jzakmollen", "Fryxhoeve"};
  private static final String[] CITY = {"Qopnmlkdorp", "Zwyxterbroek", "Vlaqmerhaven",
      "Kruxtelwoude", "Bryzmundam", "Pjotrexveen", "Wyzgaardsum"};
  private static final String[] GP = {"Vlqmrstijnhof", "Zorghuis Xaqwen", "Kwybrandtpraktijk",
      "Drozmoedhuis", "Tjafkelkliniek"};
  private static final String[] RESULTS = {"hrHPV positief", "HPV negatief", "Pap 3a2",
      "cytologie afwijkend", "hrHPV positief, Pap 2"};

  /** One synthetic woman; every field but the result is a secret. */
  record Person(String bsn, String given, String family, String birth, String postcode, String city,
      String gp, String result) {
    String name() {
      return given + " " + family;
    }

    List<String> secrets() {
      return List.of(bsn, given, family, birth, postcode, city, gp);
    }
  }

  /** The {@code i}th synthetic woman; the same for the same {@code i}. */
  static Person person(int i) {
    int day = 1 + (i * 7) % 28;
    int month = 1 + (i * 5) % 12;
    int year = 1950 + (i * 3) % 50;
    String birth = String.format(Locale.ROOT, "%02d-%02d-%d", day, month, year);
    String postcode = String.format(Locale.ROOT, "%04d %c%c", 1011 + (i * 37) % 8900,
        (char) ('A' + i % 26), (char) ('Q' + (i / 26) % 10));
    String family = FAMILY[i % FAMILY.length] + (i < FAMILY.length ? "" : suffix(i / FAMILY.length));
    String given = GIVEN[i % GIVEN.length] + (i < GIVEN.length ? "" : suffix(i / GIVEN.length));
    return new Person(bsn(i), given, family, birth, postcode,
        CITY[i % CITY.length] + (i < CITY.length ? "" : suffix(i / CITY.length)),
        GP[i % GP.length] + (i < GP.length ? "" : suffix(i / GP.length)), RESULTS[i % RESULTS.length]);
  }

  /** A made-up letter suffix, so that names stay distinctive past the lists. */
  private static String suffix(int n) {
    StringBuilder s = new StringBuilder();
    do {
      s.append((char) ('q' + n % 9));
      n /= 9;
    } while (n > 0);
    return s.toString();
  }

  /** A synthetic BSN that passes the 11-proef, from 9 digits starting at a made-up base. */
  static String bsn(int i) {
    for (long candidate = 60_713_000L + i * 1_009L; ; candidate++) {
      String first8 = String.format(Locale.ROOT, "%08d", candidate % 100_000_000L);
      int sum = 0;
      for (int k = 0; k < 8; k++) {
        sum += (9 - k) * (first8.charAt(k) - '0');
      }
      int check = sum % 11;
      if (check <= 9) {
        return first8 + check;
      }
    }
  }

  static List<Person> people(int from, int count) {
    List<Person> all = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      all.add(person(i));
    }
    return all;
  }

  static List<String> secretsOf(List<Person> people) {
    return people.stream().flatMap(p -> p.secrets().stream()).distinct().toList();
  }

  /** The header of the ordinary extracts. */
  static final String HEADER = "bsn;naam;geboortedatum;postcode;woonplaats;uitslag;opmerking";

  /** An ordinary extract row with the given remark. */
  static String row(Person p, String remark) {
    return String.join(";", p.bsn(), p.name(), p.birth(), p.postcode(), p.city(), p.result(), remark);
  }

  /** An ordinary extract of the people, with a header. */
  static String extract(List<Person> people) {
    StringBuilder s = new StringBuilder(HEADER).append("\r\n");
    for (Person p : people) {
      s.append(row(p, "controle")).append("\r\n");
    }
    return s.toString();
  }

  /** Five women every folder attack puts beside its hostile file, read as good.csv. */
  static final List<Person> GOOD = people(900, 5);

  // ---------------------------------------------------------------------------------------------
  // Writing

  static Path write(Path file, String text) throws IOException {
    return write(file, text, UTF_8);
  }

  static Path write(Path file, String text, Charset charset) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(file, charset)) {
      w.write(text);
    }
    return file;
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      all.writeBytes(p);
    }
    return all.toByteArray();
  }

  /** The folder {@code dir/in} holding good.csv, for an attack to put its file beside. */
  static Path inWithGood(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("good.csv"), extract(GOOD));
    return in;
  }

  static void mkfifo(Path fifo) throws IOException {
    Files.createDirectories(fifo.toAbsolutePath().getParent());
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IOException("mkfifo failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** {@code exposure assess <inputs> --out <out> --assessment-date}; the runner adds the key file. */
  static List<String> assess(Path out, Object... inputsAndOptions) {
    List<String> args = new ArrayList<>(List.of("assess"));
    for (Object o : inputsAndOptions) {
      args.add(o.toString());
    }
    args.addAll(List.of("--out", out.toString(), "--assessment-date", DATE));
    return args;
  }

  private static String repeat(String s, int times) {
    return s.repeat(Math.max(0, times));
  }

  /** A key file's content: 64 hex digits. */
  static final String KEY = "3f1c0b5e9a7d2468ace0135792468ace0f1e2d3c4b5a69788796a5b4c3d2e1f0\n";

  // ---------------------------------------------------------------------------------------------
  // The catalogue

  /** Every attack, in a stable order. */
  public static List<Attack> attacks() {
    List<Attack> all = new ArrayList<>();
    all.addAll(CsvAttacks.all());
    all.addAll(FhirAttacks.all());
    all.addAll(PlaceAttacks.all());
    return Collections.unmodifiableList(all);
  }

  static Attack attack(String family, String name, String item, String source, Attack.Setup setup,
      Expect expect) {
    return new Attack(family, name, item, source, setup, expect);
  }

  /**
   * Writes the corpus: {@code <folder>/<family>/<name>/} per attack, and {@code manifest.tsv} with
   * each attack's item, source, command line and expected outcome (the number of secrets, never
   * their values).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HostileCorpus <folder>");
      System.exit(2);
    }
    Path root = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(root);
    StringBuilder manifest = new StringBuilder("family\tname\titem\tsource\targs\texpected\n");
    for (Attack a : attacks()) {
      Path dir = Files.createDirectories(root.resolve(a.family()).resolve(a.name()));
      String args0;
      try {
        Plan plan = a.setup().prepare(dir);
        args0 = plan.runs().stream()
            .map(r -> String.join(" ", r).replace(dir.toString(), "."))
            .reduce((x, y) -> x + " & " + y).orElse("");
      } catch (IOException | UncheckedIOException e) {
        args0 = "(not written here: " + e.getClass().getSimpleName() + ")";
      }
      manifest.append(String.join("\t", a.family(), a.name(), a.item(), a.source(), args0,
          a.expect().describe())).append('\n');
    }
    Files.writeString(root.resolve("manifest.tsv"), manifest, UTF_8);
    System.out.println(attacks().size() + " attacks written to " + root);
  }

  // ---------------------------------------------------------------------------------------------
  // Shared expectations

  /** The first-row cells of a headerless file, that must never become column names. */
  static List<String> cells(String line, String delimiter) {
    return Arrays.stream(line.split(java.util.regex.Pattern.quote(delimiter)))
        .map(c -> c.replace("\"", "").strip()).filter(c -> !c.isEmpty()).toList();
  }

  static Set<PosixFilePermission> perms(String s) {
    return PosixFilePermissions.fromString(s);
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Sorted lines of a file, or an empty list. */
  static List<String> sortedLines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(file, UTF_8));
    Collections.sort(lines);
    return lines;
  }

  /** Every regular file under a folder, by relative path, with its bytes. */
  static TreeMap<String, byte[]> snapshot(Path folder) throws IOException {
    TreeMap<String, byte[]> all = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return all;
    }
    try (var files = Files.walk(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          all.put(folder.relativize(f).toString(), Files.readAllBytes(f));
        }
      }
    }
    return all;
  }

  static Needs posix() {
    return Needs.POSIX;
  }

  static String line(int length, char c) {
    return repeat(String.valueOf(c), length);
  }
}
