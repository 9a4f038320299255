package org.exposure.spi;

import java.util.Optional;
import org.exposure.SkippedSource;
import org.exposure.SourceSummary;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;
import org.exposure.model.Rejection;

/**
 * Where an {@link ExtractReader} hands what it read: records of data subjects, people named in them,
 * rejections, what each field held, and a summary per file. Thread-safe: a reader may call it from
 * several threads at once.
 *
 * <p>Every record read must end up added or rejected, and counted in its file's {@link #source}
 * summary, so that the analysis can account for it.
 */
public interface ExtractSink {
  /**
   * The subject whose record this is, by the values in it (her BSN, or her name, birth date and
   * postcode), as {@link #add(ExposedRecord)} would join it: for records that name her only by
   * reference, such as a FHIR Observation of a Patient.
   */
  SubjectRef subjectOf(ExposedRecord record);

  /**
   * Adds a record to the subject its own values identify; one with no personal value joins none.
   *
   * @return the subject it joined, to join more records to her; empty if none
   */
  Optional<SubjectRef> add(ExposedRecord record);

  /** Adds a record to a subject known already. */
  void add(ExposedRecord record, SubjectRef subject);

  /**
   * Counts a person named in a subject's record who is not a subject herself, such as a partner or
   * an emergency contact: exposed too, and reported apart.
   */
  void addRelatedPerson(ExposedRecord record);

  /** Rejects a record that could not be read, with its location and a reason. */
  void reject(Rejection rejection);

  /** Reports what one field (a column, an element path) of a file held. */
  void field(FieldReport field);

  /** Reports a file read, with the numbers of its records read and rejected. */
  void source(SourceSummary source);

  /** Reports a file that could not be read at all. */
  void skip(SkippedSource skipped);

  /** Reports that this many more bytes of the input were read, for a progress display. */
  void bytesRead(long bytes);
}
