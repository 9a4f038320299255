package org.exposure.cohort;

import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;
import org.exposure.score.SubjectAssessment;

/**
 * The mutable side of {@link CohortSummary}: one per thread, never shared; fill it with
 * {@link #add}, combine with {@link #merge}, and take the immutable result with {@link #toSummary()}.
 */
public final class CohortAccumulator {
  private long subjects;
  private final long[] levels = new long[SeverityLevel.values().length];
  private final long[] fieldTypes = new long[FieldType.values().length];
  private final long[] grades = new long[ResultGrade.values().length];
  private final long[] harms = new long[Harm.values().length];
  private final long[] seBuckets = new long[CohortSummary.SE_BUCKETS];

  /** Counts one subject. */
  public CohortAccumulator add(SubjectExposure exposure, SubjectAssessment assessment) {
    subjects++;
    levels[assessment.level().ordinal()]++;
    for (FieldType type : exposure.fieldTypes()) {
      fieldTypes[type.ordinal()]++;
    }
    grades[exposure.resultGrade().ordinal()]++;
    for (Harm harm : assessment.harms()) {
      harms[harm.ordinal()]++;
    }
    seBuckets[CohortSummary.seBucket(assessment.se())]++;
    return this;
  }

  /** Adds another accumulator's counts to this one. */
  public CohortAccumulator merge(CohortAccumulator other) {
    if (other == this) {
      throw new IllegalArgumentException("an accumulator cannot be merged into itself");
    }
    subjects += other.subjects;
    addInto(levels, other.levels);
    addInto(fieldTypes, other.fieldTypes);
    addInto(grades, other.grades);
    addInto(harms, other.harms);
    addInto(seBuckets, other.seBuckets);
    return this;
  }

  /** An immutable snapshot of the counts so far. */
  public CohortSummary toSummary() {
    return CohortSummary.copyOf(subjects, levels, fieldTypes, grades, harms, seBuckets);
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }
}
