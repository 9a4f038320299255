package org.exposure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Formats one CSV row at a time, into text that a writer then buffers, sorts and writes. One printer,
 * reused: not thread-safe.
 *
 * <p>The rows of every subject ({@link #row(char, Object...)}) are written by hand, not by Commons CSV's
 * {@link CSVPrinter} (used for the rest, {@link #row(String...)}): on this hot path, taken one subject
 * at a time on the analysis's threads, CSVPrinter cost as much as all the rest of the writing, a
 * third of it in a char array that {@code CSVFormat.printWithQuotes} copies for every cell (Commons
 * CSV 1.14.1); profiled on a 485,000-row cohort, see the module's commit history. The hand-written
 * cells quote as CSVPrinter's minimal mode does where it matters (a comma, quote, CR or LF), and
 * {@link CSVParser} reads them back.
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
   * The row of these cells, each a {@code String}, or a {@code Set} of enums written as their names
   * joined with a space, separated by commas and ended by {@code end} ({@code "\n"} or {@code
   * "\r\n"}); with {@code guard}, each cell {@linkplain #guarded guarded} against formulas.
   */
  String fast(String end, boolean guard, Object... cells) {
    text.setLength(0);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      if (cells[i] instanceof java.util.Set<?> names) {
        appendNames(names);
      } else {
        String cell = (String) cells[i];
        cell(guard ? guarded(cell) : cell);
      }
    }
    return text.append(end).toString();
  }

  /**
   * Appends enum names joined with a space, as they are: a Java name holds no character to quote
   * and starts with no formula's sign.
   */
  private void appendNames(java.util.Set<?> values) {
    boolean first = true;
    for (Object value : values) {
      if (!first) {
        text.append(' ');
      }
      text.append(((Enum<?>) value).name());
      first = false;
    }
  }

  /** Appends a cell, quoted where it holds a comma, a quote, a CR or an LF. */
  private void cell(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      text.append(value);
      return;
    }
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      text.append(c);
      if (c == '"') {
        text.append('"');
      }
    }
    text.append('"');
  }

  /**
   * A cell no spreadsheet reads as a formula: one that starts with {@code = + - @}, a tab or a
   * carriage return gets an apostrophe in front.
   */
  static String guarded(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
