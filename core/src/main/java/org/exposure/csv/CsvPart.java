package org.exposure.csv;

import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.classify.HeaderDictionary;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;

/**
 * A run of consecutive records of a {@link CsvExtract}, read with a parser of its own, so that the
 * parts of one file can be read on several threads at once. Rows come out in file order with their
 * file's line numbers. Immutable; each {@link #read} opens the file anew.
 */
public final class CsvPart {
  private static final int READ_BUFFER = 1 << 16;

  private final Path file;
  private final String source;
  private final Charset charset;
  private final char delimiter;
  private final int columns;
  private final List<String> header;
  /** The header row as read, which a record repeating it is rejected as; null without a header. */
  private final List<String> repeatedHeader;
  private final long start;
  private final long end;
  private final long firstLine;
  /** Whether every line break is known to end a record, as the scan that cut the part proved. */
  private final boolean oneRecordPerLine;

  /**
   * @param repeatedHeader the header row as read, or null if the file has none
   * @param start the part's first byte
   * @param end the byte after its last, or -1 for the end of the file
   * @param firstLine the number of the line at {@code start}; the part starts on a line's first byte,
   *     after the header's line
   * @param oneRecordPerLine whether every line break is known to end a record; if not, a record over
   *     several lines that an unclosed quote made is taken apart again
   */
  CsvPart(Path file, String source, Charset charset, char delimiter, List<String> header,
      List<String> repeatedHeader, long start, long end, long firstLine, boolean oneRecordPerLine) {
    this.file = file;
    this.source = source;
    this.charset = charset;
    this.delimiter = delimiter;
    this.header = header;
    this.repeatedHeader = repeatedHeader;
    this.columns = header.size();
    this.start = start;
    this.end = end;
    this.firstLine = firstLine;
    this.oneRecordPerLine = oneRecordPerLine;
  }

