package org.exposure.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.exposure.cohort.AgeBand;
import org.exposure.cohort.CohortSummary;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;

/**
 * The one rule by which report.json and report.html publish a breakdown of subjects (result grades,
 * harms, regions, age bands, level by field type), so that the two never disagree: a cell of 1 to 4
 * subjects ({@link CohortSummary#isSmallCell}) is withheld. report.json leaves a withheld cell out
 * and counts it in {@code breakdowns.suppressed_cells}; report.html shows it as "&lt; 5".
 *
 * <p>Levels, field types and the SE distribution are published exactly: the notification decisions
 * rest on them.
 */
final class SmallCells {
  /** A count as the reports publish it. */
  record Cell(long count, boolean withheld) {}

  private SmallCells() {}

  /** The cells of a breakdown, in its order, with the small ones withheld. */
  static <K> Map<K, Cell> publish(Map<K, Long> counts) {
    Map<K, Cell> cells = new LinkedHashMap<>();
    counts.forEach((key, n) -> cells.put(key, new Cell(n, CohortSummary.isSmallCell(n))));
    return cells;
  }

  static Map<ResultGrade, Cell> grades(CohortSummary c) {
    Map<ResultGrade, Long> counts = new LinkedHashMap<>();
    for (ResultGrade grade : ResultGrade.values()) {
      counts.put(grade, c.count(grade));
    }
    return publish(counts);
  }

  static Map<Harm, Cell> harms(CohortSummary c) {
    Map<Harm, Long> counts = new LinkedHashMap<>();
    for (Harm harm : Harm.values()) {
      counts.put(harm, c.count(harm));
    }
    return publish(counts);
  }

  /** Subjects per two-digit postcode, 10 to 99, then 0 for those without a postcode. */
  static Map<Integer, Cell> regions(CohortSummary c) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (int pc2 = 10; pc2 < 100; pc2++) {
      counts.put(pc2, c.countInRegion(pc2));
    }
    counts.put(0, c.countInRegion(0));
    return publish(counts);
  }

  static Map<AgeBand, Cell> ageBands(CohortSummary c) {
    Map<AgeBand, Long> counts = new LinkedHashMap<>();
    for (AgeBand band : AgeBand.values()) {
      counts.put(band, c.count(band));
    }
    return publish(counts);
  }

  /** The subjects exposed to one field type, per level. */
  static Map<SeverityLevel, Cell> levels(CohortSummary c, FieldType type) {
    Map<SeverityLevel, Long> counts = new LinkedHashMap<>();
    for (SeverityLevel level : SeverityLevel.values()) {
      counts.put(level, c.count(level, type));
    }
    return publish(counts);
  }
}
