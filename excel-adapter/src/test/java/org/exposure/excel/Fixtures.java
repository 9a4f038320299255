package org.exposure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Synthetic lab extracts, written both as CSV and as a workbook with POI's writer: the same table,
 * so that the two can be assessed side by side. Every value is made up: BSNs pass the 11-proef but
 * belong to no one.
 */
final class Fixtures {
  static final List<String> HEADER = List.of("bsn", "achternaam", "voornaam", "geboortedatum",
      "postcode", "huisarts", "uitslag", "opmerking");
  private static final String[] FAMILY = {"Jansen", "de Vries", "van den Berg", "Bakker", "Visser",
      "Smit", "Meijer", "de Boer", "Mulder", "de Groot"};
  private static final String[] GIVEN = {"Anna", "Maria", "Sophie", "Emma", "Julia", "Lotte",
      "Sanne", "Eva", "Fleur", "Iris"};
  private static final String[] RESULTS = {"hrHPV negatief", "hrHPV positief, Pap 1",
      "hrHPV positief, Pap 3a2", "hrHPV positief, Pap 2", "hrHPV negatief"};
  private static final String[] REMARKS = {"", "", "Patiënte belt terug voor de uitslag, graag na "
      + "14:00 bellen.", "", "Herhaling over 6 maanden."};

  private Fixtures() {}

  /** One row of the table: its cells as text, and as the workbook holds them. */
  record Person(long bsn, String family, String given, LocalDate born, String postcode, String gp,
      String result, String remark) {
    List<String> text() {
      return List.of(String.valueOf(bsn), family, given, born.toString(), postcode, gp, result,
          remark);
    }
  }

  /** {@code n} people, the same for the same seed. */
  static List<Person> people(int n, long seed) {
    Random random = new Random(seed);
    List<Person> people = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      people.add(new Person(bsn(random), FAMILY[random.nextInt(FAMILY.length)],
          GIVEN[random.nextInt(GIVEN.length)],
          LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
          String.format(Locale.ROOT, "%04d %c%c", 1000 + random.nextInt(9000),
              (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26))),
          "Huisartsenpraktijk " + FAMILY[random.nextInt(FAMILY.length)],
          RESULTS[random.nextInt(RESULTS.length)], REMARKS[random.nextInt(REMARKS.length)]));
    }
    return people;
  }

  /** A nine-digit number that passes the 11-proef, first digit 1-6. */
  static long bsn(Random random) {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(6);
      int sum = 9 * d[0];
      for (int i = 1; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += (9 - i) * d[i];
      }
      int last = sum % 11;
      if (last < 10) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
          v = v * 10 + d[i];
        }
        return v * 10 + last;
      }
    }
  }

  /** The table as a semicolon CSV, as a Dutch Excel writes it (remarks quoted). */
  static Path csv(Path file, List<Person> people) throws IOException {
    StringBuilder out = new StringBuilder(String.join(";", HEADER)).append("\r\n");
    for (Person p : people) {
      List<String> cells = new ArrayList<>();
      for (String cell : p.text()) {
        cells.add(cell.contains(";") || cell.contains(",") ? '"' + cell + '"' : cell);
      }
      out.append(String.join(";", cells)).append("\r\n");
    }
    return Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /**
   * The table as a workbook's first sheet, as a lab's export holds it: the BSN a number, the birth
   * date a date in {@code yyyy-mm-dd}, text in shared strings (or inline, with {@code streaming}).
   */
  static Path xlsx(Path file, String sheet, List<Person> people, boolean streaming)
      throws IOException {
    try (Workbook book = streaming ? new SXSSFWorkbook(new XSSFWorkbook(), 1000, false, true)
        : new XSSFWorkbook()) {
      fill(book, book.createSheet(sheet), people);
      write(book, file);
    }
    return file;
  }

  static void fill(Workbook book, Sheet sheet, List<Person> people) {
    CellStyle date = book.createCellStyle();
    date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
    Row header = sheet.createRow(0);
    for (int c = 0; c < HEADER.size(); c++) {
      header.createCell(c).setCellValue(HEADER.get(c));
    }
    int r = 1;
    for (Person p : people) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(p.bsn());
      row.createCell(1).setCellValue(p.family());
      row.createCell(2).setCellValue(p.given());
      Cell born = row.createCell(3);
      born.setCellValue(p.born());
      born.setCellStyle(date);
      row.createCell(4).setCellValue(p.postcode());
      row.createCell(5).setCellValue(p.gp());
      row.createCell(6).setCellValue(p.result());
      if (!p.remark().isEmpty()) { // a blank cell is no cell, as Excel writes it
        row.createCell(7).setCellValue(p.remark());
      }
    }
  }

  static void write(Workbook book, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      book.write(out);
    }
  }
}
