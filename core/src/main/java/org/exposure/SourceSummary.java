package org.exposure;

import static java.util.Objects.requireNonNull;

/**
 * How one source was read.
 *
 * @param source the source's display name
 * @param format the format it was read as, e.g. {@code "csv"}
 * @param encoding the character encoding detected
 * @param delimiter the field delimiter detected, as written in reports: {@code ","}, {@code ";"},
 *     {@code "tab"} or {@code "|"}
 * @param recordsRead records read from it
 * @param recordsRejected records of it rejected
 */
public record SourceSummary(
    String source,
    String format,
    String encoding,
    String delimiter,
    long recordsRead,
    long recordsRejected) {

  public SourceSummary {
    requireNonNull(source, "source");
    requireNonNull(format, "format");
    requireNonNull(encoding, "encoding");
    requireNonNull(delimiter, "delimiter");
  }
}
