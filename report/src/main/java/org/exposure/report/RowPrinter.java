package org.exposure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Formats one CSV row at a time with Commons CSV's {@link CSVPrinter}, into text that a writer then
 * buffers, sorts and writes. One printer, reused: not thread-safe.
 */
final class RowPrinter {
  private final StringBuilder text = new StringBuilder(256);
  private final CSVPrinter printer;

  RowPrinter(CSVFormat format) {
    try {
      printer = format.print(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
  }

  /** The row of these cells, with the format's record separator. */
  String row(String... cells) {
    text.setLength(0);
    try {
      printer.printRecord((Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * A cell no spreadsheet reads as a formula: one that starts with {@code = + - @}, a tab or a
   * carriage return gets an apostrophe in front.
   */
  static String guarded(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
