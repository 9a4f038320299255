package org.exposure.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where a record was found: the source (a file name as the user gave it) and the line on which the record
 * starts, 1-based, with the record's number among the records that start on that line where several do
 * (the entries of a FHIR Bundle written on one line). Holds no extract value, so it may be logged and
 * reported.
 *
 * @param source the source's display name, never {@code null}
 * @param line the 1-based line on which the record starts
 * @param entry the record's number among those on its line, from 1; 0 where it is the line's only one
 */
public record SourceLocation(String source, long line, int entry) {

  public SourceLocation {
    requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be >= 1, was %s", line);
    checkArgument(entry >= 0, "entry must be >= 0, was %s", entry);
  }

  /** The location of the only record that starts on its line. */
  public SourceLocation(String source, long line) {
    this(source, line, 0);
  }

  /**
   * The file name of a source's display name: what follows its last path separator. Taken from the
   * text, not through {@code Path.of}: a name read from a folder in a locale that cannot encode it
   * (non-ASCII under {@code LANG=C}) cannot be made a path again.
   */
  public static String fileName(String source) {
    return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  }

  /** {@code source:line}, the form used in messages and reports. */
  @Override
  public String toString() {
    return source + ":" + line;
  }
}
