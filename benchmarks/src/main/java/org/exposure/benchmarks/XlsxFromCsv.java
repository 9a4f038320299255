package org.exposure.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a CSV extract (such as {@link CohortGenerator}'s) as the same table in an {@code .xlsx}
 * workbook, as a lab's export holds it: whole numbers up to 15 digits without a leading zero as
 * number cells, {@code dd-mm-yyyy} dates as date cells in that format, all other text as shared
 * strings, as Excel writes them. Each cell shows the CSV's text again, so that the two files hold
 * the same table. Streams the rows (POI's SXSSF), keeping the shared strings in memory.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.XlsxFromCsv IN.csv
 * OUT.xlsx [delimiter]} (default {@code ;}).
 */
public final class XlsxFromCsv {
  private static final Pattern WHOLE = Pattern.compile("[1-9][0-9]{0,14}");
  private static final Pattern DATE = Pattern.compile("[0-9]{2}-[0-9]{2}-[0-9]{4}");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

  private XlsxFromCsv() {}

  /** Converts {@code args[0]} into {@code args[1]}; exit code 1 on an I/O error. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: XlsxFromCsv IN.csv OUT.xlsx [delimiter]");
      System.exit(2);
    }
    char delimiter = args.length > 2 ? args[2].charAt(0) : ';';
    try {
      write(Path.of(args[0]), Path.of(args[1]), delimiter);
    } catch (IOException e) {
      System.err.println("XlsxFromCsv: " + e.getMessage());
      System.exit(1);
    }
  }

  static void write(Path csv, Path xlsx, char delimiter) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in)
            .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get();
        SXSSFWorkbook book = new SXSSFWorkbook(new XSSFWorkbook(), 1000, true, true)) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
      Sheet sheet = book.createSheet("Extract");
      int r = 0;
      for (CSVRecord record : parser) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < record.size(); c++) {
          String v = record.get(c);
          if (v.isEmpty()) {
            continue; // a blank cell is no cell
          }
          Cell cell = row.createCell(c);
          if (r > 1 && WHOLE.matcher(v).matches()) {
            cell.setCellValue(Double.parseDouble(v));
          } else if (r > 1 && DATE.matcher(v).matches() && isDate(v)) {
            cell.setCellValue(LocalDate.parse(v, DUTCH_DATE));
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        book.write(out);
      }
    }
  }

  private static boolean isDate(String v) {
    try {
      LocalDate.parse(v, DUTCH_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
