package org.exposure.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What a file that is not a text extract looks like, by the magic number its first bytes hold: a
 * PDF document, an image, an archive or Office document, an executable. Stateless.
 */
final class BinaryKind {
  private record Magic(int offset, byte[] bytes, String kind) {}

  /** The ZIP magic's kind, told apart by what the ZIP holds ({@link ZipKind}). */
  private static final String ZIP = "a ZIP archive";

  private static final List<Magic> MAGICS = List.of(
      magic(0, "%PDF-", "a PDF document"),
      magic(0, new int[] {0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, "a PNG image"),
      magic(0, new int[] {0xff, 0xd8, 0xff}, "a JPEG image"),
      magic(0, "GIF87a", "a GIF image"),
      magic(0, "GIF89a", "a GIF image"),
      magic(0, new int[] {'I', 'I', 0x2a, 0}, "a TIFF image"),
      magic(0, new int[] {'M', 'M', 0, 0x2a}, "a TIFF image"),
      magic(0, new int[] {'P', 'K', 3, 4}, ZIP),
      magic(0, new int[] {'P', 'K', 5, 6}, "an empty ZIP archive"),
      magic(0, new int[] {'P', 'K', 7, 8}, "a ZIP archive"),
      magic(0, new int[] {0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1},
          "an old Office document (.xls, .doc) or another OLE file"),
      magic(0, new int[] {0x1f, 0x8b}, "a gzip archive"),
      magic(8, "WEBP", "a WebP image"), // after "RIFF" and a length
      magic(4, "ftypheic", "a HEIC image"),
      magic(4, "ftypheix", "a HEIC image"),
      magic(4, "ftypmif1", "a HEIF image"),
      magic(4, "ftyphevc", "a HEIC image"),
      magic(4, "1AY&SY", "a bzip2 archive"), // after "BZh" and a digit, which start words too
      magic(0, new int[] {0xfd, '7', 'z', 'X', 'Z', 0}, "an xz archive"),
      magic(0, new int[] {'7', 'z', 0xbc, 0xaf, 0x27, 0x1c}, "a 7-Zip archive"),
      magic(0, new int[] {'R', 'a', 'r', '!', 0x1a, 0x07}, "a RAR archive"),
      magic(0, new int[] {0x28, 0xb5, 0x2f, 0xfd}, "a Zstandard archive"),
      magic(257, "ustar", "a tar archive"),
      magic(0, new int[] {0x7f, 'E', 'L', 'F'}, "an ELF executable"),
      magic(0, new int[] {0xca, 0xfe, 0xba, 0xbe}, "a Java class file"),
      magic(0, "SQLite format 3\0", "an SQLite database"));

  private BinaryKind() {}

  /**
   * What the first {@code n} bytes of a file say it is, or null if they name no binary format; a
   * ZIP file is named by what it holds (an Office or OpenDocument file, else an archive).
   */
  static String of(byte[] b, int n, Path file) {
    for (Magic magic : MAGICS) {
      if (n >= magic.offset() + magic.bytes().length && startsWith(b, magic.offset(), magic.bytes())) {
        return magic.kind().equals(ZIP) ? ZipKind.of(file) : magic.kind();
      }
    }
    if (n >= 18 && b[0] == 'B' && b[1] == 'M' && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0
        && (b[14] == 12 || b[14] == 40 || b[14] == 56 || b[14] == 108 || b[14] == 124)
        && b[15] == 0) {
      return "a BMP image"; // "BM" starts words: its reserved zeros and header size tell it
    }
    // "MZ" starts many words; an executable's header holds NULs soon after it.
    if (n >= 64 && b[0] == 'M' && b[1] == 'Z' && indexOfNul(b, 64) >= 0) {
      return "a Windows executable";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Magic magic(int offset, String ascii, String kind) {
    return new Magic(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), kind);
  }

  private static Magic magic(int offset, int[] bytes, String kind) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return new Magic(offset, b, kind);
  }
}
