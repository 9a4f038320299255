package org.exposure.csv;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.model.UnusableSourceException;

/**
 * A CSV extract, read as a stream of records with Commons CSV. Opening it decides the encoding (UTF-8
 * with or without BOM, UTF-16 with BOM or without, else Windows-1252) and the delimiter (comma, semicolon, tab or
 * pipe), and reads the header row. Quoted fields may hold delimiters and line breaks; lines may end in
 * CRLF, LF or CR.
 *
 * <p>A first line {@code sep=;}, as Excel writes and reads it, names the delimiter and is neither a
 * record nor the header. A record that repeats the header row (an export that writes it on every
 * page) is rejected as such.
 *
 * <p>The header row is the first line that is not blank, and only that line: a quote it leaves open is
 * closed at the line's end, and a quoted line break in it ends it. Such a header would otherwise run on
 * over the records after it and make their values a column name. The records start on the next line.
 *
 * <p>Every record comes out as a {@link CsvRow}: {@link CsvRow.Accepted} with as many fields as the
 * header, or {@link CsvRow.Rejected} with its line and a reason: the wrong number of fields, bytes that
 * are not valid in the file's encoding, NUL bytes, or quoting the parser could not follow. A quote left open
 * (a stray {@code "}) would join the lines after it into one record up to the next quote in the file:
 * its line is rejected instead, and the lines after it are read as records of their own. Blank lines
 * are not records, and neither is a line holding only {@code ""}: Commons CSV cannot tell the two
 * apart, and neither holds a value. Reasons never quote the record.
 *
 * <p><b>Exception handling.</b> {@link #open} throws {@link UnusableSourceException} for a file that is
 * empty, binary or prose ({@link Prose}: a README, a licence, an e-mail), and {@link IOException}
 * when it cannot be read, also while records are read.
 *
 * <p><b>Parts.</b> A file in UTF-8 or Windows-1252 whose quoted fields hold no line break has one record
 * per line, so it is cut at line breaks into parts of about equal size; otherwise it is one part.
 *
 * <p>{@link #parts} splits the records into {@link CsvPart}s that can be parsed on several threads at
 * once; {@link #read} reads them all, in file order, on the calling thread. Immutable once opened; it
 * holds no open file.
 *
 * <pre>{@code
 * CsvExtract extract = CsvExtract.open(Path.of("lab.csv"), "lab.csv");
 * List<String> header = extract.header();
 * extract.read(row -> { ... });
 * }</pre>
 */
final class CsvExtract {
  /**
   * The line Excel writes first to name a file's delimiter, and reads it by: {@code sep=;}, quoted
   * or not, any case, with the delimiter repeated after it as Excel pads the line on saving; a tab
   * too.
   */
  private static final Pattern SEPARATOR_DIRECTIVE = Pattern.compile("(?i)\"?sep=([^\"\r\n])\"?\\1*\\s*");

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
  /** Whether the first row is a header; if not, it is a record and columns are numbered. */
  private final boolean hasHeader;
  /** The first non-blank line, which the header was read from. */
  private final FirstLine firstLine;

  private CsvExtract(Path file, String source, EncodingDetector.Encoding encoding, char delimiter,
      List<String> header, boolean hasHeader, FirstLine firstLine) {
    this.file = file;
    this.source = source;
    this.encoding = encoding;
    this.charset = encoding.charset();
    this.delimiter = delimiter;
    this.header = header;
    this.hasHeader = hasHeader;
    this.firstLine = firstLine;
  }

