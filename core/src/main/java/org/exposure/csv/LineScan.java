package org.exposure.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pass over the bytes of an extract in an ASCII-compatible encoding, to split it into parts that
 * can be parsed at once. Splitting is safe when no quoted field holds a line break, so that every line
 * break ends a record; the pass follows the quoting as Commons CSV does to know, and stops as soon as a
 * quoted field spans lines.
 *
 * <p>Line breaks are counted as Commons CSV counts them (CR, LF and CRLF each end one line), so that
 * each part knows the number of its first line.
 */
final class LineScan {
  private static final int BUFFER = 1 << 20;

  /** Bytes {@code [start, end)} of a file, starting on line {@code firstLine}. */
  record Span(long start, long end, long firstLine) {}

  private final long contentStart;
  private final long size;
  private final byte delimiter;
  private final long headerLines;
  private final int parts;
  private final List<Span> spans;
  private long lines; // line breaks seen so far
  private long spanStart = -1; // where the current span starts, once the header is behind
  private long spanFirstLine;
  private long nextCut = Long.MAX_VALUE;
  private boolean quoted;

  private LineScan(long contentStart, long size, char delimiter, long headerLines, int parts) {
    this.contentStart = contentStart;
    this.size = size;
    this.delimiter = (byte) delimiter;
    this.headerLines = headerLines;
    this.parts = parts;
    this.spans = new ArrayList<>(parts);
  }

  /**
   * Splits the records after the header into at most {@code parts} spans of about equal size, each
   * starting at the beginning of a line.
   *
   * @param contentStart the first byte after any byte-order mark
   * @param delimiter the field delimiter, an ASCII character
   * @param headerLines the lines the header takes, with any blank lines before it; at least 1
   * @return the spans, or empty if a quoted field spans lines somewhere
   */
  static Optional<List<Span>> split(
      Path file, long contentStart, char delimiter, long headerLines, int parts) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      LineScan scan = new LineScan(contentStart, channel.size(), delimiter, headerLines, parts);
      return scan.scan(channel) ? Optional.of(scan.spans) : Optional.empty();
    }
  }

  // Where the scan stands in a record, as Commons CSV reads one: a quote opens a quoted field only at
  // the start of a field, "" inside one is a quote, and text after its closing quote is kept as is.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  private static final int AFTER_QUOTED = 4;

  private boolean scan(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    byte[] bytes = buffer.array();
    int state = FIELD_START;
    boolean afterCr = false;
    long position = contentStart;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        byte b = bytes[i];
        if (afterCr) { // a CR alone ends a line; a CRLF ends it after the LF
          afterCr = false;
          if (b == '\n') {
            lineEnds(position + i + 1);
            continue;
          }
          lineEnds(position + i);
        }
        if (b == '\n' || b == '\r') {
          if (state == QUOTED) {
            return false;
          }
          state = FIELD_START;
          if (b == '\r') {
            afterCr = true;
          } else {
            lineEnds(position + i + 1);
          }
        } else if (b == delimiter && state != QUOTED) {
          state = FIELD_START;
        } else if (b == '"') {
          state = switch (state) {
            case FIELD_START, QUOTE_IN_QUOTED -> QUOTED;
            case QUOTED -> QUOTE_IN_QUOTED;
            default -> state;
          };
        } else if (state == FIELD_START) {
          state = UNQUOTED;
        } else if (state == QUOTE_IN_QUOTED) {
          state = AFTER_QUOTED;
        }
      }
      position += n;
    }
    if (afterCr) {
      lineEnds(size);
    }
    if (spanStart >= 0 && spanStart < size) {
      spans.add(new Span(spanStart, size, spanFirstLine));
    }
    return true;
  }

  /** A line ends before {@code next}. */
  private void lineEnds(long next) {
    lines++;
    if (lines == headerLines) {
      startSpan(next);
    } else if (spanStart >= 0 && next >= nextCut) {
      spans.add(new Span(spanStart, next, spanFirstLine));
      startSpan(next);
    }
  }

  private void startSpan(long start) {
    spanStart = start;
    spanFirstLine = lines + 1;
    // An even share of the file for every span but the last, which takes the rest.
    nextCut = spans.size() + 1 >= parts ? Long.MAX_VALUE
        : contentStart + (size - contentStart) * (spans.size() + 1) / parts;
  }
}
