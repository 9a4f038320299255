package org.exposure.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;

/**
 * The impact of a breach on a whole cohort: how many subjects, at which severity level, exposed to which
 * field types (also per level), with which result grades and harms, in which {@link Region}
 * and age band, and the distribution of SE. All counts are exact; a published breakdown suppresses its
 * small cells ({@link #SMALL_CELL}).
 *
 * <p>A mergeable value: {@link #empty()} is the identity of {@link #plus}, and {@code plus} is
 * associative and commutative, so threads, or the nodes of a cluster, each summarise a part and the
 * parts merge into the same answer as one pass. {@link #toBytes()} and {@link #fromBytes} carry it
 * between them. Immutable and thread-safe; holds counts only.
 *
 * <pre>{@code
 * CohortAccumulator part = new CohortAccumulator(assessmentDate);
 * subjects.forEach(s -> part.add(s, model.assess(s)));
 * CohortSummary total = CohortSummary.empty().plus(part.toSummary());
 * total.count(SeverityLevel.VERY_HIGH);
 * }</pre>
 */
public final class CohortSummary {
  /** Cells of a published breakdown below this count are suppressed: they could single a person out. */
  public static final int SMALL_CELL = 5;

  /**
   * Whether a published breakdown must hide this count: some subjects, but fewer than {@link
   * #SMALL_CELL}.
   */
  public static boolean isSmallCell(long count) {
    return count > 0 && count < SMALL_CELL;
  }
  /** SE runs from 0.25 to 6 in steps of 0.25: 24 exact buckets. */
  static final int SE_BUCKETS = 24;
  /**
   * Regions ({@link Region}): Dutch two-digit postcodes at 10 to 99 as in format version 1, then the
   * other countries' coarse areas; index 0 holds subjects without a postcode.
   */
  static final int REGIONS = Region.CELLS;
  /** The regions of format version 1: Dutch two-digit postcodes only. */
  private static final int REGIONS_V1 = 100;

  /** The arrays of counts a summary holds, in their order in the binary form. */
  enum Dimension {
    LEVELS("severity levels", SeverityLevel.values().length),
    FIELD_TYPES("field types", FieldType.values().length),
    GRADES("result grades", ResultGrade.values().length),
    HARMS("harms", Harm.values().length),
    SE("SE buckets", SE_BUCKETS),
    LEVEL_BY_FIELD_TYPE("level and field type cells",
        SeverityLevel.values().length * FieldType.values().length),
    REGIONS("regions", CohortSummary.REGIONS),
    AGE_BANDS("age bands", AgeBand.values().length);

    final String description;
    final int size;

    Dimension(String description, int size) {
      this.description = description;
      this.size = size;
    }

    static long[][] newCounts() {
      long[][] counts = new long[values().length][];
      for (Dimension d : values()) {
        counts[d.ordinal()] = new long[d.size];
      }
      return counts;
    }
  }

  /** The first bytes of every serialised summary: "EXPC". */
  private static final int MAGIC = 0x45585043;
  /**
   * The version of the binary form {@link #toBytes()} writes. Version 2 added field types, the
   * ungraded grade, the discrimination harm and regions of every country; version 3 the regions of
   * Spain, Italy, Austria, Switzerland, Norway, Finland, Poland and Portugal. Versions 1 and 2 are still read.
   */
  public static final short FORMAT_VERSION = 3;

  private static final CohortSummary EMPTY = new CohortSummary(0, Dimension.newCounts());

  private final long subjects;
  private final long[][] counts;

  private CohortSummary(long subjects, long[][] counts) {
    this.subjects = subjects;
    this.counts = counts;
  }

  /** The summary of no subjects: the identity of {@link #plus}. */
  public static CohortSummary empty() {
    return EMPTY;
  }

  static CohortSummary copyOf(long subjects, long[][] counts) {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return new CohortSummary(subjects, copy);
  }

  /** The summary of both cohorts together. */
  public CohortSummary plus(CohortSummary other) {
    long[][] sum = Dimension.newCounts();
    for (int d = 0; d < sum.length; d++) {
      for (int i = 0; i < sum[d].length; i++) {
        sum[d][i] = counts[d][i] + other.counts[d][i];
      }
    }
    return new CohortSummary(subjects + other.subjects, sum);
  }

