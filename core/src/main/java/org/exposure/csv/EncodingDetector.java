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
 * accented name there is one byte in 0x80..0xFF that seldom forms a valid UTF-8 sequence. UTF-16
 * without a BOM is told by its NUL in every other byte.
 *
 * <p>A file that is not text is refused whole, with what it looks like: a PDF, an image, an archive
 * or Office document, an executable, by its first bytes ({@link BinaryKind}); any other with many
 * control bytes. A text file with a few NUL bytes is read, and its records that hold them are
 * rejected.
 */
final class EncodingDetector {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How far to look for the NUL and control bytes of UTF-16, UTF-32 and binary files. */
  private static final int BINARY_PROBE = 8192;
  /** Above this share of control bytes a file is binary; a few NULs in text are records to reject. */
  private static final double MAX_CONTROL_SHARE = 0.05;
  /** The shares of NUL bytes on the wide and the narrow side of UTF-16 or UTF-32 text. */
  private static final double WIDE_SHARE = 0.6;
  private static final double NARROW_SHARE = 0.05;
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
      String kind = BinaryKind.of(buffer, n, file);
      if (kind != null) {
        throw new UnusableSourceException(source, "looks like " + kind + ", not a text extract");
      }
      int probe = Math.min(n, BINARY_PROBE) & ~3;
      if (isUtf32(buffer, probe)) { // its byte-order mark starts as UTF-16's
        throw new UnusableSourceException(source, "looks like UTF-32 text, which is not read as "
            + "CSV; save it as UTF-8");
      }
      if (bom != null) {
        return bom;
      }
      Encoding wide = utf16WithoutBom(buffer, probe);
      if (wide != null) {
        return wide;
      }
      if (controlShare(buffer, Math.min(n, BINARY_PROBE)) > MAX_CONTROL_SHARE) {
        throw new UnusableSourceException(source,
            "the file holds many control bytes: it looks binary, not a text extract");
      }
      return new Encoding(utf8Evidence(in, buffer, n) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }
  }

  /**
   * UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte, on the same side;
   * little-endian when the NULs come second.
   */
  private static Encoding utf16WithoutBom(byte[] b, int probe) {
    if (probe < 4) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < probe; i += 2) {
      even += b[i] == 0 ? 1 : 0;
      odd += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = probe / 2;
    if (odd >= WIDE_SHARE * pairs && even <= NARROW_SHARE * pairs) {
      return new Encoding(StandardCharsets.UTF_16LE, 0);
    }
    if (even >= WIDE_SHARE * pairs && odd <= NARROW_SHARE * pairs) {
      return new Encoding(StandardCharsets.UTF_16BE, 0);
    }
    return null;
  }

  /** UTF-32, with or without a byte-order mark: three NULs in every four bytes of ASCII text. */
  private static boolean isUtf32(byte[] b, int probe) {
    if (probe < 8) {
      return false;
    }
    int[] nul = new int[4];
    for (int i = 0; i < probe; i++) {
      nul[i & 3] += b[i] == 0 ? 1 : 0;
    }
    int quads = probe / 4;
    boolean little = nul[1] >= WIDE_SHARE * quads && nul[2] >= WIDE_SHARE * quads
        && nul[3] >= WIDE_SHARE * quads && nul[0] <= NARROW_SHARE * quads;
    boolean big = nul[0] >= WIDE_SHARE * quads && nul[1] >= WIDE_SHARE * quads
        && nul[2] >= WIDE_SHARE * quads && nul[3] <= NARROW_SHARE * quads;
    return little || big;
  }

  /**
   * The share of control bytes other than tab, line breaks and form feeds; a run of NULs (padding)
   * counts once. Text holds next to none; a file of other bytes about one in ten.
   */
  private static double controlShare(byte[] b, int n) {
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0 && i > 0 && b[i - 1] == 0) {
        continue;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b && c != 0x1a)
          || c == 0x7f) {
        control++;
      }
    }
    return n == 0 ? 0 : (double) control / n;
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
