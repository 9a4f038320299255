package org.exposure.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A record of a source after classification: its location and its typed values. Immutable;
 * {@link #toString()} is redacted.
 *
 * @param location where the record starts
 * @param values the record's non-empty values of personal types, in column order
 */
public record ExposedRecord(SourceLocation location, List<ExposedValue> values) {

  public ExposedRecord {
    requireNonNull(location, "location");
    values = List.copyOf(values);
  }

  @Override
  public String toString() {
    return "ExposedRecord[" + location + ", " + values.size() + " values redacted]";
  }
}
