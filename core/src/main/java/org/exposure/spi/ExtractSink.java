package org.exposure.spi;

import java.util.List;
import java.util.Optional;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.SourceLocation;

/**
 * Where an {@link Extract} hands what it reads: records of data subjects, people named in them, and
 * rejections. Each call that adds or rejects a record counts one record read; a record waiting for a
 * second pass is neither added nor rejected until then. One sink is used by one thread at a time.
 *
 * <p>Every record read must end up added or rejected, so that the analysis can account for it.
 */
public interface ExtractSink {
  /**
   * The subject whose record this is, by the values in it (her BSN, or her name, birth date and
   * postcode), as {@link #add(ExposedRecord)} would join it: for records that name her only by
   * reference, such as a FHIR Observation of a Patient. Counts nothing.
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
   * Adds a record given as what each of its values tells, read once by the extract for its own checks
   * ({@link ValueFacts#of}): as {@link #add(ExposedRecord)}, without reading the values twice.
   *
   * @param facts in the record's order; not kept
   */
  void add(SourceLocation location, List<ValueFacts> facts);

  /**
   * Counts a person named in a subject's record who is not a subject herself, such as a partner or
   * an emergency contact: exposed too, and reported apart. Counts no record read.
   */
  void addRelatedPerson(ExposedRecord record);

  /** Rejects a record that could not be read, at the given line of the extract, with a reason. */
  void reject(long line, String reason);

  /** Tells that this many more bytes of the input were read, for a progress display. */
  void bytesRead(long bytes);
}
