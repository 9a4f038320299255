package org.exposure.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.exposure.classify.HeaderDictionary;
import org.exposure.model.FieldReport;
import org.exposure.model.SourceLocation;
import org.exposure.model.UnusableSourceException;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.TableSource;

/**
 * A table of another format (a workbook's sheet) read as the same table saved as CSV is read: its
 * rows padded to the table's width (its declared used range, or its first rows' widest) as a CSV
 * export pads them, the table found below at most {@value
 * CsvExtract#TITLE_LINES} title rows, its first row a header only where it looks like one ({@link
 * CsvReader#headerNames}), its columns decided by the CSV reader's {@link CsvReader#columns} from
 * the first records and, in a large table, a spread of the rest, and its records assembled by the
 * same {@link CsvRecordReader}. Title rows are rejected as {@link CsvReader#PREAMBLE}, as in a CSV
 * file; a row wider than the table and a row that repeats the header are rejected with the CSV
 * reasons. A table is one part: its file cannot be cut. Thread-safe once opened.
 */
final class TableExtract implements Extract<CsvRow.Accepted> {
  /** Why a table whose content breaks off loses its last rows, after the damage's own reason. */
  static final String DAMAGED = "the rest of the table could not be read: ";

  private static final int SPREAD_POINTS = 16;

  private final TableSource table;
  private final String name;
  private final int width;
  /** The row numbers above the table's header read as titles or notes. */
  private final Set<Long> preamble;
  /** The header row's number, and whether it is a header (else it is the first record). */
  private final long headerRow;
  private final boolean hasHeader;
  /** The header row's cells as read, that a repeated header is recognised by. */
  private final List<String> headerCells;
  private final CsvColumn[] columns;

  private TableExtract(TableSource table, int width, Set<Long> preamble, long headerRow,
      boolean hasHeader, List<String> headerCells, CsvColumn[] columns) {
    this.table = table;
    this.name = table.source().name();
    this.width = width;
    this.preamble = preamble;
    this.headerRow = headerRow;
    this.hasHeader = hasHeader;
    this.headerCells = headerCells;
    this.columns = columns;
  }

  /**
   * Reads the table's first rows (and, in a large table, rows spread over the rest) to decide where
   * it starts, its header and its columns.
   *
   * @throws UnusableSourceException if it holds no filled cell, one row alone, or notes in one column
   * @throws IOException if its file cannot be read
   */
  static TableExtract open(TableSource table, CsvReader csv) throws IOException {
    String name = table.source().name();
    int sampleSize = csv.sampleSize();
    Sample sample = new Sample(CsvExtract.HEAD_LINES + sampleSize, table.rowCount(), sampleSize);
    try {
      table.read(sample);
    } catch (TableSource.DamagedTableException e) {
      // Decided from the rows before the damage, if any; the scan rejects what follows it.
      if (sample.head.isEmpty()) {
        throw new UnusableSourceException(name, e.getMessage());
      }
    }
    if (sample.head.isEmpty()) {
      throw new UnusableSourceException(name, "holds no filled cell; expected a header row");
    }
    List<Row> head = sample.head.subList(0, Math.min(CsvExtract.HEAD_LINES, sample.head.size()));
    // As wide as its used range, as a CSV export pads every row; at least as its first rows.
    int width = Math.max(0, table.columnCount());
    for (Row row : head) {
      width = Math.max(width, row.cells().size());
    }
    List<List<String>> padded = new ArrayList<>(head.size());
    for (Row row : head) {
      padded.add(pad(row.cells(), width));
    }
    int start = CsvExtract.tableStart(padded);
    if (sample.head.size() - start < 2) {
      throw new UnusableSourceException(name, "holds one row alone (a header or a note), no table "
          + "below it");
    }
    if (width == 1 && isNotes(head)) {
      throw new UnusableSourceException(name, "holds notes (sentences in one column), not a table");
    }
    Set<Long> preamble = new HashSet<>();
    for (int i = 0; i < start; i++) {
      preamble.add(head.get(i).number());
    }
    Row first = sample.head.get(start);
    List<String> firstCells = pad(first.cells(), width);
    // The rows below it, as the CSV reader reads them while it takes the first row for a header: a
    // row that repeats it is none of them.
    List<List<String>> after = new ArrayList<>();
    List<List<String>> unlike = new ArrayList<>();
    for (Row row : sample.head.subList(start + 1, sample.head.size())) {
      if (row.cells().size() <= width) {
        List<String> cells = pad(row.cells(), width);
        after.add(cells);
        if (!HeaderDictionary.repeatsHeader(cells, firstCells)) {
          unlike.add(cells);
        }
      }
    }
    List<String> names = CsvReader.headerNames(firstCells,
        unlike.subList(0, Math.min(HeaderDictionary.ROWS_COMPARED, unlike.size())));
    boolean hasHeader = names != null;
    List<List<String>> records = new ArrayList<>();
    if (hasHeader) {
      after = unlike;
    } else {
      names = numbered(width);
      records.add(firstCells);
    }
    records.addAll(after.subList(0, Math.min(after.size(), sampleSize - records.size())));
    for (Row row : sample.spread) {
      if (row.number() > first.number() && row.cells().size() <= width) {
        List<String> cells = pad(row.cells(), width);
        if (!hasHeader || !HeaderDictionary.repeatsHeader(cells, firstCells)) {
          records.add(cells);
        }
      }
    }
    CsvColumn[] columns = csv.columns(name, names, records);
    return new TableExtract(table, width, Set.copyOf(preamble), first.number(), hasHeader,
        firstCells, columns);
  }

