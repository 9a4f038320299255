package org.exposure.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;

/** One record of a CSV extract: accepted with its values, or rejected with a reason. */
public sealed interface CsvRow permits CsvRow.Accepted, CsvRow.Rejected {

  /** Where the record starts. */
  SourceLocation location();

  /**
   * A record with as many fields as the header. {@link #toString()} is redacted.
   *
   * @param location where the record starts
   * @param values the fields in column order, never {@code null}; empty fields are empty strings
   */
  record Accepted(SourceLocation location, List<String> values) implements CsvRow {
    public Accepted {
      requireNonNull(location, "location");
      requireNonNull(values, "values");
    }

    @Override
    public String toString() {
      return "Accepted[" + location + ", " + values.size() + " values redacted]";
    }
  }

  /**
   * A record that cannot be assessed.
   *
   * @param rejection where and why
   */
  record Rejected(Rejection rejection) implements CsvRow {
    public Rejected {
      requireNonNull(rejection, "rejection");
    }

    @Override
    public SourceLocation location() {
      return rejection.location();
    }
  }
}
