package org.exposure.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;
import org.exposure.score.SubjectAssessment;

/**
 * The impact of a breach on a whole cohort: how many subjects, at which severity level, exposed to which
 * field types, with which result grades and harms, and the distribution of SE. All counts are exact.
 *
 * <p>A mergeable value: {@link #empty()} is the identity of {@link #plus}, and {@code plus} is
 * associative and commutative, so threads, or the nodes of a cluster, each summarise a part and the
 * parts merge into the same answer as one pass. Immutable and thread-safe; holds counts only.
 *
 * <pre>{@code
 * CohortSummary total = CohortSummary.empty();
 * total = total.plus(CohortSummary.of(exposure, assessment));
 * total.count(SeverityLevel.VERY_HIGH);
 * }</pre>
 */
public final class CohortSummary {
  /** SE runs from 0.25 to 6 in steps of 0.25: 24 exact buckets. */
  static final int SE_BUCKETS = 24;

  private static final CohortSummary EMPTY =
      new CohortSummary(
          0,
          new long[SeverityLevel.values().length],
          new long[FieldType.values().length],
          new long[ResultGrade.values().length],
          new long[Harm.values().length],
          new long[SE_BUCKETS]);

  private final long subjects;
  private final long[] levels;
  private final long[] fieldTypes;
  private final long[] grades;
  private final long[] harms;
  private final long[] seBuckets;

  private CohortSummary(
      long subjects, long[] levels, long[] fieldTypes, long[] grades, long[] harms, long[] seBuckets) {
    this.subjects = subjects;
    this.levels = levels;
    this.fieldTypes = fieldTypes;
    this.grades = grades;
    this.harms = harms;
    this.seBuckets = seBuckets;
  }

  /** The summary of no subjects: the identity of {@link #plus}. */
  public static CohortSummary empty() {
    return EMPTY;
  }

  /** The summary of one subject. */
  public static CohortSummary of(SubjectExposure exposure, SubjectAssessment assessment) {
    CohortAccumulator one = new CohortAccumulator();
    one.add(exposure, assessment);
    return one.toSummary();
  }

  static CohortSummary copyOf(
      long subjects, long[] levels, long[] fieldTypes, long[] grades, long[] harms, long[] seBuckets) {
    return new CohortSummary(subjects, levels.clone(), fieldTypes.clone(), grades.clone(),
        harms.clone(), seBuckets.clone());
  }

  /** The summary of both cohorts together. */
  public CohortSummary plus(CohortSummary other) {
    return new CohortSummary(
        subjects + other.subjects,
        sum(levels, other.levels),
        sum(fieldTypes, other.fieldTypes),
        sum(grades, other.grades),
        sum(harms, other.harms),
        sum(seBuckets, other.seBuckets));
  }

  /** The first bytes of every serialised summary: "EXPC". */
  private static final int MAGIC = 0x45585043;
  /** The version of the binary form {@link #toBytes()} writes. */
  public static final short FORMAT_VERSION = 1;

  /**
   * The summary as bytes, to be merged elsewhere: magic {@code EXPC}, a format version, then the subject
   * count and each array of counts with its length (big-endian). Versioned so that summaries written by
   * an older release still decode.
   */
  public byte[] toBytes() {
    long[][] arrays = {levels, fieldTypes, grades, harms, seBuckets};
    int size = 4 + 2 + 8;
    for (long[] a : arrays) {
      size += 4 + 8 * a.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(MAGIC).putShort(FORMAT_VERSION).putLong(subjects);
    for (long[] a : arrays) {
      out.putInt(a.length);
      for (long n : a) {
        out.putLong(n);
      }
    }
    return out.array();
  }

  /**
   * Reads a summary written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the bytes are not a summary, come from an unknown format
   *     version, or count other categories than this release knows
   */
  public static CohortSummary fromBytes(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      checkArgument(in.getInt() == MAGIC, "not a cohort summary: the bytes do not start with EXPC");
      short version = in.getShort();
      checkArgument(version == FORMAT_VERSION,
          "cohort summary format version %s is not supported; this release reads version %s", version,
          FORMAT_VERSION);
      long subjects = in.getLong();
      long[] levels = array(in, "severity levels", SeverityLevel.values().length);
      long[] fieldTypes = array(in, "field types", FieldType.values().length);
      long[] grades = array(in, "result grades", ResultGrade.values().length);
      long[] harms = array(in, "harms", Harm.values().length);
      long[] seBuckets = array(in, "SE buckets", SE_BUCKETS);
      checkArgument(!in.hasRemaining(), "%s bytes follow the cohort summary", in.remaining());
      return new CohortSummary(subjects, levels, fieldTypes, grades, harms, seBuckets);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the cohort summary is cut short", e);
    }
  }

  private static long[] array(ByteBuffer in, String what, int expected) {
    int length = in.getInt();
    checkArgument(length == expected, "the summary counts %s %s, this release knows %s", length, what,
        expected);
    long[] a = new long[length];
    for (int i = 0; i < length; i++) {
      a[i] = in.getLong();
    }
    return a;
  }

  /** Distinct data subjects after linking. */
  public long subjects() {
    return subjects;
  }

  /** Subjects at the given severity level. */
  public long count(SeverityLevel level) {
    return levels[level.ordinal()];
  }

  /** Subjects about whom the given field type was exposed. */
  public long count(FieldType type) {
    return fieldTypes[type.ordinal()];
  }

  /** Subjects whose most alarming exposed result has the given grade. */
  public long count(ResultGrade grade) {
    return grades[grade.ordinal()];
  }

  /** Subjects whose exposure opens the given harm. */
  public long count(Harm harm) {
    return harms[harm.ordinal()];
  }

  /**
   * Subjects with exactly the given SE.
   *
   * @param se a multiple of 0.25 in [0.25, 6]
   */
  public long countWithScore(double se) {
    return seBuckets[seBucket(se)];
  }

  /** The highest SE in the cohort, or 0 for an empty cohort. */
  public double maxScore() {
    for (int i = SE_BUCKETS - 1; i >= 0; i--) {
      if (seBuckets[i] > 0) {
        return (i + 1) / 4.0;
      }
    }
    return 0;
  }

  static int seBucket(double se) {
    double quarters = se * 4;
    checkArgument(quarters == Math.rint(quarters) && quarters >= 1 && quarters <= SE_BUCKETS,
        "SE must be a multiple of 0.25 in [0.25, 6], was %s", se);
    return (int) quarters - 1;
  }

  private static long[] sum(long[] a, long[] b) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CohortSummary)) {
      return false;
    }
    CohortSummary that = (CohortSummary) o;
    return subjects == that.subjects
        && Arrays.equals(levels, that.levels)
        && Arrays.equals(fieldTypes, that.fieldTypes)
        && Arrays.equals(grades, that.grades)
        && Arrays.equals(harms, that.harms)
        && Arrays.equals(seBuckets, that.seBuckets);
  }

  @Override
  public int hashCode() {
    int h = Long.hashCode(subjects);
    h = 31 * h + Arrays.hashCode(levels);
    h = 31 * h + Arrays.hashCode(fieldTypes);
    h = 31 * h + Arrays.hashCode(grades);
    h = 31 * h + Arrays.hashCode(harms);
    return 31 * h + Arrays.hashCode(seBuckets);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "CohortSummary[subjects=%d, low=%d, medium=%d, high=%d, very_high=%d]", subjects,
        count(SeverityLevel.LOW), count(SeverityLevel.MEDIUM), count(SeverityLevel.HIGH),
        count(SeverityLevel.VERY_HIGH));
  }
}