  /**
   * The summary as bytes, to be merged elsewhere: magic {@code EXPC}, a format version, then the subject
   * count and each array of counts with its length (big-endian). Versioned so that summaries written by
   * an older release still decode.
   */
  public byte[] toBytes() {
    int size = 4 + 2 + 8;
    for (long[] a : counts) {
      size += 4 + 8 * a.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(MAGIC).putShort(FORMAT_VERSION).putLong(subjects);
    for (long[] a : counts) {
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
      checkArgument(version >= 1 && version <= FORMAT_VERSION,
          "cohort summary format version %s is not supported; this release reads versions 1 to %s",
          version, FORMAT_VERSION);
      long subjects = in.getLong();
      long[][] counts = new long[Dimension.values().length][];
      for (Dimension d : Dimension.values()) {
        int length = in.getInt();
        int expected = version == 1 ? V1.size(d)
            : version == 2 && d == Dimension.REGIONS ? Region.CELLS_V2 : d.size;
        checkArgument(length == expected, "the summary counts %s %s, this release knows %s", length,
            d.description, expected);
        long[] read = new long[length];
        for (int i = 0; i < length; i++) {
          read[i] = in.getLong();
        }
        // Version 2's regions are the first cells of version 3's: the countries added come last.
        counts[d.ordinal()] = version == 1 ? V1.upgrade(d, read)
            : read.length < d.size ? java.util.Arrays.copyOf(read, d.size) : read;
      }
      checkArgument(!in.hasRemaining(), "%s bytes follow the cohort summary", in.remaining());
      // A count below 0 or above the subjects would let a merged summary give away small cells.
      checkArgument(subjects >= 0, "the cohort summary counts %s subjects", subjects);
      for (long[] d : counts) {
        for (long n : d) {
          checkArgument(n >= 0 && n <= subjects, "a count of the cohort summary is out of range");
        }
      }
      return new CohortSummary(subjects, counts);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the cohort summary is cut short", e);
    }
  }

  /**
   * Format version 1: 23 field types (the Art. 9 and health-context types came later, before
   * FREE_TEXT), six result grades (UNGRADED came later, after NORMAL), four harms (DISCRIMINATION came
   * later, last), and Dutch regions only. Its counts are moved to the cells of the same names.
   */
  private static final class V1 {
    private static final List<String> FIELD_TYPES = List.of("NATIONAL_ID", "PERSON_NAME",
        "GIVEN_NAME", "INITIALS", "FAMILY_NAME", "BIRTH_DATE", "AGE", "SEX", "STREET_ADDRESS",
        "HOUSE_NUMBER", "POSTCODE", "CITY", "PHONE", "EMAIL", "BANK_ACCOUNT", "RECORD_ID", "PROVIDER",
        "TEST_TYPE", "TEST_RESULT", "DIAGNOSIS", "CLINICAL_DATE", "FREE_TEXT", "OTHER");
    private static final List<String> GRADES = List.of("NONE", "UNSATISFACTORY", "NORMAL",
        "ABNORMAL_LOW_GRADE", "ABNORMAL_HIGH_GRADE", "CANCER");
    /** The harms of version 1, the first of today's in the same order. */
    private static final int HARMS = 4;

    static int size(Dimension d) {
      return switch (d) {
        case FIELD_TYPES -> FIELD_TYPES.size();
        case GRADES -> GRADES.size();
        case HARMS -> HARMS;
        case LEVEL_BY_FIELD_TYPE -> SeverityLevel.values().length * FIELD_TYPES.size();
        case REGIONS -> REGIONS_V1;
        default -> d.size;
      };
    }

    static long[] upgrade(Dimension d, long[] v1) {
      long[] out = new long[d.size];
      switch (d) {
        case FIELD_TYPES:
          for (int i = 0; i < v1.length; i++) {
            out[FieldType.valueOf(FIELD_TYPES.get(i)).ordinal()] = v1[i];
          }
          return out;
        case GRADES:
          for (int i = 0; i < v1.length; i++) {
            out[ResultGrade.valueOf(GRADES.get(i)).ordinal()] = v1[i];
          }
          return out;
        case LEVEL_BY_FIELD_TYPE:
          for (int i = 0; i < v1.length; i++) {
            SeverityLevel level = SeverityLevel.values()[i / FIELD_TYPES.size()];
            FieldType type = FieldType.valueOf(FIELD_TYPES.get(i % FIELD_TYPES.size()));
            out[cell(level, type)] = v1[i];
          }
          return out;
        default:
          System.arraycopy(v1, 0, out, 0, v1.length);
          return out;
      }
    }
  }

  /** Distinct data subjects after linking. */
  public long subjects() {
    return subjects;
  }

  /** Subjects at the given severity level. */
  public long count(SeverityLevel level) {
    return counts[Dimension.LEVELS.ordinal()][level.ordinal()];
  }

  /** Subjects about whom the given field type was exposed. */
  public long count(FieldType type) {
    return counts[Dimension.FIELD_TYPES.ordinal()][type.ordinal()];
  }

  /** Subjects at the given level about whom the given field type was exposed. */
  public long count(SeverityLevel level, FieldType type) {
    return counts[Dimension.LEVEL_BY_FIELD_TYPE.ordinal()][cell(level, type)];
  }

  /** Subjects whose most alarming exposed result has the given grade. */
  public long count(ResultGrade grade) {
    return counts[Dimension.GRADES.ordinal()][grade.ordinal()];
  }

  /** Subjects whose exposure opens the given harm. */
  public long count(Harm harm) {
    return counts[Dimension.HARMS.ordinal()][harm.ordinal()];
  }

  /** Subjects in the given age band on the assessment date. */
  public long count(AgeBand band) {
    return counts[Dimension.AGE_BANDS.ordinal()][band.ordinal()];
  }

  /**
   * Subjects whose Dutch postcode starts with the given two digits.
   *
   * @param pc2 10 to 99, or 0 for subjects without a postcode
   */
  public long countInRegion(int pc2) {
    checkArgument(pc2 == 0 || (pc2 >= 10 && pc2 < REGIONS_V1), "a region is 10 to 99, or 0, was %s",
        pc2);
    return counts[Dimension.REGIONS.ordinal()][pc2];
  }

  /** Subjects whose postcode lies in the given region. */
  public long countInRegion(Region region) {
    return counts[Dimension.REGIONS.ordinal()][region.index()];
  }

  /**
   * The subjects per region outside the Netherlands, for every such region some subject lives in, in
   * the order of country (US, GB, BE, DE, FR, ES, IT, AT, CH) and area. Dutch regions are
   * {@link #countInRegion(int)}'s.
   */
  public Map<Region, Long> foreignRegions() {
    long[] cells = counts[Dimension.REGIONS.ordinal()];
    Map<Region, Long> regions = new LinkedHashMap<>();
    for (int i = REGIONS_V1; i < cells.length; i++) {
      if (cells[i] > 0) {
        regions.put(Region.ofIndex(i), cells[i]);
      }
    }
    return Collections.unmodifiableMap(regions);
  }

  /**
   * Subjects with exactly the given SE.
   *
   * @param se a multiple of 0.25 in [0.25, 6]
   */
  public long countWithScore(double se) {
    return counts[Dimension.SE.ordinal()][seBucket(se)];
  }

  /** The subjects per SE, for every SE some subject has, in increasing order of SE. */
  public SortedMap<Double, Long> scoreDistribution() {
    long[] buckets = counts[Dimension.SE.ordinal()];
    SortedMap<Double, Long> distribution = new TreeMap<>();
    for (int i = 0; i < SE_BUCKETS; i++) {
      if (buckets[i] > 0) {
        distribution.put((i + 1) / 4.0, buckets[i]);
      }
    }
    return Collections.unmodifiableSortedMap(distribution);
  }

  /** The highest SE in the cohort, or 0 for an empty cohort. */
  public double maxScore() {
    long[] buckets = counts[Dimension.SE.ordinal()];
    for (int i = SE_BUCKETS - 1; i >= 0; i--) {
      if (buckets[i] > 0) {
        return (i + 1) / 4.0;
      }
    }
    return 0;
  }

  static int cell(SeverityLevel level, FieldType type) {
    return level.ordinal() * FieldType.values().length + type.ordinal();
  }

  static int seBucket(double se) {
    double quarters = se * 4;
    checkArgument(quarters == Math.rint(quarters) && quarters >= 1 && quarters <= SE_BUCKETS,
        "SE must be a multiple of 0.25 in [0.25, 6], was %s", se);
    return (int) quarters - 1;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof CohortSummary && subjects == ((CohortSummary) o).subjects
        && Arrays.deepEquals(counts, ((CohortSummary) o).counts);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(subjects) + Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "CohortSummary[subjects=%d, low=%d, medium=%d, high=%d, very_high=%d]", subjects,
        count(SeverityLevel.LOW), count(SeverityLevel.MEDIUM), count(SeverityLevel.HIGH),
        count(SeverityLevel.VERY_HIGH));
  }
}
