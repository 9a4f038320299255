package org.exposure.model;

import static java.util.Objects.requireNonNull;

/**
 * A record that could not be assessed, with where it is and why. The reason never quotes the record.
 *
 * @param location where the rejected record starts
 * @param reason why it was rejected, e.g. "has 7 fields, the header has 9"
 */
public record Rejection(SourceLocation location, String reason) {

  public Rejection {
    requireNonNull(location, "location");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
