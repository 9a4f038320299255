package org.exposure.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One pass over the bytes of an extract in an ASCII-compatible encoding, to split it into parts that
 * can be parsed at once. Splitting is safe when no quoted field holds a line break, so that every line
 * break ends a record; the pass follows the quoting as Commons CSV does to know, and gives up as soon as
 * a quoted field spans lines. It looks at eight bytes at a time and stops only at quotes and line
 * breaks.
 *
 * <p>The pass itself runs on all cores, a thread per range: the file is cut after the first line break
 * past each even share, and each range is scanned as if it started a record. If every range is free of
 * quoted line breaks, the first range (which does start a record) ends on a record boundary, so the
 * second starts on one, and so on: every cut is safe. If a cut fell inside a quoted field, the range
 * before it finds a quoted line break and the file is not split.
 *
 * <p>Line breaks are counted as Commons CSV counts them (CR, LF and CRLF each end one line), so that
 * each part knows the number of its first line.
 */
final class LineScan {
  private static final int BUFFER = 1 << 20;
  /** How far past an even share the next line break is looked for. */
  private static final int CUT_WINDOW = 1 << 16;

  /** Bytes {@code [start, end)} of a file, starting on line {@code firstLine}. */
  record Span(long start, long end, long firstLine) {}

  private final long start;
  private final long end;
  private final byte delimiter;
  private long lines; // line breaks seen in the range

  private LineScan(long start, long end, char delimiter) {
    this.start = start;
    this.end = end;
    this.delimiter = (byte) delimiter;
  }

