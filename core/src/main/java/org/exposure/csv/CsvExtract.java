package org.exposure.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
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
 * <p>Not thread-safe; iterate once, then close.
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

  private final String source;
  private final Charset charset;
  private final char delimiter;
  private final List<String> header;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long linesConsumed;
  private boolean iterated;
  /** Set once the parser has failed: it cannot resynchronise, so nothing more is read. */
  private boolean broken;

  private CsvExtract(String source, Charset charset, char delimiter, Reader reader)
      throws IOException {
    this.source = source;
    this.charset = charset;
    this.delimiter = delimiter;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(false) // keeps line numbers exact; blank lines are skipped below
        .setTrailingData(true)
        .setLenientEof(true)
        .get();
    this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
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
      return new CsvExtract(source, encoding.charset(), delimiter, reader);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
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
    return new Iterator<>() {
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
    parser.close();
  }
}
