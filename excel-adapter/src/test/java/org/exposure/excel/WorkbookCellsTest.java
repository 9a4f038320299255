package org.exposure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exposure.spi.ExtractSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells are read as the workbook shows them, whatever the kind of cell. */
class WorkbookCellsTest {
  @TempDir Path dir;

  private static List<List<String>> rows(Path file, int sheet) throws IOException {
    List<Workbooks.Sheet> sheets = Workbooks.sheets(new ExtractSource(file, "book.xlsx"));
    List<List<String>> rows = new ArrayList<>();
    sheets.get(sheet).table().read((number, cells) -> {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(number));
      row.addAll(cells);
      rows.add(row);
      return true;
    });
    return rows;
  }

  @Test
  void cellsReadAsTheWorkbookShowsThem() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Cellen");
      CellStyle dutchDate = book.createCellStyle();
      dutchDate.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
      CellStyle shortDate = book.createCellStyle();
      shortDate.setDataFormat((short) 14); // the system's short date
      CellStyle zeros = book.createCellStyle();
      zeros.setDataFormat(book.createDataFormat().getFormat("000000000"));
      Row row = sheet.createRow(0);
      row.createCell(0).setCellValue(123456782); // a BSN stored as a number
      row.createCell(1).setCellValue(LocalDate.of(1984, 3, 1));
      row.getCell(1).setCellStyle(dutchDate);
      row.createCell(2).setCellValue(LocalDate.of(1984, 3, 1));
      row.getCell(2).setCellStyle(shortDate);
      row.createCell(3).setCellValue(0.1 + 0.2); // float noise a display hides
      row.createCell(4).setCellValue(12345678); // a BSN that lost its leading zero, shown again
      row.getCell(4).setCellStyle(zeros);
      row.createCell(6).setCellFormula("A1+1"); // column F left blank
      row.createCell(7).setCellFormula("1/0");
      row.createCell(8).setCellValue(true);
      book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // caches results, as Excel
      Fixtures.write(book, file);
    }
    assertThat(rows(file, 0)).containsExactly(List.of("1", "123456782", "01-03-1984",
        "1984-03-01", "0.3", "012345678", "", "123456783", "#DIV/0!", "TRUE"));
  }

  @Test
  void aMergedTitleIsAboveTheTableAndBlankRowsAreNone() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Export");
      sheet.createRow(0).createCell(0).setCellValue("Export uitslagen maart");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      Row header = sheet.createRow(2);
      header.createCell(0).setCellValue("naam");
      header.createCell(3).setCellValue("uitslag");
      sheet.createRow(3).createCell(0).setCellValue("Jansen");
      sheet.createRow(4); // a row with no cell
      Fixtures.write(book, file);
    }
    assertThat(rows(file, 0)).containsExactly(List.of("1", "Export uitslagen maart"),
        List.of("3", "naam", "", "", "uitslag"), List.of("4", "Jansen"));
  }
}
