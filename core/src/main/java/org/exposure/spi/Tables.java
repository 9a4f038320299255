package org.exposure.spi;

import java.io.IOException;

/**
 * Opens a {@link TableSource} as the CSV reader opens a CSV file: the table found below any title
 * lines, its first row taken for a header only where it looks like one, its columns classified
 * from the same samples and held to the same checks, and every row after the header assessed or
 * rejected with its location and a reason, as the same table saved as CSV would be. How a reader of
 * a tabular format (a workbook) reuses the CSV path instead of copying it: {@code ExposureAnalysis}
 * hands its CSV reader, with the run's classifier and column mapping, to {@link
 * ExtractReader#open(java.util.List, java.util.function.BiConsumer, Tables)}. Thread-safe.
 */
public interface Tables {
  /**
   * Opens a table: reads its first rows (and a spread of the rest, for a large one) to decide its
   * columns.
   *
   * @throws org.exposure.model.UnusableSourceException if it holds no rows, or a header row alone
   * @throws IOException if its file cannot be read
   */
  Extract<?> open(TableSource table) throws IOException;
}
