package org.exposure.csv;

import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
  private final long start;
  private final long end;
  private final long firstLine;
  private final boolean startsWithHeader;

  /**
   * @param start the part's first byte
   * @param end the byte after its last, or -1 for the end of the file
   * @param firstLine the number of the line at {@code start}
   * @param startsWithHeader whether the header row (and any blank lines before it) comes first
   */
  CsvPart(Path file, String source, Charset charset, char delimiter, List<String> header, long start,
      long end, long firstLine, boolean startsWithHeader) {
    this.file = file;
    this.source = source;
    this.charset = charset;
    this.delimiter = delimiter;
    this.header = header;
    this.columns = header.size();
    this.start = start;
    this.end = end;
    this.firstLine = firstLine;
    this.startsWithHeader = startsWithHeader;
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

  /** A reader of the bytes {@code [start, end)}, decoding what cannot be decoded as U+FFFD. */
  static Reader reader(Path file, Charset charset, long start, long end) throws IOException {
    return reader(open(file, start, end), charset);
  }

  private static InputStream open(Path file, long start, long end) throws IOException {
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
      if (startsWithHeader) {
        rows.skipHeader();
      }
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

  /** The rows of one parser, turned into accepted and rejected records. */
  private final class Rows implements AutoCloseable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** The line breaks the parser has read, past the line before the part's first. */
    private long linesConsumed;
    /** Set once the parser has failed: it cannot resynchronise, so nothing more is read. */
    private boolean broken;

    Rows(Reader reader) throws IOException {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
      this.records = parser.iterator();
    }

    void skipHeader() {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        linesConsumed = parser.getCurrentLineNumber();
        if (!isBlank(record)) {
          return;
        }
      }
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
        linesConsumed = parser.getCurrentLineNumber();
        if (isBlank(record)) {
          continue;
        }
        return toRow(record, startLine);
      }
      return null;
    }

    private CsvRow toRow(CSVRecord record, long startLine) {
      int size = record.size();
      long lastLine = firstLine + linesConsumed - 1;
      if (size != columns) {
        String reason = String.format(Locale.ROOT, "has %d fields, the header has %d", size, columns);
        if (lastLine > startLine) {
          reason += String.format(Locale.ROOT,
              " (the record spans lines %d-%d: an unclosed quote may have joined rows)",
              startLine, lastLine);
        }
        return rejected(startLine, reason);
      }
      String[] values = record.values();
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

    private CsvRow rejected(long line, String reason) {
      return new CsvRow.Rejected(new Rejection(new SourceLocation(source, line), reason));
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }

  /** A line with nothing on it parses as one empty field. */
  static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  @Override
  public String toString() {
    return "CsvPart[" + source + ", bytes " + start + ".." + (end < 0 ? "end" : end) + ", from line "
        + firstLine + "]";
  }
}
