package org.exposure.cohort;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.exposure.cohort.CohortSummary.Dimension;
import org.exposure.model.FieldType;
import org.exposure.model.SubjectExposure;
import org.exposure.score.Harm;
import org.exposure.score.SubjectAssessment;

/**
 * The mutable side of {@link CohortSummary}: one per thread, never shared; fill it with
 * {@link #add}, combine with {@link #merge}, and take the immutable result with {@link #toSummary()}.
 */
public final class CohortAccumulator {
  private final LocalDate assessmentDate;
  private long subjects;
  private final long[][] counts = Dimension.newCounts();

  /**
   * An empty accumulator.
   *
   * @param assessmentDate the date on which subjects' ages are taken, for the age bands
   */
  public CohortAccumulator(LocalDate assessmentDate) {
    this.assessmentDate = requireNonNull(assessmentDate, "assessmentDate");
  }

  /** Counts one subject. */
  public CohortAccumulator add(SubjectExposure exposure, SubjectAssessment assessment) {
    subjects++;
    count(Dimension.LEVELS, assessment.level().ordinal());
    for (FieldType type : exposure.fieldTypes()) {
      count(Dimension.FIELD_TYPES, type.ordinal());
      count(Dimension.LEVEL_BY_FIELD_TYPE, CohortSummary.cell(assessment.level(), type));
    }
    count(Dimension.GRADES, exposure.resultGrade().ordinal());
    for (Harm harm : assessment.harms()) {
      count(Dimension.HARMS, harm.ordinal());
    }
    count(Dimension.SE, CohortSummary.seBucket(assessment.se()));
    Optional<String> postcode = exposure.quasiIdentifiers().postcode();
    count(Dimension.REGIONS, postcode.isEmpty() ? 0 // no region
        : Region.ofPostcode(postcode.get()).index());
    count(Dimension.AGE_BANDS, AgeBand.of(exposure.quasiIdentifiers(), assessmentDate).ordinal());
    return this;
  }

  private void count(Dimension dimension, int index) {
    counts[dimension.ordinal()][index]++;
  }

  /**
   * Adds another accumulator's counts to this one.
   *
   * @throws IllegalArgumentException if it is this one, or takes ages on another date: its age bands
   *     would not be this one's
   */
  public CohortAccumulator merge(CohortAccumulator other) {
    if (other == this) {
      throw new IllegalArgumentException("an accumulator cannot be merged into itself");
    }
    if (!other.assessmentDate.equals(assessmentDate)) {
      throw new IllegalArgumentException("an accumulator of ages on " + other.assessmentDate
          + " cannot be merged into one of ages on " + assessmentDate);
    }
    subjects += other.subjects;
    for (int d = 0; d < counts.length; d++) {
      for (int i = 0; i < counts[d].length; i++) {
        counts[d][i] += other.counts[d][i];
      }
    }
    return this;
  }

  /** An immutable snapshot of the counts so far. */
  public CohortSummary toSummary() {
    return CohortSummary.copyOf(subjects, counts);
  }
}
