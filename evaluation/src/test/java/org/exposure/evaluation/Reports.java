package org.exposure.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exposure.model.FieldType;

/**
 * The evaluation's Markdown: the aggregate figures, and for the tuning part the per-type table, every
 * wrong field and each layout's subjects and grades. Names layouts, headers, element groups, types and
 * grades; never a value.
 */
final class Reports {
  private Reports() {}

  /** Overall, per-type (the types asserted), grade and subject figures only. */
  static String aggregate(Evaluation e, String part, Set<FieldType> asserted) {
    StringBuilder md = new StringBuilder();
    header(md, e, part);
    md.append("| type | fields | precision | recall |\n|---|---:|---:|---:|\n");
    for (Evaluation.TypeScore s : e.typeScores()) {
      if (asserted.contains(s.type())) {
        row(md, s);
      }
    }
    md.append("\nPer-layout detail withheld: read it once, at the end, with "
        + "-Dexposure.eval.detail=true.\n");
    return md.toString();
  }

  static String full(Evaluation e, String part, Set<FieldType> asserted) {
    StringBuilder md = new StringBuilder();
    header(md, e, part);
    md.append("| type | fields | predicted | precision | recall |\n|---|---:|---:|---:|---:|\n");
    for (Evaluation.TypeScore s : e.typeScores()) {
      md.append(String.format(Locale.ROOT, "| %s%s | %d | %d | %s | %s |%n", s.type(),
          asserted.contains(s.type()) ? " *" : "", s.expected(),
          s.predicted(), s.predicted() == 0 ? "n/a" : f(s.precision()),
          s.expected() == 0 ? "n/a" : f(s.recall())));
    }
    md.append("\n`*`: at least ").append(CorpusEvaluationTest.MIN_SUPPORT)
        .append(" fields in the whole corpus, so the threshold applies to the type.\n\n");

    List<Evaluation.Outcome> wrong = e.outcomes().stream().filter(o -> !o.correct()).toList();
    md.append(String.format(Locale.ROOT, "## Wrong fields (%d)%n%n", wrong.size()));
    md.append("| layout | header or element | expected | actual |\n|---|---|---|---|\n");
    for (Evaluation.Outcome o : wrong) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", o.layout(),
          o.field().replace("|", "\\|"), o.expected() == null ? "(not personal / not listed)"
              : o.expected(), o.actual() == null ? "nothing" : o.actual()));
    }
    md.append("\n## Grades: true -> assessed, subjects that disagree\n\n");
    Map<String, Integer> confusion = e.gradeConfusion();
    if (confusion.isEmpty()) {
      md.append("None.\n");
    }
    confusion.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append("\n## Per layout\n\n| layout | fields right | true subjects | assessed subjects "
        + "| exact | grades agree | problem |\n|---|---:|---:|---:|---|---:|---|\n");
    for (Evaluation.LayoutResult l : e.layouts()) {
      long right = l.outcomes().stream().filter(Evaluation.Outcome::correct).count();
      md.append(String.format(Locale.ROOT, "| %s | %d/%d | %d | %d | %s | %d | %s |%n", l.layout(),
          right, l.outcomes().size(), l.trueSubjects(), l.assessedSubjects(),
          l.subjectsExact() ? "yes" : "no", l.gradesAgreeing(), l.problem()));
    }
    return md.toString();
  }

  private static void header(StringBuilder md, Evaluation e, String part) {
    md.append("# Evaluation corpus: ").append(part).append("\n\n");
    md.append(String.format(Locale.ROOT, "%d layouts; assessment date %s.%n%n", e.layouts().size(),
        Evaluation.ASSESSMENT_DATE));
    md.append(String.format(Locale.ROOT, "- Types (micro): precision **%s** (%d of %d predicted), "
        + "recall **%s** (%d of %d fields); threshold %.2f%n", f(e.precision()), e.correct(),
        e.predicted(), f(e.recall()), e.correct(), e.expected(), CorpusEvaluationTest.MIN_TYPES));
    md.append(String.format(Locale.ROOT, "- Grades: **%s** of true subjects agree (%d of %d); "
        + "threshold %.2f%n", f(e.gradeAgreement()), e.gradesAgreeing(), e.trueSubjects(),
        CorpusEvaluationTest.MIN_GRADES));
    md.append(String.format(Locale.ROOT, "- Subjects exact in **%d of %d** layouts%n%n",
        e.layoutsExact(), e.layouts().size()));
  }

  private static void row(StringBuilder md, Evaluation.TypeScore s) {
    md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", s.type(), s.expected(),
        s.predicted() == 0 ? "n/a" : f(s.precision()), f(s.recall())));
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
