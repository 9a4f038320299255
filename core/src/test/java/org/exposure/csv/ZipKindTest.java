package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not extracts are named by what they are: ZIP packages by what they hold. */
class ZipKindTest {
  @TempDir Path dir;

  private Path zip(String name, String entry, String content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static String types(String main) {
    return "<Types><Override PartName=\"/x.xml\" ContentType=\"application/vnd.openxmlformats-"
        + "officedocument." + main + "\"/></Types>";
  }

  @Test
  void officeAndOpenDocumentPackagesAreNamed() throws IOException {
    assertThat(ZipKind.of(zip("a.docx", "[Content_Types].xml",
        types("wordprocessingml.document.main+xml")))).isEqualTo("a Word document (.docx)");
    assertThat(ZipKind.of(zip("a.pptx", "[Content_Types].xml",
        types("presentationml.presentation.main+xml"))))
        .isEqualTo("a PowerPoint presentation (.pptx)");
    assertThat(ZipKind.of(zip("a.xlsx", "[Content_Types].xml",
        types("spreadsheetml.sheet.main+xml")))).startsWith("an Excel workbook (.xlsx)");
    assertThat(ZipKind.of(zip("a.odt", "mimetype", "application/vnd.oasis.opendocument.text")))
        .isEqualTo("an OpenDocument text (.odt)");
    assertThat(ZipKind.of(zip("a.zip", "lab.csv", "bsn\n"))).isEqualTo("a ZIP archive");
  }

  @Test
  void aDamagedZipIsNamedToo() throws IOException {
    Path file = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(ZipKind.of(file)).isEqualTo("a ZIP archive (damaged)");
  }

  @Test
  void imagesAreNamedByTheirMagicNumbers() {
    byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bmp = new byte[32];
    bmp[0] = 'B';
    bmp[1] = 'M';
    bmp[14] = 40;
    assertThat(BinaryKind.of(webp, webp.length, dir)).isEqualTo("a WebP image");
    assertThat(BinaryKind.of(heic, heic.length, dir)).isEqualTo("a HEIC image");
    assertThat(BinaryKind.of(bmp, bmp.length, dir)).isEqualTo("a BMP image");
    byte[] words = "BMI;gewicht\n22;70\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(BinaryKind.of(words, words.length, dir)).isNull();
  }
}