  /**
   * Splits the records from {@code recordsStart} on into at most {@code parts} spans of about equal
   * size, each starting at the beginning of a line.
   *
   * @param recordsStart the first byte of the records: the start of the line after the header (or,
   *     for a file read without one, of its first non-blank line)
   * @param firstLine the number of the line at {@code recordsStart}
   * @param delimiter the field delimiter, an ASCII character
   * @return the spans, none for a file without records, or empty if a quoted field spans lines
   */
  static Optional<List<Span>> split(Path file, long recordsStart, long firstLine, char delimiter,
      int parts) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      List<Long> cuts = new ArrayList<>(parts + 1);
      cuts.add(recordsStart);
      for (int k = 1; k < parts; k++) {
        long cut = lineStartAfter(channel, recordsStart + (size - recordsStart) * k / parts);
        if (cut > cuts.get(cuts.size() - 1) && cut < size) {
          cuts.add(cut);
        }
      }
      cuts.add(size);
      List<LineScan> ranges = new ArrayList<>(cuts.size() - 1);
      for (int k = 0; k + 1 < cuts.size(); k++) {
        ranges.add(new LineScan(cuts.get(k), cuts.get(k + 1), delimiter));
      }
      // A thread of its own per range, the caller's for the first: not the common pool, whose few
      // threads the column classification running meanwhile needs.
      List<CompletableFuture<Boolean>> others = new ArrayList<>(ranges.size());
      for (LineScan range : ranges.subList(1, ranges.size())) {
        others.add(CompletableFuture.supplyAsync(() -> range.scanUnchecked(channel),
            LineScan::startThread));
      }
      boolean clean;
      try {
        clean = ranges.get(0).scanUnchecked(channel);
        for (CompletableFuture<Boolean> other : others) {
          clean &= other.join();
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException) {
          throw ((UncheckedIOException) e.getCause()).getCause();
        }
        throw e;
      }
      if (!clean) {
        return Optional.empty();
      }
      List<Span> spans = new ArrayList<>(ranges.size());
      long line = firstLine;
      for (LineScan range : ranges) {
        if (range.start < range.end) {
          spans.add(new Span(range.start, range.end, line));
        }
        line += range.lines;
      }
      return Optional.of(spans);
    }
  }

  private static void startThread(Runnable scan) {
    Thread thread = new Thread(scan, "exposure-cut-scan");
    thread.setDaemon(true);
    thread.start();
  }

  /** The start of the line after the first line break at or past {@code offset}, or the file's end. */
  private static long lineStartAfter(FileChannel channel, long offset) throws IOException {
    ByteBuffer window = ByteBuffer.allocate(CUT_WINDOW);
    channel.read(window, offset);
    window.flip();
    for (int i = 0; i < window.limit(); i++) {
      byte b = window.get(i);
      if (b == '\n') {
        return offset + i + 1;
      }
      if (b == '\r') {
        if (i + 1 == window.limit()) {
          return Long.MAX_VALUE; // cannot tell a CR from a CRLF here: no cut
        }
        return offset + i + (window.get(i + 1) == '\n' ? 2 : 1);
      }
    }
    return Long.MAX_VALUE; // a line longer than the window: no cut here
  }

  private boolean scanUnchecked(FileChannel channel) {
    try {
      return scan(channel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes the scan stops at: quotes and line breaks; the rest only decide what a quote means. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    SPECIAL['"'] = true;
    SPECIAL['\n'] = true;
    SPECIAL['\r'] = true;
  }

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGHS = 0x8080_8080_8080_8080L;

  /** Whether any of eight bytes is a quote or a line break (the classic has-zero-byte test). */
  private static boolean special(long word) {
    return (hasZeroByte(word ^ ('"' * ONES)) | hasZeroByte(word ^ ('\n' * ONES))
        | hasZeroByte(word ^ ('\r' * ONES))) != 0;
  }

  private static long hasZeroByte(long v) {
    return (v - ONES) & ~v & HIGHS;
  }

  /**
   * Follows the quoting as Commons CSV does: a quote opens a quoted field only at the start of a field
   * (else it is text), {@code ""} inside one is a quote, and text after its closing quote is kept as is.
   */
  private boolean scan(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
    byte[] bytes = buffer.array();
    boolean quoted = false;
    boolean quoteInQuoted = false; // a quote was the last byte of a buffer, inside a quoted field
    boolean afterCr = false;
    byte previous = '\n'; // the content starts a line
    long position = start;
    while (position < end) {
      buffer.clear().limit((int) Math.min(BUFFER, end - position));
      int n = channel.read(buffer, position);
      if (n <= 0) {
        break;
      }
      int i = 0;
      if (quoteInQuoted) { // the quote that ended the last buffer closes the field, or escapes one
        quoteInQuoted = false;
        if (bytes[0] == '"') {
          i = 1;
        } else {
          quoted = false;
        }
      }
      for (; i < n; i++) {
        if (!afterCr) { // skip eight bytes at a time while none of them is special
          while (i + Long.BYTES <= n && !special(buffer.getLong(i))) {
            i += Long.BYTES;
          }
          if (i == n) {
            break;
          }
        }
        byte b = bytes[i];
        if (afterCr) { // a CR alone ends a line; a CRLF ends it after the LF
          afterCr = false;
          if (b == '\n') {
            lines++;
            previous = b;
            continue;
          }
          lines++;
        }
        if (!SPECIAL[b & 0xff]) {
          continue;
        }
        if (b == '"') {
          if (quoted) {
            if (i + 1 == n) {
              quoteInQuoted = true;
            } else if (bytes[i + 1] == '"') {
              i++; // an escaped quote
            } else {
              quoted = false;
            }
          } else {
            byte before = i > 0 ? bytes[i - 1] : previous;
            quoted = before == delimiter || before == '\n' || before == '\r';
          }
        } else if (quoted) {
          return false; // a line break inside a quoted field
        } else if (b == '\r') {
          afterCr = true;
        } else {
          lines++;
        }
      }
      previous = bytes[n - 1];
      position += n;
    }
    if (quoteInQuoted) {
      quoted = false; // a closing quote at the very end
    }
    if (afterCr) {
      lines++;
    }
    return true;
  }

}