  /** Sentences in one column: most of the first rows' cells hold four words or more. */
  private static boolean isNotes(List<Row> head) {
    int sentences = 0;
    for (Row row : head) {
      if (row.cells().get(0).trim().split("\\s+").length >= 4) {
        sentences++;
      }
    }
    return sentences * 2 > head.size() && !HeaderDictionary.namesAColumn(head.get(0).cells().get(0));
  }

  private static List<String> numbered(int width) {
    List<String> names = new ArrayList<>(width);
    for (int i = 0; i < width; i++) {
      names.add("column " + (i + 1));
    }
    return List.copyOf(names);
  }

  /** A row's cells without the blank ones after its last filled cell; empty for a blank row. */
  private static List<String> trimmed(List<String> cells) {
    int n = cells.size();
    while (n > 0 && cells.get(n - 1).isBlank()) {
      n--;
    }
    return List.copyOf(cells.subList(0, n));
  }

  private static List<String> pad(List<String> cells, int width) {
    if (cells.size() >= width) {
      return cells;
    }
    List<String> out = new ArrayList<>(width);
    out.addAll(cells);
    while (out.size() < width) {
      out.add("");
    }
    return Collections.unmodifiableList(out);
  }

  /** A non-blank row: its number and its cells up to its last filled one. */
  private record Row(long number, List<String> cells) {}

  /** The rows a table is judged by: the first ones, and a spread over the rest of a large one. */
  private static final class Sample implements TableSource.Rows {
    final List<Row> head = new ArrayList<>();
    final List<Row> spread = new ArrayList<>();
    private final int headSize;
    /** The row numbers from which a run of {@link #perPoint} rows is taken; empty if none. */
    private final long[] points;
    private final int perPoint;
    private int point;
    private int taken;

    Sample(int headSize, long rowCount, int sampleSize) {
      this.headSize = headSize;
      this.perPoint = Math.max(1, sampleSize / SPREAD_POINTS);
      // A table of a few sample sizes is judged by its first rows, as a small CSV file is.
      if (rowCount > 2L * headSize) {
        points = new long[SPREAD_POINTS];
        for (int p = 1; p <= SPREAD_POINTS; p++) {
          points[p - 1] = rowCount * p / (SPREAD_POINTS + 1);
        }
      } else {
        points = new long[0];
      }
    }

    /** The first rows, and those from the next spread point on. */
    @Override
    public boolean wants(long number) {
      return head.size() < headSize || point < points.length && number >= points[point];
    }

    @Override
    public boolean row(long number, List<String> cells) {
      List<String> row = trimmed(cells);
      if (row.isEmpty()) {
        return true;
      }
      if (head.size() < headSize) {
        head.add(new Row(number, row));
        return head.size() < headSize || points.length > 0;
      }
      if (point < points.length && number >= points[point]) {
        spread.add(new Row(number, row));
        if (++taken == perPoint) {
          point++;
          taken = 0;
        }
      }
      return point < points.length;
    }
  }

  @Override
  public ExtractSource source() {
    return table.source();
  }

  @Override
  public String format() {
    return table.format();
  }

  @Override
  public String encoding() {
    return table.encoding();
  }

  @Override
  public String layout() {
    return table.layout();
  }

  /** One part: a table is read from its start. */
  @Override
  public List<Part> parts(int wanted) {
    return List.of(Part.whole(name, 0, 1));
  }

  /** Every row after the header: title rows and rows that do not fit rejected through the sink. */
  @Override
  public void scan(Part part, int pass, ExtractSink sink, Consumer<? super CsvRow.Accepted> items)
      throws IOException {
    long rows = Math.max(1, table.rowCount());
    long bytes = table.bytes();
    long[] last = {0, 0}; // the last row number handed on, and the bytes told so far
    try {
      table.read((number, cells) -> {
        last[0] = number;
        long told = Math.min(bytes, bytes * number / rows);
        if (told - last[1] >= 1 << 16) {
          sink.bytesRead(told - last[1]);
          last[1] = told;
        }
        List<String> row = trimmed(cells);
        if (row.isEmpty() || number < headerRow && !preamble.contains(number)
            || number == headerRow && hasHeader) {
          return true;
        }
        if (preamble.contains(number)) {
          sink.reject(number, CsvReader.PREAMBLE);
          return true;
        }
        if (row.size() > width) {
          sink.reject(number, String.format(Locale.ROOT, "has %d fields, the header has %d",
              row.size(), width));
          return true;
        }
        List<String> padded = pad(row, width);
        if (hasHeader && HeaderDictionary.repeatsHeader(padded, headerCells)) {
          sink.reject(number, "repeats the header row");
          return true;
        }
        items.accept(new CsvRow.Accepted(new SourceLocation(name, number), padded));
        return true;
      });
    } catch (TableSource.DamagedTableException e) {
      sink.reject(last[0] + 1, DAMAGED + e.getMessage());
    }
    sink.bytesRead(bytes - last[1]);
  }

  @Override
  public Assessor<CsvRow.Accepted> assessor(int pass) {
    return new CsvRecordReader(columns);
  }

  @Override
  public List<FieldReport> fields() {
    return CsvColumn.reports(columns);
  }
}
