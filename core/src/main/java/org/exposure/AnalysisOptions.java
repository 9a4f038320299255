package org.exposure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.exposure.classify.ColumnMapping;
import org.exposure.link.SubjectKeys;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.Policy;
import org.exposure.score.SourceCircumstances;

/**
 * The settings of one assessment: the breach circumstances, the controller's nature, the date ages are
 * taken on, and how the input is read. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * AnalysisOptions options = AnalysisOptions.builder()
 *     .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
 *     .controller(ControllerType.HEALTH)
 *     .assessmentDate(LocalDate.of(2025, 8, 6))
 *     .build();
 * }</pre>
 *
 * @param policy the risk model's scores, thresholds and adjustments
 * @param circumstances the breach circumstances (ENISA's CB), breach-wide and per source
 * @param controller what the controller's nature reveals
 * @param assessmentDate the date on which ages and birth-date plausibility are judged
 * @param format how to read the input files
 * @param mapping the user's column mapping, applied before the classifier
 * @param subjectKeys how subjects get their pseudonymous keys
 * @param threads how many threads classify and link records, 1 to {@value #MAX_THREADS}; the result is
 *     the same for any number
 * @param sampleSize how many records per source the classifier samples before deciding
 * @param maxListedRejections how many rejected records are listed with their location; all are counted
 * @param excluded files never read as input, even when named or inside an input folder: the caller's
 *     own files, such as the key file and the reports of an earlier run; absolute and normalised
 */
public record AnalysisOptions(
    Policy policy,
    SourceCircumstances circumstances,
    ControllerType controller,
    LocalDate assessmentDate,
    InputFormat format,
    ColumnMapping mapping,
    SubjectKeys subjectKeys,
    int threads,
    int sampleSize,
    int maxListedRejections,
    Set<Path> excluded) {

  /**
   * The most threads an assessment runs on: each holds a batch of records and buffers of its own, and
   * a million of them took seconds and a gigabyte before the first record was read.
   */
  public static final int MAX_THREADS = 256;

  public AnalysisOptions {
    requireNonNull(policy, "policy");
    requireNonNull(circumstances, "circumstances");
    requireNonNull(controller, "controller");
    requireNonNull(assessmentDate, "assessmentDate");
    requireNonNull(format, "format");
    requireNonNull(mapping, "mapping");
    requireNonNull(subjectKeys, "subjectKeys");
    checkArgument(threads >= 1 && threads <= MAX_THREADS, "threads must be 1 to %s, was %s",
        MAX_THREADS, threads);
    checkArgument(sampleSize >= 1, "sampleSize must be >= 1, was %s", sampleSize);
    checkArgument(maxListedRejections >= 0, "maxListedRejections must be >= 0, was %s",
        maxListedRejections);
    excluded = Set.copyOf(requireNonNull(excluded, "excluded"));
  }

  /** Whether the file is one of the {@linkplain #excluded() excluded}. */
  public boolean isExcluded(Path file) {
    return !excluded.isEmpty() && excluded.contains(file.toAbsolutePath().normalize());
  }

  /** A builder with the defaults: {@link BreachCircumstances#DEFAULT}, a general controller, today, formats detected by content. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnalysisOptions}; not thread-safe. */
  public static final class Builder {
    private Policy policy = Policy.defaults();
    private SourceCircumstances circumstances = SourceCircumstances.uniform(BreachCircumstances.DEFAULT);
    private ControllerType controller = ControllerType.GENERAL;
    private LocalDate assessmentDate;
    private InputFormat format = InputFormat.AUTO;
    private ColumnMapping mapping = ColumnMapping.empty();
    private SubjectKeys subjectKeys;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int sampleSize = 1000;
    private int maxListedRejections = 100;
    private final Set<Path> excluded = new HashSet<>();

    private Builder() {}

    /** The risk model's policy; defaults to {@link Policy#defaults()}. */
    public Builder policy(Policy value) {
      this.policy = requireNonNull(value, "policy");
      return this;
    }

    /** The same circumstances for every source; defaults to {@link BreachCircumstances#DEFAULT}. */
    public Builder circumstances(BreachCircumstances value) {
      return circumstances(SourceCircumstances.uniform(value));
    }

    /** Circumstances that differ by source file. */
    public Builder circumstances(SourceCircumstances value) {
      this.circumstances = requireNonNull(value, "circumstances");
      return this;
    }

    public Builder controller(ControllerType value) {
      this.controller = requireNonNull(value, "controller");
      return this;
    }

    /** The date ages are taken on; defaults to today in the system's time zone. */
    public Builder assessmentDate(LocalDate value) {
      this.assessmentDate = requireNonNull(value, "assessmentDate");
      return this;
    }

    /** How to read the input files; defaults to {@link InputFormat#AUTO}. */
    public Builder format(InputFormat value) {
      this.format = requireNonNull(value, "format");
      return this;
    }

    /** Column types the user sets herself; defaults to none. */
    public Builder mapping(ColumnMapping value) {
      this.mapping = requireNonNull(value, "mapping");
      return this;
    }

    /**
     * The secret behind subjects' pseudonymous keys; by default a random one, so that keys are stable
     * within one run only.
     */
    public Builder subjectKeys(SubjectKeys value) {
      this.subjectKeys = requireNonNull(value, "subjectKeys");
      return this;
    }

    /** Threads that classify and link records; defaults to the number of processors. */
    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    public Builder sampleSize(int value) {
      this.sampleSize = value;
      return this;
    }

    public Builder maxListedRejections(int value) {
      this.maxListedRejections = value;
      return this;
    }

    /**
     * Never reads the file as input, even when it is named or inside an input folder: for the files a
     * caller writes or keeps beside an extract, such as its key file, whose secret would otherwise be
     * read as a CSV header and reported. May be called more than once.
     */
    public Builder exclude(Path file) {
      excluded.add(file.toAbsolutePath().normalize());
      return this;
    }

    public AnalysisOptions build() {
      LocalDate date = assessmentDate != null ? assessmentDate : LocalDate.now();
      return new AnalysisOptions(policy,
          circumstances, controller, date, format, mapping,
          subjectKeys != null ? subjectKeys : SubjectKeys.random(), threads, sampleSize,
          maxListedRejections, excluded);
    }
  }
}
