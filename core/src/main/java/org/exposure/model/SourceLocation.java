package org.exposure.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where a record was found: the source (a file name as the user gave it) and the line on which the record
 * starts, 1-based. Holds no extract value, so it may be logged and reported.
 *
 * @param source the source's display name, never {@code null}
 * @param line the 1-based line on which the record starts
 */
public record SourceLocation(String source, long line) {

  public SourceLocation {
    requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be >= 1, was %s", line);
  }

  /** {@code source:line}, the form used in messages and reports. */
  @Override
  public String toString() {
    return source + ":" + line;
  }
}
