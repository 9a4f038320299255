package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} on a folder: a workbook read sheet by sheet, files that are not extracts named. */
class ExcelFolderCliTest {
  @TempDir Path dir;

  private static final List<String> HEADER = List.of("bsn", "achternaam", "voornaam",
      "geboortedatum", "postcode", "uitslag");
  /** Made up; the BSNs pass the 11-proef and belong to no one. */
  private static final List<List<Object>> ROWS = List.of(
      List.of(111222333, "Zonneveld", "Marieke", "1981-04-12", "2281 AB", "hrHPV positief, Pap 3a2"),
      List.of(999993653, "de Vries", "Anna", "1975-11-02", "1012 CD", "hrHPV negatief"),
      List.of(999990482, "Bakker", "Sophie", "1990-01-30", "3511 EF", "hrHPV positief, Pap 1"));

  @Test
  void assessReadsAWorkbookAndNamesWhatItSkips() throws IOException {
    Path input = Files.createDirectory(dir.resolve("input"));
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Uitslagen");
      sheet.createRow(0).createCell(0).setCellValue("Export uitslagen"); // a title above
      Row header = sheet.createRow(1);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int r = 0; r < ROWS.size(); r++) {
        Row row = sheet.createRow(r + 2);
        for (int c = 0; c < HEADER.size(); c++) {
          Object v = ROWS.get(r).get(c);
          if (v instanceof Integer n) {
            row.createCell(c).setCellValue(n); // the BSN a number, as labs' workbooks hold it
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      book.createSheet("Leeg");
      try (OutputStream out = Files.newOutputStream(input.resolve("lab.xlsx"))) {
        book.write(out);
      }
    }
    Files.writeString(input.resolve("scan.pdf"), "%PDF-1.4\n1 0 obj\n", StandardCharsets.ISO_8859_1);
    Files.write(input.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0});
    Files.writeString(input.resolve("README.md"), """
        # Export

        This folder holds the monthly export of the screening lab, written by the nightly job
        after the database backup; the workbook is the one to assess, the rest are notes.
        """);
    try (OutputStream out = Files.newOutputStream(input.resolve("letter.docx"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
          .getBytes(StandardCharsets.UTF_8));
    }

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path report = dir.resolve("out");
    int code = ExposureCommand.run(new String[] {"assess", input.toString(), "--out",
        report.toString(), "--key-file", dir.resolve("exposure.key").toString(),
        "--contact-columns"}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("StatusLogger");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/input/records_read").asLong()).isEqualTo(4);
    assertThat(json.at("/input/records_assessed").asLong()).isEqualTo(3);
    assertThat(json.at("/input/rejections/0/source").asText()).endsWith("lab.xlsx!sheet1");
    assertThat(json.at("/input/rejections/0/line").asLong()).isEqualTo(1);
    assertThat(json.at("/fields/0/source").asText()).endsWith("lab.xlsx!sheet1");
    assertThat(json.at("/fields/0/type").asText()).isEqualTo("NATIONAL_ID");
    assertThat(json.at("/subjects").asLong()).isEqualTo(3);
    Map<String, String> skipped = new HashMap<>();
    for (JsonNode s : json.at("/input/skipped_sources")) {
      String source = s.get("source").asText();
      skipped.put(source.substring(source.lastIndexOf('/') + 1), s.get("reason").asText());
    }
    assertThat(skipped).containsOnly(
        Map.entry("lab.xlsx!sheet2", "holds no filled cell; expected a header row"),
        Map.entry("scan.pdf", "looks like a PDF document, not a text extract"),
        Map.entry("photo.jpg", "looks like a JPEG image, not a text extract"),
        Map.entry("README.md", "looks like a Markdown document, not an extract: no rows of fields"),
        Map.entry("letter.docx", "looks like a Word document (.docx), not a text extract"));
    // The letters' list reads the workbook again, by the sheet's rows.
    String letters = Files.readString(report.resolve("notification-list.csv"));
    assertThat(letters).contains("Zonneveld");
  }
}
