package org.exposure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.SkippedSource;
import org.exposure.SourceSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and sheets that are not read are skipped, each with a one-line reason that names what it is,
 * and the run goes on with the others.
 */
class NotReadTest {
  @TempDir Path dir;

  /** The folder's skipped files by their file names (a sheet by book!sheet), and why. */
  private static Map<String, String> skipped(AnalysisResult result) {
    return result.skipped().stream().collect(Collectors.toMap(
        s -> s.source().substring(s.source().lastIndexOf('/') + 1), SkippedSource::reason));
  }

  /** Files that are not extracts, written into a folder beside one that is. */
  static void notExtracts(Path folder) throws IOException {
    Files.writeString(folder.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n",
        StandardCharsets.ISO_8859_1);
    Files.writeString(folder.resolve("README"), """
        # Export

        This folder holds the monthly export of the screening lab, written by the nightly job
        after the database backup; the CSV file is the one to assess, the others are notes.

        - Ask the data manager before you share it.
        """);
    byte[] jpeg = new byte[64];
    jpeg[0] = (byte) 0xff;
    jpeg[1] = (byte) 0xd8;
    jpeg[2] = (byte) 0xff;
    jpeg[3] = (byte) 0xe0;
    Files.write(folder.resolve("photo.jpg"), jpeg);
    zip(folder.resolve("letter.docx"), "[Content_Types].xml", "<Types><Override PartName=\"/word/"
        + "document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.document.main+xml\"/></Types>");
    zip(folder.resolve("archive.zip"), "lab.csv", "bsn;naam\n123456782;Jansen\n");
  }

  private static void zip(Path file, String entry, String content) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  @Test
  void aFolderOfFilesThatAreNotExtractsBesideACsv() throws IOException {
    notExtracts(dir);
    Fixtures.csv(dir.resolve("lab.csv"), Fixtures.people(40, 1));
    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder().build())
        .assess(List.of(dir));
    assertThat(result.sources()).extracting(SourceSummary::source)
        .singleElement().asString().endsWith("lab.csv");
    assertThat(result.recordsAssessed()).isEqualTo(40);
    assertThat(skipped(result)).containsOnly(
        Map.entry("scan.pdf", "looks like a PDF document, not a text extract"),
        Map.entry("README", "looks like a Markdown document, not an extract: no rows of fields"),
        Map.entry("photo.jpg", "looks like a JPEG image, not a text extract"),
        Map.entry("letter.docx", "looks like a Word document (.docx), not a text extract"),
        Map.entry("archive.zip", "looks like a ZIP archive, not a text extract"));
  }

  @Test
  void legacyEncryptedAndDamagedWorkbooksAreSkippedAndTheRunGoesOn() throws IOException {
    try (HSSFWorkbook xls = new HSSFWorkbook()) {
      xls.createSheet("Blad1").createRow(0).createCell(0).setCellValue("bsn");
      Fixtures.write(xls, dir.resolve("old.xls"));
    }
    Path plain = Fixtures.xlsx(dir.resolve("plain.xlsx"), "Blad1", Fixtures.people(10, 2), false);
    encrypt(plain, dir.resolve("secret.xlsx"));
    byte[] whole = Files.readAllBytes(plain);
    Files.write(dir.resolve("broken.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Files.delete(plain);
    Fixtures.xlsx(dir.resolve("good.xlsx"), "Blad1", Fixtures.people(10, 3), false);

    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder().build())
        .assess(List.of(dir));

    assertThat(result.recordsAssessed()).isEqualTo(10);
    assertThat(skipped(result)).containsOnly(
        Map.entry("old.xls", "an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV"),
        Map.entry("secret.xlsx", OfficeFiles.ENCRYPTED),
        Map.entry("broken.xlsx",
            "a damaged workbook (.xlsx): its ZIP container or XML parts could not be read"));
  }

  @Test
  void emptySheetsAndSheetsWithoutATableAreSkippedWithAReason() throws IOException {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Fixtures.fill(book, book.createSheet("Uitslagen"), Fixtures.people(25, 4));
      book.createSheet("Leeg");
      book.createSheet("Kop").createRow(0).createCell(0).setCellValue("bsn");
      var notes = book.createSheet("Toelichting");
      notes.createRow(0).createCell(0).setCellValue("Dit blad beschrijft hoe de export is gemaakt.");
      notes.createRow(1).createCell(0).setCellValue("De uitslagen staan op het eerste blad van dit bestand.");
      notes.createRow(2).createCell(0).setCellValue("Vragen over de export gaan naar de datamanager.");
      Fixtures.write(book, file);
    }
    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder().build())
        .assess(List.of(file));
    assertThat(result.sources()).extracting(SourceSummary::source)
        .singleElement().asString().endsWith("book.xlsx!sheet1");
    assertThat(skipped(result)).containsOnly(
        Map.entry("book.xlsx!sheet2", "holds no filled cell; expected a header row"),
        Map.entry("book.xlsx!sheet3", "holds one row alone (a header or a note), no table below it"),
        Map.entry("book.xlsx!sheet4", "holds notes (sentences in one column), not a table"));
  }

  @Test
  void aSheetWhoseXmlBreaksOffKeepsItsRowsBeforeTheDamage() throws IOException {
    Path whole = Fixtures.xlsx(dir.resolve("whole.xlsx"), "Blad1", Fixtures.people(200, 6), false);
    Path cut = dir.resolve("cut.xlsx");
    try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(whole));
        OutputStream out = Files.newOutputStream(cut); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          content = Arrays.copyOf(content, content.length / 2); // the XML breaks off mid-sheet
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder().build())
        .assess(List.of(cut));
    assertThat(result.recordsAssessed()).isBetween(50L, 150L);
    assertThat(result.rejections()).singleElement().satisfies(r -> {
      assertThat(r.location().source()).endsWith("cut.xlsx!sheet1");
      assertThat(r.location().line()).isEqualTo(result.recordsAssessed() + 2);
      assertThat(r.reason()).isEqualTo("the rest of the table could not be read: a damaged "
          + "workbook (.xlsx): a sheet's XML breaks off");
    });
  }

  /** The workbook, encrypted with a password as Excel encrypts it (agile encryption). */
  private static void encrypt(Path plain, Path encrypted) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("geheim");
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
          | java.security.GeneralSecurityException e) {
        throw new IOException(e);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
  }
}
