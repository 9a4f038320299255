package org.exposure;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far an assessment has got, for a progress display: counters the analysis advances as it reads,
 * and any thread may read at any time. Pass one to {@link ExposureAnalysis#assess(java.util.List,
 * java.util.function.Consumer, Progress)}; use it for one assessment.
 */
public final class Progress {
  /** Where the assessment stands. */
  public enum Stage {
    /** Not started. */
    STARTING,
    /** Reading, classifying and linking records. */
    READING,
    /** Scoring subjects and summing up the cohort. */
    SCORING,
    /** Done. */
    DONE
  }

  private final AtomicLong totalBytes = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong recordsRead = new AtomicLong();
  private volatile Stage stage = Stage.STARTING;

  /** A progress at its start, for one assessment. */
  public Progress() {}

  /** The bytes of all the input files. */
  public long totalBytes() {
    return totalBytes.get();
  }

  /** The bytes read so far; a file read twice counts twice, so this may pass the total. */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** The records read so far, roughly: counted in batches. */
  public long recordsRead() {
    return recordsRead.get();
  }

  public Stage stage() {
    return stage;
  }

  void start(long bytes) {
    totalBytes.set(bytes);
    stage = Stage.READING;
  }

  void addBytes(long n) {
    bytesRead.addAndGet(n);
  }

  void addRecords(long n) {
    recordsRead.addAndGet(n);
  }

  void stage(Stage value) {
    stage = value;
  }

  @Override
  public String toString() {
    return "Progress[" + stage + ", " + bytesRead.get() + " of " + totalBytes.get() + " bytes, "
        + recordsRead.get() + " records]";
  }
}
