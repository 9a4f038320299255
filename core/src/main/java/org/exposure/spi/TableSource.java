package org.exposure.spi;

import java.io.IOException;
import java.util.List;

/**
 * A table that a file of another format holds as rows of text cells, such as one sheet of a
 * workbook, for {@link Tables} to read the way the CSV reader reads a CSV file. Implementations
 * hold no rows: {@link #read} streams them from the file each time it is called, and may be called
 * more than once (a sample first, then every row). Must be safe to read from any one thread at a
 * time.
 *
 * <pre>{@code
 * TableSource sheet = ...; // "book.xlsx!Sheet1", streamed from the workbook
 * Extract<?> extract = tables.open(sheet);
 * }</pre>
 */
public interface TableSource {
  /**
   * The table as locations and reports name it, e.g. {@code book.xlsx!Sheet1}, and the file it is
   * read from.
   */
  ExtractSource source();

  /** The format it is read as, e.g. {@code "xlsx"}. */
  String format();

  /** What reports show as its encoding, e.g. {@code "UTF-8"}. */
  String encoding();

  /** What reports show as its layout, e.g. {@code "sheet"}. */
  String layout();

  /**
   * About how many rows the table spans, as the file declares it up front (a sheet's dimension), or
   * -1 if it does not: where the classifier's sample is spread over the rows.
   *
   * @throws IOException if the file cannot be read
   */
  long rowCount() throws IOException;

  /**
   * How many columns the table spans, as the file declares it up front (a sheet's dimension: its
   * used range, which Excel pads every row of a CSV export to), or -1 if it does not.
   *
   * @throws IOException if the file cannot be read
   */
  int columnCount() throws IOException;

  /**
   * The bytes of its file that reading the whole table accounts for (a sheet's compressed part),
   * for a progress display: told bit by bit as its rows are read.
   */
  long bytes();

  /**
   * Hands the table's rows to {@code rows} in order, until it returns false or the table ends. Each
   * row comes with its number as the format numbers it (from 1) and its cells as the format
   * displays them, from the first column: a blank cell an empty string, never null; blank cells
   * after the last one filled may be left out, and so may rows that hold none.
   *
   * @throws IOException if the file cannot be read; one whose content breaks off (a damaged file)
   *     throws {@link DamagedTableException} once the rows before the damage have been handed on
   */
  void read(Rows rows) throws IOException;

  /** Takes the rows of a table, one at a time. */
  interface Rows {
    /**
     * Takes one row; the list may be reused once this returns.
     *
     * @return whether to go on to the next row
     */
    boolean row(long number, List<String> cells);

    /**
     * Whether the row of this number is wanted: a reader may pass over one that is not, without
     * decoding its cells or handing it on, so that a sample from far into a table costs little.
     * All by default.
     */
    default boolean wants(long number) {
      return true;
    }
  }

  /**
   * The table's content breaks off: the rows after this point could not be read. Its message names
   * the place and the kind of damage, never a cell.
   */
  final class DamagedTableException extends IOException {
    private static final long serialVersionUID = 1L;

    /** A table whose content breaks off, for the given reason, which quotes no cell. */
    public DamagedTableException(String reason) {
      super(reason);
    }
  }
}
