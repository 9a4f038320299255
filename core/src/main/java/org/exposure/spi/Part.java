package org.exposure.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A piece of an extract that can be read on its own, on any thread or machine: bytes {@code [start,
 * end)} of a file, whose first line is numbered {@code firstLine}. A small immutable value: it names
 * the file by the source's display name and holds no content.
 *
 * @param source the display name of the source it belongs to
 * @param index its number among the parts of its extract, from 0, in file order
 * @param start the first byte
 * @param end the byte past the last, or -1 for the end of the file
 * @param firstLine the number of the line at {@code start}, from 1
 */
public record Part(String source, int index, long start, long end, long firstLine)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public Part {
    requireNonNull(source, "source");
    checkArgument(index >= 0, "index must be >= 0, was %s", index);
    checkArgument(start >= 0 && (end == -1 || end >= start), "bad range [%s, %s)", start, end);
    checkArgument(firstLine >= 1, "firstLine must be >= 1, was %s", firstLine);
  }

  /** The whole file, from {@code start} on, as the only part of its extract. */
  public static Part whole(String source, long start, long firstLine) {
    return new Part(source, 0, start, -1, firstLine);
  }
}
