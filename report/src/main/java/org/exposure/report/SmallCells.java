package org.exposure.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.exposure.cohort.AgeBand;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.Region;
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
 *       the withheld cells add up to the total minus the cells shown. So while any cell is withheld,
 *       the next-smallest non-zero cell shown is withheld too (the first in the breakdown's order on
 *       a tie) until at least two cells are withheld and they hide at least {@code 2 *}{@value
 *       CohortSummary#SMALL_CELL} subjects together: a sum of 2 would be 1 + 1, and a small cell
 *       beside a partner of 5 would be 6 = 1 + 5. If no non-zero cell is left, a zero cell is
 *       withheld instead until two are: zeros shown beside a lone small cell would give it away.
 *   <li>The {@code stigma} harm counts the subjects with an abnormal grade and those with a
 *       sensitive diagnosis; where the latter all have an abnormal grade too, it is the total of the
 *       abnormal grades, and {@code subjects} minus it the total of the others. While
 *       stigma is published, each of the two groups is protected by rule 2 on its own, partners
 *       chosen within the group; where a group runs out of non-zero cells first, stigma is withheld
 *       too and the grades are protected as one breakdown. Other harms overlap and have no total:
 *       only their small cells are withheld.
 * </ol>
 *
 * <p>Every withheld cell is published alike, whether small or a partner, so that none can be told
 * from another: report.json leaves it out and counts it in {@code breakdowns.suppressed_cells};
 * report.html shows it as "withheld", with no bar.
 *
 * <p>Levels, field types and the SE distribution are published exactly: the notification decisions
 * rest on them.
 */
final class SmallCells {
  /** At least this many subjects hide behind the withheld cells of a breakdown with a total. */
  static final int HIDDEN = 2 * CohortSummary.SMALL_CELL;

  /** A count as the reports publish it. */
  record Cell(long count, boolean withheld) {}

  /** The grades as published, and whether the stigma harm must be withheld with them. */
  private record Grades(Map<ResultGrade, Cell> cells, boolean stigmaWithheld) {}

  private SmallCells() {}

  /**
   * The cells of a breakdown, in its order, withheld by the rule above.
   *
   * @param totalPublished whether the cells add up to a total the reports publish
   */
  static <K> Map<K, Cell> publish(Map<K, Long> counts, boolean totalPublished) {
    Set<K> withheld = small(counts);
    if (totalPublished) {
      protect(counts, withheld);
    }
    return cells(counts, withheld);
  }

  /** The small cells of a breakdown. */
  private static <K> Set<K> small(Map<K, Long> counts) {
    Set<K> withheld = new HashSet<>();
    counts.forEach((key, n) -> {
      if (CohortSummary.isSmallCell(n)) {
        withheld.add(key);
      }
    });
    return withheld;
  }

  /** Rule 2 over a whole breakdown: partners, then zeros if the non-zero cells ran out. */
  private static <K> void protect(Map<K, Long> counts, Set<K> withheld) {
    if (withheld.isEmpty() || partners(counts, counts.keySet(), withheld)) {
      return;
    }
    for (K key : counts.keySet()) {
      if (withheld.size() >= 2) {
        return;
      }
      withheld.add(key);
    }
  }

  /**
   * Withholds the group's next-smallest non-zero cells until its withheld cells are safe: none, or at
   * least two hiding at least {@link #HIDDEN} subjects. Returns whether they are; false if the group's
   * non-zero cells ran out first.
   */
  private static <K> boolean partners(Map<K, Long> counts, Collection<K> group, Set<K> withheld) {
    while (!safe(counts, group, withheld)) {
      K partner = null;
      for (K key : group) {
        long n = counts.get(key);
        if (!withheld.contains(key) && n > 0 && (partner == null || n < counts.get(partner))) {
          partner = key;
        }
      }
      if (partner == null) {
        return false;
      }
      withheld.add(partner);
    }
    return true;
  }

  private static <K> boolean safe(Map<K, Long> counts, Collection<K> group, Set<K> withheld) {
    int cells = 0;
    long hidden = 0;
    for (K key : group) {
      if (withheld.contains(key)) {
        cells++;
        hidden += counts.get(key);
      }
    }
    return cells == 0 || (cells >= 2 && hidden >= HIDDEN);
  }

  private static <K> Map<K, Cell> cells(Map<K, Long> counts, Set<K> withheld) {
    Map<K, Cell> cells = new LinkedHashMap<>();
    counts.forEach((key, n) -> cells.put(key, new Cell(n, withheld.contains(key))));
    return cells;
  }

  static Map<ResultGrade, Cell> grades(CohortSummary c) {
    return gradesAndStigma(c).cells();
  }

  static Map<Harm, Cell> harms(CohortSummary c) {
    Map<Harm, Cell> cells = publish(counts(Harm.values(), c::count), false);
    if (gradesAndStigma(c).stigmaWithheld()) {
      cells.put(Harm.STIGMA, new Cell(c.count(Harm.STIGMA), true));
    }
    return cells;
  }

  /**
   * Rule 3. RiskModel gives stigma to the subjects whose grade is abnormal and to those with a
   * sensitive diagnosis; where no more than these, a published stigma count is a second total over
   * the grades: without it, the cancer cell withheld beside a
   * normal partner would be stigma minus the abnormal grades shown, and a withheld unsatisfactory
   * cell beside an abnormal partner subjects minus stigma minus the other grades shown. Each group
   * therefore finds its partners within itself; if one cannot, stigma is withheld, which leaves only
   * the subjects total, and rule 2 applies to the grades as a whole.
   */
  private static Grades gradesAndStigma(CohortSummary c) {
    Map<ResultGrade, Long> counts = counts(ResultGrade.values(), c::count);
    Set<ResultGrade> withheld = small(counts);
    // Stigma beyond the abnormal grades: subjects with a sensitive diagnosis and no abnormal result.
    // Stigma minus the abnormal grades shown would count them, so a small count withholds stigma.
    long abnormalGrades = counts.entrySet().stream().filter(e -> e.getKey().isAbnormal())
        .mapToLong(Map.Entry::getValue).sum();
    boolean stigmaShown = !CohortSummary.isSmallCell(c.count(Harm.STIGMA))
        && !CohortSummary.isSmallCell(c.count(Harm.STIGMA) - abnormalGrades);
    if (stigmaShown) {
      for (boolean abnormal : new boolean[] {true, false}) {
        List<ResultGrade> group = Arrays.stream(ResultGrade.values())
            .filter(grade -> grade.isAbnormal() == abnormal).toList();
        if (!partners(counts, group, withheld)) {
          stigmaShown = false;
          break;
        }
      }
    }
    protect(counts, withheld);
    return new Grades(cells(counts, withheld), !stigmaShown && c.count(Harm.STIGMA) > 0);
  }

  /**
   * Subjects per region, keyed as {@code report.json} keys them: Dutch two-digit postcodes 10 to 99
   * ({@code "10"}), then the other countries' coarse areas some subject lives in ({@code "US-021"},
   * {@code "GB-SW"}: {@link Region#key()}), then {@code "unknown"} for those without a postcode.
   */
  static Map<String, Cell> regions(CohortSummary c) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int pc2 = 10; pc2 < 100; pc2++) {
      counts.put(String.valueOf(pc2), c.countInRegion(pc2));
    }
    c.foreignRegions().forEach((region, n) -> counts.put(region.key(), n));
    counts.put("unknown", c.countInRegion(0));
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
