package org.exposure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.SourceSummary;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelExtractReaderTest {
  @TempDir Path dir;

  private static AnalysisResult assess(Path... inputs) throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder().build()).assess(List.of(inputs));
  }

  private static Map<String, FieldType> types(AnalysisResult result) {
    return result.fields().stream().collect(Collectors.toMap(
        f -> f.classification().field(), f -> f.classification().type()));
  }

  @Test
  void aWorkbookIsAssessedAsTheSameTableSavedAsCsv() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(300, 17);
    Path csv = Fixtures.csv(dir.resolve("lab.csv"), people);
    Path xlsx = Fixtures.xlsx(dir.resolve("lab.xlsx"), "Uitslagen", people, false);

    AnalysisResult fromCsv = assess(csv);
    AnalysisResult fromXlsx = assess(xlsx);

    assertThat(types(fromXlsx)).isEqualTo(types(fromCsv));
    assertThat(types(fromXlsx)).containsEntry("bsn", FieldType.NATIONAL_ID)
        .containsEntry("geboortedatum", FieldType.BIRTH_DATE);
    assertThat(fromXlsx.recordsRead()).isEqualTo(fromCsv.recordsRead()).isEqualTo(300);
    assertThat(fromXlsx.recordsAssessed()).isEqualTo(fromCsv.recordsAssessed());
    assertThat(fromXlsx.recordsRejected()).isEqualTo(fromCsv.recordsRejected());
    assertThat(fromXlsx.cohort()).isEqualTo(fromCsv.cohort());
    assertThat(fromXlsx.notification()).isEqualTo(fromCsv.notification());
    SourceSummary sheet = fromXlsx.sources().get(0);
    assertThat(sheet.source()).endsWith("lab.xlsx!sheet1");
    assertThat(sheet.format()).isEqualTo("xlsx");
    for (FieldReport field : fromXlsx.fields()) {
      FieldReport same = fromCsv.fields().stream()
          .filter(f -> f.classification().field().equals(field.classification().field()))
          .findFirst().orElseThrow();
      assertThat(field.values()).as(field.classification().field()).isEqualTo(same.values());
      assertThat(field.classification().confidence())
          .isEqualTo(same.classification().confidence());
    }
  }

  @Test
  void aStreamedWorkbookWithInlineStringsReadsTheSame() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(120, 3);
    AnalysisResult shared = assess(Fixtures.xlsx(dir.resolve("a.xlsx"), "S", people, false));
    AnalysisResult inline = assess(Fixtures.xlsx(dir.resolve("b.xlsx"), "S", people, true));
    assertThat(types(inline)).isEqualTo(types(shared));
    assertThat(inline.cohort()).isEqualTo(shared.cohort());
  }

  @Test
  void aRenamedWorkbookIsReadByItsContent() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(50, 5);
    Path xlsx = Fixtures.xlsx(dir.resolve("lab.xlsx"), "Blad1", people, false);
    Path asCsv = Files.copy(xlsx, dir.resolve("export.csv"));
    Path bare = Files.copy(xlsx, dir.resolve("export"));
    AnalysisResult result = assess(asCsv, bare);
    assertThat(result.skipped()).isEmpty();
    assertThat(result.sources()).extracting(SourceSummary::source)
        .allMatch(s -> s.endsWith("!sheet1"));
    assertThat(result.recordsAssessed()).isEqualTo(100);
  }

  @Test
  void rejectionsAreLocatedByTheSheetAndItsRow() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(20, 9);
    Path xlsx = Fixtures.xlsx(dir.resolve("lab.xlsx"), "Blad1", people, false);
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      sheet.getRow(15).createCell(12).setCellValue("x"); // right of the table
      sheet.shiftRows(0, sheet.getLastRowNum(), 2);
      sheet.createRow(0).createCell(0).setCellValue("Export uitslagen");
      Fixtures.write(book, xlsx);
    }
    AnalysisResult result = assess(xlsx);
    assertThat(result.recordsRead()).isEqualTo(21); // the title and 20 rows
    assertThat(result.rejections()).extracting(Rejection::location)
        .extracting(l -> l.source().substring(l.source().lastIndexOf('/') + 1) + ":" + l.line())
        .containsExactly("lab.xlsx!sheet1:1");
    assertThat(result.rejections().get(0).reason()).isEqualTo(
        "a line above the table (a title or a note), not one of its rows");
    // The stray cell widens the table to the sheet's used range, as Excel's CSV export pads rows.
    // (unnamed, as a CSV header's blank cells are).
    assertThat(result.fields()).hasSize(13).last()
        .extracting(f -> f.classification().field()).isEqualTo("");
  }

  @Test
  void aLargeSheetIsJudgedByASpreadOfItsRowsAsItsCsvIs() throws IOException {
    // 6,000 rows, over 256 KiB as CSV: both readers sample rows spread over the whole table, so
    // a column empty in its first rows is judged by the values further down in both.
    List<Fixtures.Person> people = new java.util.ArrayList<>(Fixtures.people(6000, 23));
    for (int i = 0; i < 2500; i++) {
      Fixtures.Person p = people.get(i);
      people.set(i, new Fixtures.Person(p.bsn(), p.family(), p.given(), p.born(), p.postcode(),
          p.gp(), p.result(), ""));
    }
    Path csv = Fixtures.csv(dir.resolve("lab.csv"), people);
    assertThat(Files.size(csv)).isGreaterThan(256 * 1024);
    Path xlsx = Fixtures.xlsx(dir.resolve("lab.xlsx"), "Blad1", people, true);
    AnalysisResult fromCsv = assess(csv);
    AnalysisResult fromXlsx = assess(xlsx);
    assertThat(types(fromXlsx)).isEqualTo(types(fromCsv));
    assertThat(types(fromCsv).get("opmerking")).isNotEqualTo(FieldType.OTHER);
    assertThat(fromXlsx.cohort()).isEqualTo(fromCsv.cohort());
  }

  @Test
  void formatXlsxReadsEveryFileAsAWorkbook() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(30, 8);
    Path renamed = Files.move(Fixtures.xlsx(dir.resolve("a.xlsx"), "Blad1", people, false),
        dir.resolve("a.txt"));
    Path csv = Fixtures.csv(dir.resolve("b.csv"), people);
    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder()
        .format(org.exposure.InputFormat.XLSX).build()).assess(List.of(renamed, csv));
    assertThat(result.recordsAssessed()).isEqualTo(30);
    assertThat(result.skipped()).singleElement().satisfies(s -> {
      assertThat(s.source()).endsWith("b.csv");
      assertThat(s.reason()).isEqualTo("not an Excel workbook: neither an .xlsx nor an .xls file");
    });
  }

  @Test
  void eachSheetIsAnExtractAndAWomanInTwoIsOneSubject() throws IOException {
    List<Fixtures.Person> people = Fixtures.people(75, 12);
    Path file = dir.resolve("book.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      Fixtures.fill(book, book.createSheet("Januari"), people.subList(0, 50));
      Fixtures.fill(book, book.createSheet("Februari"), people.subList(25, 75));
      Fixtures.write(book, file);
    }
    AnalysisResult result = assess(file);
    assertThat(result.sources()).extracting(SourceSummary::source)
        .extracting(s -> s.substring(s.lastIndexOf('/') + 1))
        .containsExactly("book.xlsx!sheet1", "book.xlsx!sheet2");
    assertThat(result.recordsAssessed()).isEqualTo(100);
    assertThat(result.cohort().subjects()).isEqualTo(75);
  }
}
