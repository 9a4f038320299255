package org.exposure;

import static java.util.Objects.requireNonNull;

/**
 * A file of the input that was not read, and why ("the file is empty; expected a header row").
 *
 * @param source the file's display name
 * @param reason why it was skipped; never quotes its content
 */
public record SkippedSource(String source, String reason) {
  public SkippedSource {
    requireNonNull(source, "source");
    requireNonNull(reason, "reason");
  }
}