  /** The format every part of every extract is parsed with. */
  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false) // keeps line numbers exact; blank lines are skipped below
        .setTrailingData(true)
        .setLenientEof(true)
        .get();
  }

  /** The part's first byte. */
  long start() {
    return start;
  }

  /** The byte past its last, or -1 for the end of the file. */
  long end() {
    return end;
  }

  /** The number of the line at {@link #start()}. */
  long firstLine() {
    return firstLine;
  }

  /** A reader of the bytes {@code [start, end)}, decoding what cannot be decoded as U+FFFD. */
  static Reader reader(Path file, Charset charset, long start, long end) throws IOException {
    return reader(open(file, start, end), charset);
  }

  /** The bytes {@code [start, end)} of a file, or from {@code start} on for an end of -1. */
  static InputStream open(Path file, long start, long end) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(start);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return end < 0 ? in : ByteStreams.limit(in, end - start);
  }

  private static Reader reader(InputStream in, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder), READ_BUFFER);
  }

  /**
   * Hands every row of the part to the action, in file order, on the calling thread.
   *
   * @throws IOException if the file cannot be read
   */
  public void read(Consumer<? super CsvRow> action) throws IOException {
    read(action, bytes -> {});
  }

  /**
   * As {@link #read(Consumer)}, telling {@code bytesRead} now and then how many more bytes of the file
   * have been read, for a progress display.
   *
   * @throws IOException if the file cannot be read
   */
  public void read(Consumer<? super CsvRow> action, LongConsumer bytesRead) throws IOException {
    CountingInputStream counted = new CountingInputStream(open(file, start, end));
    long reported = 0;
    try (Rows rows = new Rows(reader(counted, charset))) {
      long n = 0;
      for (CsvRow row = rows.next(); row != null; row = rows.next()) {
        action.accept(row);
        if (++n % PROGRESS_EVERY == 0) {
          bytesRead.accept(counted.getCount() - reported);
          reported = counted.getCount();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    bytesRead.accept(counted.getCount() - reported);
  }

  /** How many rows pass between two reports of the bytes read. */
  private static final int PROGRESS_EVERY = 4096;

  /**
   * The rows of one parser, turned into accepted and rejected records. Where a line break may not end a
   * record, the text read is kept since the last record, so that a record an unclosed quote made of
   * several lines can be taken apart: its first line is rejected, and the parser starts again on the
   * line after it.
   */
  private final class Rows implements AutoCloseable {
    private final Reader input;
    private final Replay replay;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    /** The part's lines before the current parser's first. */
    private long linesBefore;
    /** The line breaks the parser has read, past the line before the part's first. */
    private long linesConsumed;
    /** Set once the parser has failed: it cannot resynchronise, so nothing more is read. */
    private boolean broken;

    Rows(Reader reader) throws IOException {
      this.input = reader;
      this.replay = oneRecordPerLine ? null : new Replay(reader);
      start(replay != null ? replay : reader);
    }

    private void start(Reader reader) throws IOException {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
      this.records = parser.iterator();
    }

    /** The next row, or null at the end. */
    CsvRow next() {
      while (!broken) {
        CSVRecord record;
        long startLine = firstLine + linesConsumed;
        try {
          if (!records.hasNext()) {
            return null;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          if (!(e.getCause() instanceof CSVException)) {
            throw e;
          }
          broken = true;
          return rejected(startLine, "the parser could not follow the quoting from this line on; "
              + "the records after it in the same part of the file were not read");
        }
        linesConsumed = linesBefore + parser.getCurrentLineNumber();
        if (isBlank(record)) {
          continue;
        }
        long lastLine = firstLine + linesConsumed - 1;
        if (replay != null) {
          if (lastLine > startLine) {
            String text = replay.kept(record.getCharacterPosition());
            if (joinsRecords(text, startLine, lastLine)) {
              restartAfterFirstLine(text, startLine);
              return rejected(startLine, "an unclosed quote joins this line to the lines after it; "
                  + "the line was rejected and the lines after it were read on their own");
            }
          }
          replay.forgetBefore(record.getCharacterPosition());
        }
        return toRow(record, startLine, lastLine);
      }
      return null;
    }

    /**
     * Whether a record over several lines is records an unclosed quote joined: read again on its own
     * without leniency, its quoting fails. A field quoted over several lines as it should be closes
     * its quote before a delimiter or a line break; a stray quote runs on to the next quote in the
     * file, which is followed by other text, or to the end of the file.
     */
    private boolean joinsRecords(String text, long startLine, long lastLine) {
      int end = 0;
      for (long line = startLine; line <= lastLine && end < text.length(); line++) {
        int next = lineEnd(text, end);
        end = next < 0 ? text.length() : next;
      }
      try (CSVParser strict = CSVParser.builder().setReader(new StringReader(text.substring(0, end)))
          .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get()) {
        strict.getRecords();
        return false;
      } catch (IOException | UncheckedIOException e) {
        return true;
      }
    }

    /**
     * Drops the parser and starts another on the line after the record's first; {@code text} is what
     * was read from the record's start on, over several lines.
     */
    private void restartAfterFirstLine(String text, long startLine) {
      try {
        parser.close();
        replay.replay(text.substring(lineEnd(text, 0)));
        start(replay);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      linesBefore = startLine + 1 - firstLine;
      linesConsumed = linesBefore;
    }

    private CsvRow toRow(CSVRecord record, long startLine, long lastLine) {
      String[] values = record.values();
      for (String value : values) {
        if (value.indexOf('\u0000') >= 0) {
          return rejected(startLine, "the record holds NUL bytes");
        }
      }
      if (repeatedHeader != null && values.length == repeatedHeader.size()
          && HeaderDictionary.repeatsHeader(Arrays.asList(values), repeatedHeader)) {
        return rejected(startLine, "repeats the header row");
      }
      int size = record.size();
      String[] fitted = size == columns ? values : fitted(values);
      if (fitted != null) {
        values = fitted;
        size = columns;
      }
      if (size != columns) {
        String reason = String.format(Locale.ROOT, "has %d fields, the header has %d", size, columns);
        if (lastLine > startLine) {
          reason += String.format(Locale.ROOT,
              " (the record spans lines %d-%d)",
              startLine, lastLine);
        }
        return rejected(startLine, reason);
      }
      for (int i = 0; i < values.length; i++) {
        if (values[i].indexOf('\uFFFD') >= 0) {
          return rejected(startLine, String.format(Locale.ROOT,
              "column '%s' (#%d) holds bytes that are not valid %s", header.get(i), i + 1,
              charset.name()));
        }
      }
      return new CsvRow.Accepted(
          new SourceLocation(source, startLine), Collections.unmodifiableList(Arrays.asList(values)));
    }

    /**
     * The values fitted to a header that ends in a delimiter (or in columns it names with nothing):
     * those columns filled with empty values; null if the record is short of a named column, or long.
     */
    private String[] fitted(String[] values) {
      if (values.length > columns) {
        return null;
      }
      for (int i = values.length; i < columns; i++) {
        if (!header.get(i).isBlank()) {
          return null;
        }
      }
      String[] padded = Arrays.copyOf(values, columns);
      Arrays.fill(padded, values.length, columns, "");
      return padded;
    }

    private CsvRow rejected(long line, String reason) {
      return new CsvRow.Rejected(new Rejection(new SourceLocation(source, line), reason));
    }

    @Override
    public void close() throws IOException {
      parser.close();
      input.close();
    }
  }

  /**
   * Where the line that holds {@code from} ends: just past its line break (CR, LF or CRLF, as Commons
   * CSV counts them), or -1 if no line break follows.
   */
  static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      }
    }
    return -1;
  }

  /**
   * A reader that keeps what it has handed out since a position, and can hand some of it out again
   * before the rest of its source: a parser that went astray is replaced by one that starts further on.
   * Positions count characters from the start, or from the last {@link #replay}, as Commons CSV counts
   * them.
   */
  private static final class Replay extends Reader {
    /** Kept text is dropped only past this length, so that dropping costs little per record. */
    private static final int KEEP = 1 << 20;

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    /** The position of kept's first character. */
    private long keptFrom;
    private String pending = "";
    private int pendingAt;

    Replay(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n;
      if (pendingAt < pending.length()) {
        n = Math.min(length, pending.length() - pendingAt);
        pending.getChars(pendingAt, pendingAt + n, buffer, offset);
        pendingAt += n;
      } else {
        n = in.read(buffer, offset, length);
      }
      if (n > 0) {
        kept.append(buffer, offset, n);
      }
      return n;
    }

    /** Whatever comes before the position will not be asked for again. */
    void forgetBefore(long position) {
      if (kept.length() > KEEP) {
        kept.delete(0, (int) (position - keptFrom));
        keptFrom = position;
      }
    }

    /** What was handed out from the position on; never before the last {@link #forgetBefore}. */
    String kept(long position) {
      return kept.substring((int) (position - keptFrom));
    }

    /** Hands out the text next, then the rest of the source; positions start again at zero. */
    void replay(String text) {
      pending = text + pending.substring(pendingAt); // what was not handed out yet comes after it
      pendingAt = 0;
      kept.setLength(0);
      keptFrom = 0;
    }

    /** Leaves the source open: a parser closed to be replaced must not close it. */
    @Override
    public void close() {}
  }

  /** A line with nothing on it, or only spaces and tabs, parses as one blank field. */
  static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).chars().allMatch(c -> c == ' ' || c == '\t');
  }

  @Override
  public String toString() {
    return "CsvPart[" + source + ", bytes " + start + ".." + (end < 0 ? "end" : end) + ", from line "
        + firstLine + "]";
  }
}
