package org.exposure.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;
import org.exposure.model.UnusableSourceException;

/**
 * A CSV extract, read as a stream of records with Commons CSV. Opening it decides the encoding (UTF-8
 * with or without BOM, UTF-16 with BOM, else Windows-1252) and the delimiter (comma, semicolon, tab or
 * pipe), and reads the header row. Quoted fields may hold delimiters and line breaks; lines may end in
 * CRLF, LF or CR.
 *
 * <p>Every record comes out as a {@link CsvRow}: {@link CsvRow.Accepted} with as many fields as the
 * header, or {@link CsvRow.Rejected} with its line and a reason: the wrong number of fields, bytes that
 * are not valid in the file's encoding, or quoting the parser could not follow. Blank lines are not
 * records, and neither is a line holding only {@code ""}: Commons CSV cannot tell the two apart, and
 * neither holds a value. Reasons never quote the record.
 *
 * <p><b>Exception handling.</b> {@link #open} throws {@link UnusableSourceException} for a file that is
 * empty or binary, and {@link IOException} when it cannot be read. An I/O failure during iteration is an
 * {@link UncheckedIOException}.
 *
 * <p>Records are parsed ahead on a background thread, so that parsing and the caller's work overlap;
 * the order is the file's. Not thread-safe; iterate once, then close (which stops that thread).
 *
 * <pre>{@code
 * try (CsvExtract extract = CsvExtract.open(Path.of("lab.csv"), "lab.csv")) {
 *   List<String> header = extract.header();
 *   for (CsvRow row : extract) { ... }
 * }
 * }</pre>
 */
public final class CsvExtract implements Closeable, Iterable<CsvRow> {
  /** How much text the delimiter detection looks at. */
  private static final int DETECTION_CHARS = 65536;
  /** Files smaller than this are sampled from their first records only. */
  private static final long SPREAD_MIN_BYTES = 1L << 18;
  /** How many places past the first records a spread sample is taken from. */
  private static final int SPREAD_POINTS = 16;
  private static final int SPREAD_CHUNK_BYTES = 1 << 16;

  private final Path file;
  private final String source;
  private final EncodingDetector.Encoding encoding;
  private final Charset charset;
  private final char delimiter;
  private final List<String> header;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long linesConsumed;
  private boolean iterated;
  private ReadAhead<CsvRow> readAhead;
  /** Set once the parser has failed: it cannot resynchronise, so nothing more is read. */
  private boolean broken;

  private CsvExtract(Path file, String source, EncodingDetector.Encoding encoding, char delimiter,
      Reader reader) throws IOException {
    this.file = file;
    this.source = source;
    this.encoding = encoding;
    this.charset = encoding.charset();
    this.delimiter = delimiter;
    this.parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get();
    this.records = parser.iterator();
    this.header = readHeader();
  }

  /**
   * Opens a CSV file and reads its header row.
   *
   * @param file the file
   * @param source the name to show for it in locations and messages
   * @throws UnusableSourceException if the file is empty, binary, or has no header row
   * @throws IOException if the file cannot be read
   */
  public static CsvExtract open(Path file, String source) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(source, "source");
    EncodingDetector.Encoding encoding = EncodingDetector.detect(file, source);
    char delimiter;
    try (Reader reader = reader(file, encoding)) {
      char[] text = new char[DETECTION_CHARS];
      int n = reader.read(text, 0, text.length);
      delimiter = DelimiterDetector.detect(CharBuffer.wrap(text, 0, Math.max(n, 0)));
    }
    Reader reader = reader(file, encoding);
    try {
      return new CsvExtract(file, source, encoding, delimiter, reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false) // keeps line numbers exact; blank lines are skipped below
        .setTrailingData(true)
        .setLenientEof(true)
        .get();
  }

