package org.exposure.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;

/**
 * Scores the column classifier against the labelled corpus in {@code src/test/resources/eval/}: every
 * {@code layouts/NN-name.csv} is assessed on its own and each column's {@link FieldType} is compared with
 * the truth in the sidecar {@code NN-name.expected} (format in {@code eval/README.md}).
 *
 * <p>{@link #corpusIsWellFormed} checks the corpus itself; {@link #printsReport} prints the per-type
 * precision/recall table and every misclassified column, and writes them to {@code
 * target/classifier-evaluation.md}; {@link #meetsTargets} asserts the quality targets (overall at least
 * 0.98, every type with three or more columns at least 0.95). {@link #reportsTheHeldOutCorpus} does the
 * same report for {@code eval/holdout/}, layouts written without looking at the classifier, so that
 * the figures say how it generalises. Output names layouts, headers and types only, never a value.
 */
class ClassifierEvaluationTest {
  private static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 7, 1);
  private static final int MIN_LAYOUTS = 44;
  private static final int MIN_COLUMNS = 3;
  private static final int MAX_COLUMNS = 25;
  private static final int MIN_ROWS = 30;
  private static final int MAX_ROWS = 300;
  /** Overall accuracy target (micro precision = micro recall for one label per column). */
  private static final double MIN_ACCURACY = 0.98;
  /** Per-type precision and recall target, for types with at least {@link #MIN_SUPPORT} columns. */
  private static final double MIN_PER_TYPE = 0.95;
  private static final int MIN_SUPPORT = 3;

  /** The held-out corpus: written without looking at the classifier, never tuned on. */
  private static final int MIN_HOLDOUT_LAYOUTS = 16;

  private static final Map<String, Evaluation> EVALUATIONS = new HashMap<>();

  /** One line of an {@code .expected} file. */
  record Expected(int index, String header, FieldType type) {}

  /** A layout: its CSV and the truth for each of its columns, in column order. */
  record Layout(String name, Path csv, List<Expected> columns) {}

  /**
   * The outcome for one column.
   *
   * @param actual the type the classifier decided, or null when the layout could not be read as
   *     expected
   * @param evidence the classifier's evidence (headers and counts only), or a reason when not read
   */
  record Outcome(String layout, int index, String header, FieldType expected, FieldType actual,
      String evidence) {
    boolean correct() {
      return expected == actual;
    }
  }

  /** Micro counts for one type. */
  record TypeScore(FieldType type, int expected, int predicted, int correct) {
    double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    double recall() {
      return expected == 0 ? 0 : (double) correct / expected;
    }
  }

  /**
   * All outcomes of one run over the corpus.
   *
   * @param problems corpus problems: missing or malformed sidecars, layouts out of bounds, headers
   *     that do not line up with the classifier's output
   */
  record Evaluation(List<Layout> layouts, List<Outcome> outcomes, List<String> problems) {
    int correct() {
      return (int) outcomes.stream().filter(Outcome::correct).count();
    }

    double accuracy() {
      return outcomes.isEmpty() ? 0 : (double) correct() / outcomes.size();
    }

    /** Scores per type, in enum order; types never expected nor predicted are left out. */
    List<TypeScore> scores() {
      Map<FieldType, int[]> counts = new EnumMap<>(FieldType.class);
      for (Outcome o : outcomes) {
        counts.computeIfAbsent(o.expected(), t -> new int[3])[0]++;
        if (o.actual() != null) {
          counts.computeIfAbsent(o.actual(), t -> new int[3])[1]++;
        }
        if (o.correct()) {
          counts.get(o.expected())[2]++;
        }
      }
      List<TypeScore> scores = new ArrayList<>();
      counts.forEach((type, c) -> scores.add(new TypeScore(type, c[0], c[1], c[2])));
      return scores;
    }
  }

  @Test
  void corpusIsWellFormed() {
    Evaluation e = evaluation();
    assertThat(e.layouts()).as("layouts in eval/layouts").hasSizeGreaterThanOrEqualTo(MIN_LAYOUTS);
    assertThat(e.problems()).as("corpus problems").isEmpty();
  }

  @Test
  void printsReport() throws IOException {
    Evaluation e = evaluation();
    String report = report(e);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(report);
    Path file = targetDirectory().resolve("classifier-evaluation.md");
    Files.writeString(file, report, StandardCharsets.UTF_8);
    out.println("Report written to " + file);
    assertThat(report).contains(String.format(Locale.ROOT, "**%.3f**", e.accuracy()));
    assertThat(e.outcomes()).hasSizeGreaterThanOrEqualTo(MIN_LAYOUTS * MIN_COLUMNS);
    assertNamesNoValue(e, report);
  }

  /**
   * The held-out accuracy when this floor was set (0.774 on 2026-12-07, 19 layouts, 318 columns),
   * rounded down: a change that makes the classifier generalise worse fails here, though the
   * development targets still hold. Raise it as the classifier improves.
   */
  private static final double HOLDOUT_FLOOR = 0.77;

  /**
   * Scores the held-out corpus and writes {@code target/classifier-evaluation-holdout.md}. It reports
   * how the classifier generalises; the targets are asserted on the development corpus only.
   */
  @Test
  void reportsTheHeldOutCorpus() throws IOException {
    Evaluation e = evaluation("holdout");
    assertThat(e.layouts()).hasSizeGreaterThanOrEqualTo(MIN_HOLDOUT_LAYOUTS);
    assertThat(e.problems()).as("held-out corpus problems").isEmpty();
    String report = report(e).replaceFirst("# Column classifier evaluation",
        "# Column classifier evaluation: held-out corpus");
    new PrintStream(System.out, true, StandardCharsets.UTF_8).println(report);
    Files.writeString(targetDirectory().resolve("classifier-evaluation-holdout.md"), report,
        StandardCharsets.UTF_8);
    assertThat(e.accuracy()).as("held-out accuracy; see target/classifier-evaluation-holdout.md")
        .isGreaterThanOrEqualTo(HOLDOUT_FLOOR);
    assertNamesNoValue(e, report);
  }

  /**
   * The report names layouts, headers and types only: no identifier-like value of the corpus (five
   * characters or more with a digit or an at sign, and not a header) appears in it.
   */
  private static void assertNamesNoValue(Evaluation e, String report) throws IOException {
    int checked = 0;
    for (Layout layout : e.layouts()) {
      // Read as Latin-1, which decodes any byte: the identifier-like values are ASCII in any encoding.
      List<String> lines = List.of(new String(Files.readAllBytes(layout.csv()),
          StandardCharsets.ISO_8859_1).split("\\R"));
      String header = lines.isEmpty() ? "" : lines.get(0);
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        for (String cell : line.split("[;,\t|]")) {
          String value = cell.replace("\"", "").strip();
          if (value.length() >= 5 && value.matches(".*[0-9@].*") && !header.contains(value)) {
            checked++;
            assertThat(report).as("a value of %s", layout.name()).doesNotContain(value);
          }
        }
      }
    }
    assertThat(checked).as("values looked for").isPositive();
  }

  @Test
  void meetsTargets() {
    Evaluation e = evaluation();
    List<String> failures = new ArrayList<>();
    if (e.accuracy() < MIN_ACCURACY) {
      failures.add(String.format(Locale.ROOT, "overall accuracy %.3f < %.2f", e.accuracy(),
          MIN_ACCURACY));
    }
    for (TypeScore s : e.scores()) {
      if (s.expected() < MIN_SUPPORT) {
        continue;
      }
      if (s.precision() < MIN_PER_TYPE) {
        failures.add(String.format(Locale.ROOT, "%s precision %.3f < %.2f (%d of %d predicted)",
            s.type(), s.precision(), MIN_PER_TYPE, s.correct(), s.predicted()));
      }
      if (s.recall() < MIN_PER_TYPE) {
        failures.add(String.format(Locale.ROOT, "%s recall %.3f < %.2f (%d of %d expected)",
            s.type(), s.recall(), MIN_PER_TYPE, s.correct(), s.expected()));
      }
    }
    assertThat(failures).as("classifier quality targets; see target/classifier-evaluation.md")
        .isEmpty();
  }

  // ------------------------------------------------------------------------------------- running

  private static Evaluation evaluation() {
    return evaluation("layouts");
  }

  private static synchronized Evaluation evaluation(String corpus) {
    return EVALUATIONS.computeIfAbsent(corpus, name -> {
      try {
        return evaluate(corpusDirectory(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Evaluation evaluate(Path directory) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Layout> layouts = loadLayouts(directory, problems);
    ExposureAnalysis analysis = ExposureAnalysis.of(
        AnalysisOptions.builder().assessmentDate(ASSESSMENT_DATE).build());
    List<Outcome> outcomes = new ArrayList<>();
    for (Layout layout : layouts) {
      outcomes.addAll(run(analysis, layout, problems));
    }
    return new Evaluation(List.copyOf(layouts), List.copyOf(outcomes), List.copyOf(problems));
  }

  private static List<Outcome> run(ExposureAnalysis analysis, Layout layout, List<String> problems) {
    List<Expected> truth = layout.columns();
    AnalysisResult result;
    try {
      result = analysis.assess(List.of(layout.csv()));
    } catch (IOException | RuntimeException e) {
      String why = "not read: " + e.getClass().getSimpleName();
      problems.add(layout.name() + ": " + why);
      return unread(layout, why);
    }
    List<FieldReport> fields = result.fields();
    if (fields.size() != truth.size()) {
      String why = String.format(Locale.ROOT, "read as %d columns, %d expected", fields.size(),
          truth.size());
      problems.add(layout.name() + ": " + why);
      return unread(layout, why);
    }
    if (result.recordsRejected() > 0) {
      problems.add(String.format(Locale.ROOT, "%s: %d of %d records rejected", layout.name(),
          result.recordsRejected(), result.recordsRead()));
    }
    if (result.recordsRead() < MIN_ROWS || result.recordsRead() > MAX_ROWS) {
      problems.add(String.format(Locale.ROOT, "%s: %d data rows, expected %d-%d", layout.name(),
          result.recordsRead(), MIN_ROWS, MAX_ROWS));
    }
    List<Outcome> outcomes = new ArrayList<>(truth.size());
    for (int i = 0; i < truth.size(); i++) {
      Expected expected = truth.get(i);
      ColumnClassification actual = fields.get(i).classification();
      if (!actual.field().equals(expected.header())) {
        problems.add(String.format(Locale.ROOT, "%s: column %d is headed '%s' in the file but '%s' "
            + "in the .expected file", layout.name(), expected.index(), actual.field(),
            expected.header()));
      }
      outcomes.add(new Outcome(layout.name(), expected.index(), expected.header(), expected.type(),
          actual.type(), actual.evidence()));
    }
    return outcomes;
  }

  private static List<Outcome> unread(Layout layout, String why) {
    return layout.columns().stream()
        .map(c -> new Outcome(layout.name(), c.index(), c.header(), c.type(), null, why))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------------- corpus

  private static List<Layout> loadLayouts(Path directory, List<String> problems)
      throws IOException {
    List<Path> csvs;
    try (Stream<Path> files = Files.list(directory)) {
      csvs = files.filter(f -> f.getFileName().toString().endsWith(".csv"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .collect(Collectors.toList());
    }
    List<Layout> layouts = new ArrayList<>(csvs.size());
    for (Path csv : csvs) {
      String file = csv.getFileName().toString();
      String name = file.substring(0, file.length() - ".csv".length());
      Path sidecar = csv.resolveSibling(name + ".expected");
      if (!Files.isRegularFile(sidecar)) {
        problems.add(name + ": no " + name + ".expected");
        continue;
      }
      List<Expected> columns = parseExpected(name, sidecar, problems);
      if (columns.size() < MIN_COLUMNS || columns.size() > MAX_COLUMNS) {
        problems.add(String.format(Locale.ROOT, "%s: %d columns, expected %d-%d", name,
            columns.size(), MIN_COLUMNS, MAX_COLUMNS));
      }
      layouts.add(new Layout(name, csv, List.copyOf(columns)));
    }
    try (Stream<Path> files = Files.list(directory)) {
      files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".expected"))
          .map(f -> f.substring(0, f.length() - ".expected".length()))
          .filter(n -> !Files.exists(directory.resolve(n + ".csv")))
          .sorted()
          .forEach(n -> problems.add(n + ": .expected without a .csv"));
    }
    return layouts;
  }

  /**
   * Reads a sidecar: lines {@code index TAB header TAB TYPE}, in column order from 1; lines starting
   * with {@code #} and blank lines are ignored. The header is taken verbatim (it may be empty or end
   * in a space).
   */
  static List<Expected> parseExpected(String name, Path file, List<String> problems)
      throws IOException {
    List<Expected> columns = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ".expected line " + (n + 1);
      String[] parts = line.split("\t", -1);
      if (parts.length != 3) {
        problems.add(where + ": expected index, header and type separated by two TABs");
        continue;
      }
      int index;
      FieldType type;
      try {
        index = Integer.parseInt(parts[0].strip());
        type = FieldType.valueOf(parts[2].strip());
      } catch (IllegalArgumentException e) {
        problems.add(where + ": bad index or unknown FieldType");
        continue;
      }
      if (index != columns.size() + 1) {
        problems.add(where + ": column index " + index + ", expected " + (columns.size() + 1));
      }
      columns.add(new Expected(index, parts[1], type));
    }
    return columns;
  }

  private static Path corpusDirectory(String name) {
    URL url = ClassifierEvaluationTest.class.getResource("/eval/" + name);
    if (url == null) {
      throw new IllegalStateException("eval/" + name + " is not on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code target/}: the parent of {@code target/test-classes}. */
  private static Path targetDirectory() {
    try {
      Path classes = Path.of(ClassifierEvaluationTest.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      return classes.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------------- report

  static String report(Evaluation e) {
    StringBuilder md = new StringBuilder();
    md.append("# Column classifier evaluation\n\n");
    md.append(String.format(Locale.ROOT, "%d layouts, %d columns, assessment date %s.%n%n",
        e.layouts().size(), e.outcomes().size(), ASSESSMENT_DATE));
    md.append(String.format(Locale.ROOT,
        "Overall accuracy (= micro precision = micro recall): **%.3f** (%d of %d columns; "
            + "target %.2f)%n%n", e.accuracy(), e.correct(), e.outcomes().size(), MIN_ACCURACY));
    md.append("| type | columns | precision | recall |\n");
    md.append("|---|---:|---:|---:|\n");
    for (TypeScore s : e.scores()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", s.type(), s.expected(),
          s.predicted() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", s.precision()),
          s.expected() == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", s.recall())));
    }
    md.append(String.format(Locale.ROOT, "| **all** | %d | %.3f | %.3f |%n%n",
        e.outcomes().size(), e.accuracy(), e.accuracy()));
    md.append("\"columns\" counts the columns expected to be of the type; precision is n/a when "
        + "no column was predicted as it.\n\n");

    List<Outcome> wrong = e.outcomes().stream().filter(o -> !o.correct())
        .collect(Collectors.toList());
    md.append(String.format(Locale.ROOT, "## Misclassified columns (%d)%n%n", wrong.size()));
    for (Outcome o : wrong) {
      md.append(String.format(Locale.ROOT, "- %s: column '%s' expected %s, got %s%n", o.layout(),
          o.header(), o.expected(), o.actual() == null ? "nothing" : o.actual()));
      md.append("  - evidence: ").append(o.evidence()).append('\n');
    }
    md.append('\n');

    md.append("## Per layout\n\n| layout | columns | correct |\n|---|---:|---:|\n");
    for (Layout layout : e.layouts()) {
      List<Outcome> mine = e.outcomes().stream().filter(o -> o.layout().equals(layout.name()))
          .collect(Collectors.toList());
      md.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", layout.name(), mine.size(),
          mine.stream().filter(Outcome::correct).count()));
    }
    if (!e.problems().isEmpty()) {
      md.append("\n## Corpus problems\n\n");
      e.problems().forEach(p -> md.append("- ").append(p).append('\n'));
    }
    return md.toString();
  }
}
