package org.exposure.evaluation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ExposureAnalysis;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;

/**
 * Assesses each layout of the corpus on its own with the library and compares what it decided with
 * the truth beside the files: field types (precision and recall, micro over all fields and per type),
 * each true subject's worst grade, and whether the subjects are exactly the true ones. Holds layout
 * names, headers, element paths, types, grades and counts only: never a value of an extract.
 */
final class Evaluation {
  static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 7, 1);

  /** One field's outcome: a CSV column, or one personal type of a FHIR element group. */
  record Outcome(String layout, String field, FieldType expected, FieldType actual) {
    boolean correct() {
      return expected != null && expected == actual;
    }
  }

  /** One layout's figures. */
  record LayoutResult(String layout, boolean heldOut, List<Outcome> outcomes, int trueSubjects,
      int assessedSubjects, boolean subjectsExact, int gradesAgreeing, String problem,
      Map<String, Integer> gradeConfusion) {}

  /** Precision and recall of one type. */
  record TypeScore(FieldType type, int expected, int predicted, int correct) {
    double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }

    double recall() {
      return expected == 0 ? 1 : (double) correct / expected;
    }
  }

  private static final Pattern QUALIFIER = Pattern.compile("\\([^)]*\\)");
  private static final Pattern CHOICE = Pattern.compile(
      "^(value|effective|onset|abatement|occurrence|medication|performed|deceased|multipleBirth"
          + "|serviced|born|reported)[A-Z].*");

  private final List<LayoutResult> layouts;

  private Evaluation(List<LayoutResult> layouts) {
    this.layouts = List.copyOf(layouts);
  }

  List<LayoutResult> layouts() {
    return layouts;
  }

  static Evaluation of(List<Corpus.Layout> corpus) {
    ExposureAnalysis analysis = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(ASSESSMENT_DATE).build());
    List<LayoutResult> results = new ArrayList<>();
    for (Corpus.Layout layout : corpus) {
      results.add(assess(analysis, layout));
    }
    return new Evaluation(results);
  }

  private static LayoutResult assess(ExposureAnalysis analysis, Corpus.Layout layout) {
    Truth truth = layout.truth();
    List<AssessedSubject> subjects = Collections.synchronizedList(new ArrayList<>());
    AnalysisResult result;
    try {
      result = analysis.assess(List.of(layout.input()), subjects::add);
    } catch (IOException | RuntimeException e) {
      List<Outcome> none = new ArrayList<>();
      for (Truth.Field f : truth.fields()) {
        none.add(new Outcome(truth.layout(), f.name(), f.type(), null));
      }
      return new LayoutResult(truth.layout(), layout.heldOut(), none, truth.subjects().size(), 0,
          false, 0, "not assessed: " + e.getClass().getSimpleName(), Map.of());
    }
    List<Outcome> outcomes = truth.isFhir() ? fhirOutcomes(truth, result.fields())
        : csvOutcomes(truth, result.fields());
    String problem = "";
    if (!truth.isFhir() && result.fields().size() != truth.fields().size()) {
      problem = String.format(Locale.ROOT, "read as %d columns, %d true", result.fields().size(),
          truth.fields().size());
    } else if (!truth.isFhir()) {
      // A header read otherwise than written (encoding, BOM) is a reading fault worth naming.
      for (int i = 0; i < truth.fields().size(); i++) {
        if (!result.fields().get(i).classification().field().equals(truth.fields().get(i).name())) {
          problem = String.format(Locale.ROOT, "column %d's header read otherwise than written",
              i + 1);
          break;
        }
      }
    }
    return subjects(truth, layout.heldOut(), outcomes, subjects, problem);
  }

  private static List<Outcome> csvOutcomes(Truth truth, List<FieldReport> fields) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < truth.fields().size(); i++) {
      Truth.Field f = truth.fields().get(i);
      FieldType actual = i < fields.size() ? fields.get(i).classification().type() : null;
      outcomes.add(new Outcome(truth.layout(), f.name(), f.type(), actual));
    }
    return outcomes;
  }

  /**
   * FHIR fields are compared per element group ({@code Resource.element}, qualifiers and choice
   * suffixes removed): a unit is a (group, personal type) pair, expected when the truth lists it and
   * predicted when some reported path of the group has that type. OTHER is not a unit.
   */
  private static List<Outcome> fhirOutcomes(Truth truth, List<FieldReport> fields) {
    Map<String, Set<FieldType>> reported = new TreeMap<>();
    for (FieldReport f : fields) {
      ColumnClassification c = f.classification();
      String group = group(c.field());
      if (group == null || c.type() == FieldType.OTHER) {
        continue;
      }
      reported.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(c.type());
    }
    Map<String, Set<FieldType>> expected = new TreeMap<>();
    for (Truth.Field f : truth.fields()) {
      expected.computeIfAbsent(f.name(), g -> new LinkedHashSet<>()).add(f.type());
    }
    List<Outcome> outcomes = new ArrayList<>();
    expected.forEach((group, types) -> {
      Set<FieldType> there = reported.getOrDefault(group, Set.of());
      List<FieldType> spare = new ArrayList<>(there);
      spare.removeAll(types);
      for (FieldType t : types) {
        FieldType actual = there.contains(t) ? t : spare.isEmpty() ? null : spare.remove(0);
        outcomes.add(new Outcome(truth.layout(), group, t, actual));
      }
      for (FieldType extra : spare) {
        outcomes.add(new Outcome(truth.layout(), group, null, extra));
      }
    });
    reported.forEach((group, types) -> {
      if (!expected.containsKey(group)) {
        types.forEach(t -> outcomes.add(new Outcome(truth.layout(), group, null, t)));
      }
    });
    return outcomes;
  }

  /** {@code Resource.element} of a reported path, or null for the resource's own id and meta. */
  static String group(String path) {
    String[] parts = QUALIFIER.matcher(path).replaceAll("").split("\\.");
    if (parts.length < 2 || parts[1].equals("id") || parts[1].equals("meta")) {
      return null;
    }
    String element = CHOICE.matcher(parts[1]).matches()
        ? parts[1].replaceFirst("[A-Z].*$", "") + "[x]" : parts[1];
    return parts[0] + "." + element;
  }

  private static LayoutResult subjects(Truth truth, boolean heldOut, List<Outcome> outcomes,
      List<AssessedSubject> assessed, String problem) {
    Map<String, Integer> owner = new HashMap<>();
    for (Truth.Subject s : truth.subjects()) {
      for (String l : s.locations()) {
        owner.put(l, s.id());
        // The FHIR adapter locates the entries of a one-line Bundle as line = entry number (its
        // fhir.md), where SourceLocation's contract says line 1, entry n: both name the same record.
        String[] p = l.split(":");
        if (p[1].equals("1") && !p[2].equals("0")) {
          owner.put(p[0] + ":" + p[2] + ":0", s.id());
        }
      }
    }
    boolean exact = assessed.size() == truth.subjects().size();
    Map<Integer, ResultGrade> assessedGrade = new HashMap<>();
    for (AssessedSubject a : assessed) {
      Set<Integer> owners = new HashSet<>();
      for (SourceLocation l : a.locations()) {
        owners.add(owner.get(key(l)));
      }
      exact &= owners.size() == 1 && !owners.contains(null);
      for (Integer id : owners) {
        if (id != null) {
          assessedGrade.merge(id, a.resultGrade(), ResultGrade::max);
        }
      }
    }
    int agreeing = 0;
    Map<String, Integer> confusion = new TreeMap<>();
    for (Truth.Subject s : truth.subjects()) {
      ResultGrade got = assessedGrade.getOrDefault(s.id(), ResultGrade.NONE);
      if (got == s.grade()) {
        agreeing++;
      } else {
        confusion.merge(s.grade() + " -> " + got, 1, Integer::sum);
      }
    }
    return new LayoutResult(truth.layout(), heldOut, outcomes, truth.subjects().size(),
        assessed.size(), exact, agreeing, problem, confusion);
  }

  private static String key(SourceLocation l) {
    return SourceLocation.fileName(l.source()) + ":" + l.line() + ":" + l.entry();
  }

  // ------------------------------------------------------------------------------- figures

  List<Outcome> outcomes() {
    return layouts.stream().flatMap(l -> l.outcomes().stream()).toList();
  }

  int expected() {
    return (int) outcomes().stream().filter(o -> o.expected() != null).count();
  }

  int predicted() {
    return (int) outcomes().stream().filter(o -> o.actual() != null).count();
  }

  int correct() {
    return (int) outcomes().stream().filter(Outcome::correct).count();
  }

  double precision() {
    return predicted() == 0 ? 0 : (double) correct() / predicted();
  }

  double recall() {
    return expected() == 0 ? 0 : (double) correct() / expected();
  }

  List<TypeScore> typeScores() {
    Map<FieldType, int[]> counts = new EnumMap<>(FieldType.class);
    for (Outcome o : outcomes()) {
      if (o.expected() != null) {
        counts.computeIfAbsent(o.expected(), t -> new int[3])[0]++;
      }
      if (o.actual() != null) {
        counts.computeIfAbsent(o.actual(), t -> new int[3])[1]++;
      }
      if (o.correct()) {
        counts.get(o.expected())[2]++;
      }
    }
    List<TypeScore> scores = new ArrayList<>();
    counts.forEach((t, c) -> scores.add(new TypeScore(t, c[0], c[1], c[2])));
    return scores;
  }

  int trueSubjects() {
    return layouts.stream().mapToInt(LayoutResult::trueSubjects).sum();
  }

  int gradesAgreeing() {
    return layouts.stream().mapToInt(LayoutResult::gradesAgreeing).sum();
  }

  double gradeAgreement() {
    return trueSubjects() == 0 ? 0 : (double) gradesAgreeing() / trueSubjects();
  }

  int layoutsExact() {
    return (int) layouts.stream().filter(LayoutResult::subjectsExact).count();
  }

  Map<String, Integer> gradeConfusion() {
    Map<String, Integer> all = new TreeMap<>();
    layouts.forEach(l -> l.gradeConfusion().forEach((k, v) -> all.merge(k, v, Integer::sum)));
    return all;
  }
}
