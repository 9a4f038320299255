package org.exposure.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A writer of lines for a terminal or a log, whose every line is one line and holds no control:
 * the names it prints (files, folders, a subject's key) are anyone's, and a name with a line break, an
 * escape sequence or a bidirectional override could forge a second {@code exposure:} line, clear the
 * screen or reorder what the user reads. Such characters are written as escapes (a backslash and
 * {@code n}, or a backslash, {@code u} and four hexadecimal digits); all else is written as it is.
 */
final class PrintableLines extends PrintWriter {
  PrintableLines(PrintWriter out) {
    super(out, true);
  }

  @Override
  public void println(String line) {
    super.println(printable(line));
  }

  /** The text with every control character written as an escape. */
  static String printable(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (s != null) {
          s.append(c);
        }
        continue;
      }
      if (s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return s == null ? text : s.toString();
  }

  /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
        || c == '\u200f' || c == '\u061c';
  }
}
