package org.exposure.cli;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.exposure.cohort.AgeBand;
import org.exposure.cohort.CohortSummary;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;

/**
 * The one rule by which report.json and report.html publish a breakdown of subjects (result grades,
 * harms, regions, age bands, level by field type), so that the two never disagree:
 *
 * <ol>
 *   <li>A cell of 1 to 4 subjects ({@link CohortSummary#isSmallCell}) is withheld.
 *   <li>Where the breakdown's total is published elsewhere (every subject is in exactly one grade,
 *       region and age band; the levels of a field type add up to its count in {@code field_types}),
 *       a single withheld cell would be the total minus the cells shown. So when exactly one cell is
 *       withheld, the next-smallest non-zero cell is withheld too (the first in the breakdown's order
 *       on a tie). If every other cell is zero, the first zero cell is withheld instead: zeros shown
 *       beside a lone small cell would give it away as the total. Harms overlap and have no total,
 *       so only their small cells are withheld.
 * </ol>
 *
 * <p>report.json leaves a withheld cell out and counts it in {@code breakdowns.suppressed_cells};
 * report.html shows a small cell as "&lt; 5" and the other withheld one as "withheld", with no bar.
 *
 * <p>Levels, field types and the SE distribution are published exactly: the notification decisions
 * rest on them.
 */
final class SmallCells {
  /** A count as the reports publish it. */
  record Cell(long count, boolean withheld) {
    /** Withheld for being small, not to protect a small cell. */
    boolean small() {
      return withheld && CohortSummary.isSmallCell(count);
    }
  }

  private SmallCells() {}

  /**
   * The cells of a breakdown, in its order, withheld by the rule above.
   *
   * @param totalPublished whether the cells add up to a total the reports publish
   */
  static <K> Map<K, Cell> publish(Map<K, Long> counts, boolean totalPublished) {
    Set<K> withheld = new HashSet<>();
    counts.forEach((key, n) -> {
      if (CohortSummary.isSmallCell(n)) {
        withheld.add(key);
      }
    });
    if (totalPublished && withheld.size() == 1) {
      K partner = null;
      for (Map.Entry<K, Long> e : counts.entrySet()) {
        if (!withheld.contains(e.getKey())
            && (partner == null || smaller(e.getValue(), counts.get(partner)))) {
          partner = e.getKey();
        }
      }
      if (partner != null) {
        withheld.add(partner);
      }
    }
    Map<K, Cell> cells = new LinkedHashMap<>();
    counts.forEach((key, n) -> cells.put(key, new Cell(n, withheld.contains(key))));
    return cells;
  }

  /** Whether a cell comes before another as the partner: any non-zero count before zero. */
  private static boolean smaller(long a, long b) {
    return b == 0 ? a > 0 : a > 0 && a < b;
  }

  static Map<ResultGrade, Cell> grades(CohortSummary c) {
    return publish(counts(ResultGrade.values(), c::count), true);
  }

  static Map<Harm, Cell> harms(CohortSummary c) {
    return publish(counts(Harm.values(), c::count), false);
  }

  /** Subjects per two-digit postcode, 10 to 99, then 0 for those without a postcode. */
  static Map<Integer, Cell> regions(CohortSummary c) {
    Map<Integer, Long> counts = new LinkedHashMap<>();
    for (int pc2 = 10; pc2 < 100; pc2++) {
      counts.put(pc2, c.countInRegion(pc2));
    }
    counts.put(0, c.countInRegion(0));
    return publish(counts, true);
  }

  static Map<AgeBand, Cell> ageBands(CohortSummary c) {
    return publish(counts(AgeBand.values(), c::count), true);
  }

  /** The subjects exposed to one field type, per level. */
  static Map<SeverityLevel, Cell> levels(CohortSummary c, FieldType type) {
    return publish(counts(SeverityLevel.values(), level -> c.count(level, type)), true);
  }

  /** Each key's count, in the keys' order. */
  private static <K> Map<K, Long> counts(K[] keys, ToLongFunction<K> count) {
    Map<K, Long> counts = new LinkedHashMap<>();
    for (K key : keys) {
      counts.put(key, count.applyAsLong(key));
    }
    return counts;
  }
}
