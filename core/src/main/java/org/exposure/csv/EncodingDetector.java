package org.exposure.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposure.model.UnusableSourceException;

/**
 * Decides how a text extract is encoded: by its byte-order mark (UTF-8, UTF-16), else by whether its
 * non-ASCII bytes form valid UTF-8 sequences. Dutch Excel exports without a BOM are Windows-1252; an
 * accented name there is one byte in 0x80..0xFF that seldom forms a valid UTF-8 sequence.
 */
final class EncodingDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How far to look for NUL bytes, the sign of a binary file. */
  private static final int BINARY_PROBE = 8192;
  /** How many bytes to read past the first non-ASCII byte before deciding. */
  private static final long EVIDENCE_WINDOW = 4L << 20;
  /** UTF-8 wins while valid multi-byte sequences outnumber invalid ones by this factor. */
  private static final int UTF8_MAJORITY = 4;

  private EncodingDetector() {}

  /** The charset and the length of the byte-order mark to skip. */
  record Encoding(Charset charset, int bomLength) {}

  static Encoding detect(Path file, String source) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      int n = in.readNBytes(buffer, 0, buffer.length);
      Encoding bom = byBom(buffer, n);
      if (n == 0 || (bom != null && n == bom.bomLength())) {
        throw new UnusableSourceException(source, "the file is empty; expected a header row");
      }
      if (bom != null) {
        return bom;
      }
      for (int i = 0; i < Math.min(n, BINARY_PROBE); i++) {
        if (buffer[i] == 0) {
          throw new UnusableSourceException(
              source, "the file holds NUL bytes: it looks binary, not a text extract");
        }
      }
      return new Encoding(utf8Evidence(in, buffer, n) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }
  }

  private static Encoding byBom(byte[] b, int n) {
    if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /**
   * Whether the bytes read as UTF-8: pure ASCII does (the whole file is scanned, as one accented name
   * deep in a Windows-1252 file decides it), and so do non-ASCII bytes that are mostly valid UTF-8
   * sequences; a few invalid ones are rows to reject, not a different encoding.
   */
  private static boolean utf8Evidence(InputStream in, byte[] buffer, int firstRead)
      throws IOException {
    int valid = 0;
    int invalid = 0;
    int pending = 0; // continuation bytes still expected
    long sinceFirstNonAscii = -1;
    int n = firstRead;
    while (n > 0) {
      for (int i = 0; i < n; i++) {
        int b = buffer[i] & 0xff;
        if (pending > 0) {
          if (b >= 0x80 && b <= 0xbf) {
            if (--pending == 0) {
              valid++;
            }
            continue;
          }
          invalid++;
          pending = 0; // and read b afresh
        }
        if (b < 0x80) {
          continue;
        }
        if (sinceFirstNonAscii < 0) {
          sinceFirstNonAscii = 0;
        }
        if (b >= 0xc2 && b <= 0xdf) {
          pending = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
          pending = 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
          pending = 3;
        } else {
          invalid++;
        }
      }
      if (sinceFirstNonAscii >= 0) {
        sinceFirstNonAscii += n;
        if (sinceFirstNonAscii > EVIDENCE_WINDOW) {
          break;
        }
      }
      n = in.readNBytes(buffer, 0, buffer.length);
    }
    if (pending > 0) {
      invalid++;
    }
    return invalid == 0 || valid >= UTF8_MAJORITY * invalid;
  }
}
