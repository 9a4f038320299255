package org.exposure.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names a ZIP file by what it holds: an Office Open XML package by the main part its content types
 * declare (a workbook, a Word document, a presentation), an OpenDocument file by its {@code
 * mimetype} entry, else a ZIP archive. Reads only the central directory and one small entry.
 * Stateless.
 */
final class ZipKind {
  /** The most of an entry read to name the package: content types are a few KiB. */
  private static final int MAX_TYPES_BYTES = 1 << 16;

  private ZipKind() {}

  /** What the ZIP file is, e.g. "a Word document (.docx)". */
  static String of(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String types = text(zip, "[Content_Types].xml");
      if (types != null) {
        if (types.contains("spreadsheetml.sheet.main") || types.contains("ms-excel.sheet.")
            || types.contains("spreadsheetml.template.main")) {
          return "an Excel workbook (.xlsx), which exposure-excel-adapter reads";
        }
        if (types.contains("wordprocessingml.")) {
          return "a Word document (.docx)";
        }
        if (types.contains("presentationml.")) {
          return "a PowerPoint presentation (.pptx)";
        }
        return "an Office Open XML package";
      }
      String mimetype = text(zip, "mimetype");
      if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
        String kind = mimetype.substring("application/vnd.oasis.opendocument.".length()).trim();
        return switch (kind) {
          case "text" -> "an OpenDocument text (.odt)";
          case "spreadsheet" -> "an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV";
          case "presentation" -> "an OpenDocument presentation (.odp)";
          default -> "an OpenDocument file";
        };
      }
      return "a ZIP archive";
    } catch (IOException | RuntimeException e) {
      return "a ZIP archive (damaged)";
    }
  }

  private static String text(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes(MAX_TYPES_BYTES), StandardCharsets.UTF_8);
    }
  }
}
