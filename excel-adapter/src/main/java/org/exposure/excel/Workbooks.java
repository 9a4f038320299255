package org.exposure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.exposure.spi.ExtractSource;
import org.xml.sax.SAXException;

/**
 * Lists the sheets of an {@code .xlsx} workbook, each as a {@link SheetTable} named {@code
 * book.xlsx!Sheet1}, and words the damage of one that cannot be read. Stateless.
 */
final class Workbooks {
  /** Chart sheets, dialog sheets: parts of a workbook that hold no cells. */
  static final String NOT_A_WORKSHEET = "a chart sheet, not a table";

  private Workbooks() {}

  /** A sheet of a workbook: its table, or, for a part that holds no cells, why not. */
  record Sheet(ExtractSource source, SheetTable table, String notATable) {}

  /**
   * The workbook's sheets, in the workbook's order.
   *
   * @throws UnreadableWorkbookException if it is not a workbook that can be read, with why
   * @throws IOException if the file cannot be read
   */
  static List<Sheet> sheets(ExtractSource workbook) throws IOException {
    Path file = workbook.file();
    long size = Files.size(file); // a file that cannot be read at all stops the run, as a CSV's does
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<String> names = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      List<SheetTable.Dimension> rows = new ArrayList<>();
      List<String> types = new ArrayList<>();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          names.add(it.getSheetName());
          parts.add(it.getSheetPart().getPartName().getName());
          types.add(it.getSheetPart().getContentType());
          rows.add(SheetTable.declared(in));
        }
      }
      List<Sheet> sheets = new ArrayList<>(names.size());
      for (int i = 0; i < names.size(); i++) {
        // By position, not by name: a sheet's name is the workbook's content ("Jansen 12-03-1975").
        ExtractSource sheet = new ExtractSource(file, workbook.name() + "!sheet" + (i + 1));
        if (!types.get(i).contains("worksheet")) {
          sheets.add(new Sheet(sheet, null, NOT_A_WORKSHEET));
        } else {
          sheets.add(new Sheet(sheet,
              new SheetTable(sheet, parts.get(i), rows.get(i), size / names.size()), null));
        }
      }
      return sheets;
    } catch (OpenXML4JException | IOException | RuntimeException e) {
      throw new UnreadableWorkbookException(damage(e));
    }
  }

  /**
   * The damage an exception tells of, in words of our own: POI's messages may name parts and
   * paths, never cells, but they are not written for a data-protection officer.
   */
  static String damage(Exception e) {
    if (e instanceof EncryptedDocumentException) {
      return OfficeFiles.ENCRYPTED;
    }
    if (e instanceof SAXException) {
      return "a damaged workbook (.xlsx): a sheet's XML breaks off";
    }
    if (e instanceof NotOfficeXmlFileException) {
      return "a ZIP file that is not an Office workbook, or a damaged one";
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb")) {
      return "a workbook whose parts expand beyond the safe ratio of a ZIP file (a ZIP bomb?)";
    }
    return "a damaged workbook (.xlsx): its ZIP container or XML parts could not be read";
  }

  /** A workbook that cannot be read at all, with a reason that quotes none of its content. */
  static final class UnreadableWorkbookException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableWorkbookException(String reason) {
      super(reason);
    }
  }
}
