package org.exposure.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Streams a {@link CsvTable} to a file in a given dialect: delimiter, charset, byte-order mark and
 * record separator; an immutable value. Fields are quoted only where Commons CSV's minimal quoting
 * needs it. Memory is constant: records are built in a block of about 64 KB and handed to the writer.
 *
 * @param delimiter       field separator
 * @param charset         character encoding; a character it cannot encode fails the write
 * @param byteOrderMark   whether a UTF-8 byte-order mark starts the file
 * @param recordSeparator written after each record
 */
record TableWriter(char delimiter, Charset charset, boolean byteOrderMark, String recordSeparator) {
  private static final int BLOCK = 1 << 16;

  TableWriter {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(recordSeparator, "recordSeparator");
  }

  /** The format a reader of the file needs: the same delimiter and quote. */
  CSVFormat format() {
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"')
        .setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator(recordSeparator).get();
  }

  /**
   * Writes the header and {@code rows} records of the table to {@code file}, replacing it.
   *
   * @param table what to write
   * @param rows  number of records after the header
   * @param file  the file
   * @throws IOException if writing fails, including a character the charset cannot encode
   */
  void write(CsvTable table, long rows, Path file) throws IOException {
    CSVFormat format = format();
    // Fail loudly instead of writing "?" for a character the code page lacks.
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file), BLOCK)) {
      if (byteOrderMark) {
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      try (Writer writer = new OutputStreamWriter(bytes, encoder)) {
        StringBuilder out = new StringBuilder(BLOCK + 16_384);
        // CSVFormat's own print methods: CSVPrinter's class file carries SpotBugs annotations that
        // -Xlint:all -Werror turns into a build failure (see CohortGenerator).
        String[] header = table.header().toArray(String[]::new);
        print(format, header, out);
        String[] row = new String[header.length];
        for (long i = 0; i < rows; i++) {
          table.next(row);
          print(format, row, out);
          if (out.length() >= BLOCK) {
            writer.append(out);
            out.setLength(0);
          }
        }
        writer.append(out);
      }
    }
  }

  private static void print(CSVFormat format, String[] cells, StringBuilder out) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      format.print(cells[i], out, i == 0);
    }
    format.println(out);
  }
}