  /**
   * The table's first row (the first non-blank line but for a title or note above it): its number,
   * its first byte, the first byte of the line after it (past its line break), its cells as read,
   * and the numbers of the lines above it read as a title or note.
   */
  private record FirstLine(long number, long start, long next, List<String> cells,
      List<Long> preamble) {}

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
    char delimiter; // set by a "sep=" line that comes first (Excel's), if any
    try (Reader reader = CsvPart.reader(file, encoding.charset(), encoding.bomLength(), -1)) {
      char[] text = new char[DETECTION_CHARS];
      int n = reader.read(text, 0, text.length);
      delimiter = DelimiterDetector.detect(CharBuffer.wrap(text, 0, Math.max(n, 0)));
      String prose = Prose.kindOf(CharBuffer.wrap(text, 0, Math.max(n, 0)), delimiter);
      if (prose != null) {
        throw new UnusableSourceException(source, "looks like " + prose
            + ", not an extract: no rows of fields");
      }
    }
    // The header is one physical line, read on its own: a quote left open in it, or a quoted line
    // break, must not carry the records after it into a column name. The first non-blank lines are
    // read ahead, to tell a title or note above the table from its first row.
    List<FirstLine> head = new ArrayList<>(HEAD_LINES);
    try (Lines lines = new Lines(file, encoding)) {
      boolean first = true;
      for (long number = 1; head.size() < HEAD_LINES; number++) {
        long start = lines.position();
        byte[] line = lines.next();
        if (line == null) {
          break;
        }
        String text = new String(line, encoding.charset());
        Matcher directive = SEPARATOR_DIRECTIVE.matcher(text);
        if (first && directive.matches()) {
          delimiter = directive.group(1).charAt(0); // the line says it: not a record, not a header
          first = false;
          continue;
        }
        CSVRecord record = parseLine(text, delimiter);
        if (record != null && !record.stream().allMatch(String::isBlank)) { // ";;;" holds nothing
          first = false;
          head.add(new FirstLine(number, start, lines.position(), List.of(record.values()),
              List.of()));
        }
      }
    }
    if (head.isEmpty()) {
      throw new UnusableSourceException(source,
          "the file holds only blank lines; expected a header row");
    }
    int table = tableStart(head.stream().map(FirstLine::cells).toList());
    List<Long> preamble = new ArrayList<>(table);
    for (int i = 0; i < table; i++) {
      preamble.add(head.get(i).number());
    }
    FirstLine at = head.get(table);
    return new CsvExtract(file, source, encoding, delimiter, at.cells(), true,
        new FirstLine(at.number(), at.start(), at.next(), at.cells(), List.copyOf(preamble)));
  }

  /** The non-blank lines read ahead to find where the table starts: a title, its header, rows. */
  static final int HEAD_LINES = 8;

  /** The most lines above a table's first row read as a title or a note. */
  static final int TITLE_LINES = 3;

  /**
   * Where the table starts among the first non-blank lines: at the first line that is not a title
   * (a title fills its first cell at most: "Export patiëntenlijst", "# 2024-03-01", ";;;"), if every
   * line read after it has as many fields as it has; else at the first line. A one-column file whose
   * rows now and then hold its delimiter keeps its header.
   */
  static int tableStart(List<List<String>> head) {
    for (int i = 0; i < head.size() && i <= TITLE_LINES; i++) {
      if (!isTitle(head.get(i))) {
        int width = head.get(i).size();
        boolean table = i + 1 < head.size();
        for (int j = i + 1; j < head.size(); j++) {
          table &= head.get(j).size() == width;
        }
        return table ? i : 0;
      }
    }
    return 0;
  }

  /** A line that fills its first cell at most, as a title does: not ";;bsn;;;", a sparse header. */
  private static boolean isTitle(List<String> cells) {
    for (int i = 1; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines above the table's first row that were read as a title or a note, not as records: the
   * caller counts each as a record rejected ({@code "a line above the table"}), so that none is
   * lost without a word.
   */
  public List<Long> preamble() {
    return firstLine.preamble();
  }

  /** The record one line holds, read leniently (a quote left open closes at its end); null if none. */
  private static CSVRecord parseLine(String line, char delimiter) throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line))
        .setFormat(CsvPart.format(delimiter)).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The physical lines of a file's bytes after its byte-order mark, ended as Commons CSV ends them (CR,
   * LF or CRLF), in code units of one byte, or of two for UTF-16; a line's bytes do not include its
   * line break.
   */
  private static final class Lines implements AutoCloseable {
    private final InputStream in;
    private final int unit;
    private final boolean bigEndian;
    private long position;

    Lines(Path file, EncodingDetector.Encoding encoding) throws IOException {
      String name = encoding.charset().name();
      this.unit = name.startsWith("UTF-16") ? 2 : 1;
      this.bigEndian = name.equals("UTF-16BE");
      this.position = encoding.bomLength();
      this.in = new BufferedInputStream(CsvPart.open(file, position, -1), 1 << 16);
    }

    /** The byte the next line starts at. */
    long position() {
      return position;
    }

    /** The next line's bytes, or null at the end of the file. */
    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] code = new byte[unit];
      boolean any = false;
      while (true) {
        int n = in.readNBytes(code, 0, unit);
        if (n == 0) {
          return any ? line.toByteArray() : null;
        }
        any = true;
        position += n;
        int c = n < unit ? -1 : unit == 1 ? code[0] & 0xff
            : bigEndian ? (code[0] & 0xff) << 8 | (code[1] & 0xff)
            : (code[1] & 0xff) << 8 | (code[0] & 0xff);
        if (c == '\n') {
          return line.toByteArray();
        }
        if (c == '\r') { // a CRLF is one line break
          in.mark(unit);
          byte[] after = new byte[unit];
          int m = in.readNBytes(after, 0, unit);
          boolean lf = m == unit && (unit == 1 ? after[0] == '\n'
              : bigEndian ? after[0] == 0 && after[1] == '\n' : after[0] == '\n' && after[1] == 0);
          if (lf) {
            position += unit;
          } else {
            in.reset();
          }
          return line.toByteArray();
        }
        line.write(code, 0, n);
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * The records after the header in at most {@code parts} parts of about equal size, in file order:
   * one part unless the file can be cut at line breaks (see the class comment). Scans the file once
   * when more than one part is asked for.
   *
   * @throws IOException if the file cannot be read
   */
  public List<CsvPart> parts(int parts) throws IOException {
    checkArgument(parts >= 1, "parts must be >= 1, was %s", parts);
    if (parts > 1 && !charset.name().startsWith("UTF-16")) {
      Optional<List<LineScan.Span>> spans =
          LineScan.split(file, recordsStart(), recordsFirstLine(), delimiter, parts);
      if (spans.isPresent()) {
        return spans.get().stream()
            .map(s -> new CsvPart(file, source, charset, delimiter, header, repeatedHeader(),
                s.start(), s.end(), s.firstLine(), true))
            .collect(Collectors.toList());
      }
    }
    return List.of(wholeFile());
  }

  /**
   * The part of the records at bytes {@code [start, end)} starting on line {@code firstLine}, as
   * {@link #parts} cut it ({@code end} -1 for the whole file): what any thread or machine that opened
   * the same file reads of it.
   */
  CsvPart part(long start, long end, long firstLine) {
    return new CsvPart(file, source, charset, delimiter, header, repeatedHeader(), start, end,
        firstLine, end >= 0);
  }

  /** The whole file as one part, from the line after the header (or from the first record) on. */
  private CsvPart wholeFile() {
    return new CsvPart(file, source, charset, delimiter, header, repeatedHeader(), recordsStart(),
        -1, recordsFirstLine(), false);
  }

  /**
   * The header row as read, that a record repeating it is taken for (an export that writes it again
   * every page); null without a header.
   */
  private List<String> repeatedHeader() {
    return hasHeader ? firstLine.cells() : null;
  }

  /** The first byte of the records: the line after the header's, or the first row's own. */
  private long recordsStart() {
    return hasHeader ? firstLine.next() : firstLine.start();
  }

  /** The number of the line at {@link #recordsStart}. */
  private long recordsFirstLine() {
    return hasHeader ? firstLine.number() + 1 : firstLine.number();
  }

  /**
   * The same file read as having no header row: its first row is a record like the others, and the
   * columns are named {@code column 1}, {@code column 2}... For a file whose first row holds data,
   * whose cells must not be shown as column names.
   */
  public CsvExtract withoutHeader() {
    List<String> numbered = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      numbered.add(numbered(i));
    }
    return new CsvExtract(file, source, encoding, delimiter, List.copyOf(numbered), false,
        firstLine);
  }

  /**
   * The same file with the header names that {@code hide} picks replaced by {@code column N}, N their
   * column's number from 1: for a name that must not be shown, such as one that looks like a value.
   * Its first row stays a header.
   */
  public CsvExtract withNamesHidden(Predicate<String> hide) {
    requireNonNull(hide, "hide");
    List<String> names = new ArrayList<>(header);
    boolean changed = false;
    for (int i = 0; i < names.size(); i++) {
      if (hide.test(names.get(i))) {
        names.set(i, numbered(i));
        changed = true;
      }
    }
    return changed
        ? new CsvExtract(file, source, encoding, delimiter, List.copyOf(names), hasHeader, firstLine)
        : this;
  }

  private static String numbered(int index) {
    return "column " + (index + 1);
  }

  /** Whether the first row was read as a header, rather than as a record ({@link #withoutHeader}). */
  public boolean hasHeader() {
    return hasHeader;
  }

  /**
   * The first records after the header, up to {@code rows}, for a classifier's sample.
   *
   * @throws IOException if the file cannot be read
   */
  public List<CsvRow> firstRecords(int rows) throws IOException {
    List<CsvRow> first = new ArrayList<>(Math.min(rows, 1024));
    if (rows <= 0) {
      return first;
    }
    CsvPart whole = wholeFile();
    try {
      whole.read(row -> {
        first.add(row);
        if (first.size() == rows) {
          throw new EnoughRows();
        }
      });
    } catch (EnoughRows e) {
      // the sample is full: the rest of the file is not needed
    }
    return first;
  }

  /** Stops a read once a sample is full. */
  private static final class EnoughRows extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnoughRows() {
      super(null, null, false, false);
    }
  }

  /**
   * Records from all over the file, for a classifier that must not judge a column by its first records
   * alone: up to {@code rows} records read at evenly spaced places past the header's line, each
   * resynchronised at the next line break. Only well-formed records (as many fields as the header,
   * decodable) are kept; a quoted line break near a place can hide a record, which a sample may miss.
   * Files under 256 KiB give none: their first records are most of them. Reads the file independently
   * of the iteration.
   *
   * @throws IOException if the file cannot be read
   */
  public List<List<String>> spreadSample(int rows) throws IOException {
    long size = Files.size(file);
    if (size < SPREAD_MIN_BYTES || rows <= 0) {
      return List.of();
    }
    int perPoint = Math.max(1, rows / SPREAD_POINTS);
    long from = recordsStart();
    List<List<String>> sample = new ArrayList<>(rows);
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer bytes = ByteBuffer.allocate(SPREAD_CHUNK_BYTES);
      for (int point = 1; point <= SPREAD_POINTS && sample.size() < rows; point++) {
        long offset = from + (size - from) * point / (SPREAD_POINTS + 1);
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
        int start = CsvPart.lineEnd(text, 0);
        if (start < 0) {
          continue;
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(start)))
            .setFormat(CsvPart.format(delimiter)).get()) {
          // Only the records needed are parsed; the chunk's last one may be cut off by its end, so a
          // record is taken only once another follows it.
          Iterator<CSVRecord> records = parser.iterator();
          CSVRecord record = records.hasNext() ? records.next() : null;
          for (int i = 0; i < perPoint && sample.size() < rows && records.hasNext(); i++) {
            CSVRecord next = records.next();
            String[] values = record.values();
            if (values.length == header.size() && !CsvPart.isBlank(record) && decodable(values)) {
              sample.add(List.of(values));
            }
            record = next;
          }
        }
      }
    } catch (UncheckedIOException e) { // malformed quoting inside a chunk: a sample needs no more
      return sample;
    }
    return sample;
  }

  private static boolean decodable(String[] values) {
    for (String v : values) {
      if (v.indexOf('\uFFFD') >= 0 || v.indexOf('\u0000') >= 0) {
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

  /**
   * The header row's names, in column order; {@code column 1, column 2...} for a file read
   * {@linkplain #withoutHeader without one}.
   */
  public List<String> header() {
    return header;
  }

  /**
   * Hands every record after the header to the action, in file order, on the calling thread.
   *
   * @throws IOException if the file cannot be read
   */
  public void read(Consumer<? super CsvRow> action) throws IOException {
    for (CsvPart part : parts(1)) {
      part.read(action);
    }
  }
}
