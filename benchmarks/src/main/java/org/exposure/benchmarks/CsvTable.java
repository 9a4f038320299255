package org.exposure.benchmarks;

import java.util.List;

/**
 * The records of one synthetic layout, drawn one at a time: a header and a stream of rows of the same
 * width. Implementations hold a seeded random stream and are deterministic for their seed; they are
 * mutable and not thread-safe (one table per file written).
 */
interface CsvTable {
  /**
   * The column names, in file order.
   *
   * @return the column names; the row width
   */
  List<String> header();

  /**
   * Fills {@code row} (of the header's width) with the next record's cells; an empty cell is {@code ""}.
   *
   * @param row the cells to overwrite
   */
  void next(String[] row);
}
