package org.exposure.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells an Excel workbook by its first bytes, and names the OLE2 files (the Office container before
 * 2007, and the wrapper of an encrypted workbook) that are not read. Stateless.
 */
final class OfficeFiles {
  private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
      (byte) 0xb1, 0x1a, (byte) 0xe1};
  /** A workbook's main part, as its package's content types name it (.xlsx, .xlsm, .xltx). */
  private static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument."
      + "spreadsheetml.";
  private static final String MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.";
  private static final int LOCAL_HEADER = 30;

  /** Why a legacy workbook is not read. */
  static final String LEGACY_WORKBOOK = "an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV";
  /** Why an encrypted workbook is not read. */
  static final String ENCRYPTED = "an encrypted (password-protected) Office file: save it without a "
      + "password, as .xlsx or CSV, to assess it";

  private OfficeFiles() {}

  /** Whether the bytes open an OLE2 compound file: a legacy Office file or an encrypted one. */
  static boolean isOle2(byte[] head) {
    if (head.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (head[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes open a ZIP file's first entry, as every Office Open XML file starts. */
  static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /**
   * Whether the first bytes of a ZIP file show an Office Open XML workbook: an entry under {@code
   * xl/}, or a {@code [Content_Types].xml} entry, whole in the head, that names a workbook. Excel and
   * the libraries that write workbooks put the content types first.
   */
  static boolean isWorkbookZip(byte[] head) {
    int at = 0;
    while (at + LOCAL_HEADER <= head.length && head[at] == 'P' && head[at + 1] == 'K'
        && head[at + 2] == 3 && head[at + 3] == 4) {
      int method = u16(head, at + 8);
      long compressed = u32(head, at + 18);
      int nameLength = u16(head, at + 26);
      int extraLength = u16(head, at + 28);
      int data = at + LOCAL_HEADER + nameLength + extraLength;
      if (data > head.length) {
        return false;
      }
      String name = new String(head, at + LOCAL_HEADER, nameLength, StandardCharsets.UTF_8);
      if (name.startsWith("xl/")) {
        return true;
      }
      if (name.equals("[Content_Types].xml")) {
        String types = inflated(head, data, method);
        if (types != null) {
          return types.contains(WORKBOOK_TYPE) || types.contains(MACRO_WORKBOOK_TYPE);
        }
      }
      // Sizes written after the data (bit 3) leave the next entry's start unknown here.
      if ((u16(head, at + 6) & 8) != 0 || compressed == 0 && method != 0) {
        return false;
      }
      at = (int) Math.min(Integer.MAX_VALUE, data + compressed);
    }
    return false;
  }

  /** An entry's text from its data in the head, or null if it does not end there. */
  private static String inflated(byte[] head, int data, int method) {
    if (method == 0) {
      return new String(head, data, head.length - data, StandardCharsets.UTF_8);
    }
    if (method != 8) {
      return null;
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(head, data, head.length - data);
      byte[] out = new byte[1 << 16];
      int n = inflater.inflate(out);
      return inflater.finished() || n > 0 ? new String(out, 0, n, StandardCharsets.UTF_8) : null;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  /**
   * What an OLE2 file is, as the names of its root entries tell: a legacy workbook, an encrypted
   * Office file, a legacy Word document or presentation, or another compound file; always a reason
   * not to read it.
   */
  static String ole2Kind(Path file) {
    Set<String> entries;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      entries = fs.getRoot().getEntryNames();
    } catch (IOException | RuntimeException e) {
      return "an OLE2 compound file (an Office file before 2007) that could not be read";
    }
    if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
      return ENCRYPTED;
    }
    if (entries.contains("Workbook") || entries.contains("Book")
        || entries.contains("WORKBOOK") || entries.contains("BOOK")) {
      return LEGACY_WORKBOOK;
    }
    if (entries.contains("WordDocument")) {
      return "a Word 97-2003 document (.doc), not an extract";
    }
    if (entries.contains("PowerPoint Document")) {
      return "a PowerPoint 97-2003 presentation (.ppt), not an extract";
    }
    return "an OLE2 compound file (an Office file before 2007), not an extract";
  }

  private static int u16(byte[] b, int i) {
    return i + 1 < b.length ? (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 : 0;
  }

  private static long u32(byte[] b, int i) {
    return i + 3 < b.length ? (u16(b, i) | (long) u16(b, i + 2) << 16) : 0;
  }
}