  private static Reader reader(Path file, EncodingDetector.Encoding encoding) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      in.skipNBytes(encoding.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    // Undecodable bytes become U+FFFD, and the records holding them are rejected.
    CharsetDecoder decoder = encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  private List<String> readHeader() throws UnusableSourceException {
    while (records.hasNext()) {
      CSVRecord record = records.next();
      linesConsumed = parser.getCurrentLineNumber();
      if (!isBlank(record)) {
        return List.of(record.values());
      }
    }
    throw new UnusableSourceException(source, "the file holds only blank lines; expected a header row");
  }

  /**
   * Records from all over the file, for a classifier that must not judge a column by its first records
   * alone: up to {@code rows} records read at evenly spaced places past the start, each resynchronised
   * at the next line break. Only well-formed records (as many fields as the header, decodable) are
   * kept; a quoted line break near a place can hide a record, which a sample may miss. Files under 256
   * KiB give none: their first records are most of them. Reads the file independently of the iteration.
   *
   * @throws IOException if the file cannot be read
   */
  public List<List<String>> spreadSample(int rows) throws IOException {
    long size = Files.size(file);
    if (size < SPREAD_MIN_BYTES || rows <= 0) {
      return List.of();
    }
    int perPoint = Math.max(1, rows / SPREAD_POINTS);
    List<List<String>> sample = new ArrayList<>(rows);
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(SPREAD_CHUNK_BYTES);
      for (int point = 1; point <= SPREAD_POINTS && sample.size() < rows; point++) {
        long offset = size * point / (SPREAD_POINTS + 1);
        if (encoding.charset().name().startsWith("UTF-16")) {
          offset &= ~1L; // stay on a code-unit boundary
        }
        bytes.clear();
        channel.read(bytes, offset);
        bytes.flip();
        String text = encoding.charset().newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .decode(bytes).toString();
        int start = firstLineBreak(text);
        if (start < 0) {
          continue;
        }
        List<CSVRecord> records = CSVParser.builder()
            .setReader(new StringReader(text.substring(start))).setFormat(format(delimiter)).get()
            .getRecords();
        // The last record may be cut off by the end of the chunk.
        for (int i = 0; i < records.size() - 1 && i < perPoint && sample.size() < rows; i++) {
          String[] values = records.get(i).values();
          if (values.length == header.size() && !isBlank(records.get(i)) && decodable(values)) {
            sample.add(List.of(values));
          }
        }
      }
    } catch (UncheckedIOException e) { // malformed quoting inside a chunk: a sample needs no more
      return sample;
    }
    return sample;
  }

  private static int firstLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
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

  private static boolean decodable(String[] values) {
    for (String v : values) {
      if (v.indexOf('\uFFFD') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The source's display name. */
  public String source() {
    return source;
  }

  /** The encoding the file was read in. */
  public Charset charset() {
    return charset;
  }

  /** The field delimiter detected. */
  public char delimiter() {
    return delimiter;
  }

  /** The header row's names, in column order. */
  public List<String> header() {
    return header;
  }

  /**
   * The records after the header, in file order. May be called once.
   *
   * @throws IllegalStateException if called a second time
   */
  @Override
  public Iterator<CsvRow> iterator() {
    if (iterated) {
      throw new IllegalStateException("a CsvExtract can be iterated only once");
    }
    iterated = true;
    Iterator<CsvRow> rows = new Iterator<>() {
      private CsvRow next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public CsvRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        CsvRow row = next;
        next = null;
        return row;
      }
    };
    readAhead = new ReadAhead<>(rows, source);
    return readAhead;
  }

  private CsvRow advance() {
    while (!broken) {
      CSVRecord record;
      long startLine = linesConsumed + 1;
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
        return rejected(startLine, "the parser could not follow the quoting from this line on; the "
            + "rest of the file was not read");
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
    if (size != header.size()) {
      String reason = String.format(Locale.ROOT, "has %d fields, the header has %d", size, header.size());
      if (linesConsumed > startLine) {
        reason += String.format(Locale.ROOT,
            " (the record spans lines %d-%d: an unclosed quote may have joined rows)",
            startLine, linesConsumed);
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

  /** A line with nothing on it parses as one empty field. */
  private static boolean isBlank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  @Override
  public void close() throws IOException {
    if (readAhead != null) {
      readAhead.close();
    }
    parser.close();
  }
}
