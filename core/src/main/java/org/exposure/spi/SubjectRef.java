package org.exposure.spi;

/**
 * A data subject as the analysis knows her, made by {@link ExtractSink#subjectOf}, to join more
 * records to her. It holds her pseudonymous key as a number, not an identifier, so it is safe to keep.
 *
 * @param code her pseudonymous key
 */
public record SubjectRef(long code) {}
