package org.exposure.fhir;

import java.util.Locale;

/**
 * Finds, in one pass over a resource's JSON or XML text, a number HAPI FHIR must not be given: one
 * with an exponent beyond ±{@link #MAX_EXPONENT} or more than {@link #MAX_DIGITS} digits. HAPI reads
 * a decimal through {@code BigDecimal} and writes it out plain, so {@code 1e9999999} (ten million
 * characters) never ends, {@code 1e1000000} takes seconds, {@code 1e2147483647} fails inside the JDK,
 * and a number of a million digits is parsed in quadratic time. FHIR's decimals and integers come
 * nowhere near these bounds (a decimal has at most 18 significant digits in practice).
 *
 * <p>JSON numbers are checked for both bounds. JSON strings and XML attribute values that hold
 * nothing but a number (HAPI parses a quoted decimal too, as {@code value="1e999999"}) are checked for
 * their digits only, after their escapes ({@code \u0031}, {@code &#49;}) are decoded: parsed from
 * text, a large exponent costs HAPI nothing (1e9999999 is read at once; 1e2147483647 fails and the
 * resource is rejected), while a million digits take seconds; and a sample number such as
 * {@code 24E012345} is no decimal to refuse. Linear in the text; nothing is copied.
 */
final class NumberBounds {
  /** The largest exponent, either way, of a number handed to HAPI. */
  static final int MAX_EXPONENT = 1000;
  /** The most digits a number handed to HAPI may have, its leading zeros and its exponent's included. */
  static final int MAX_DIGITS = 1000;

  /** Where in the text a number out of bounds is, by the line breaks before it, and why it is refused. */
  record OutOfBounds(long linesBefore, String reason) {}

  private NumberBounds() {}

  /** The first number out of bounds in a resource's text, or null if there is none. */
  static OutOfBounds find(String text, FhirFile.Kind kind) {
    return kind == FhirFile.Kind.XML ? inXml(text) : inJson(text);
  }

  private static OutOfBounds inJson(String s) {
    long lines = 0;
    Shape shape = new Shape();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        lines++;
      } else if (c == '"') {
        shape.reset();
        for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
          char d = s.charAt(i);
          if (d == '\\' && i + 1 < s.length()) {
            char e = s.charAt(++i);
            if (e == 'u' && i + 4 < s.length()) {
              d = (char) hex(s, i + 1, i + 5);
              i += 4;
            } else {
              d = e == 'n' || e == 'r' || e == 't' || e == 'b' || e == 'f' ? ' ' : e;
            }
          } else if (d == '\n') {
            lines++;
          }
          shape.add(d);
        }
        String reason = shape.reason(false);
        if (reason != null) {
          return new OutOfBounds(lines, reason);
        }
      } else if (c == '-' || c == '+' || c >= '0' && c <= '9' || c == '.') {
        shape.reset();
        for (; i < s.length() && isNumberChar(s.charAt(i)); i++) {
          shape.add(s.charAt(i));
        }
        i--;
        String reason = shape.reason(true);
        if (reason != null) {
          return new OutOfBounds(lines, reason);
        }
      }
    }
    return null;
  }

  private static boolean isNumberChar(char c) {
    return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
  }

  /** Every attribute value of every tag; comments, CDATA sections and instructions are passed over. */
  private static OutOfBounds inXml(String s) {
    long lines = 0;
    Shape shape = new Shape();
    boolean inTag = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        lines++;
      } else if (!inTag && c == '<') {
        String end = s.startsWith("<!--", i) ? "-->" : s.startsWith("<![CDATA[", i) ? "]]>"
            : s.startsWith("<?", i) ? "?>" : null;
        if (end != null) {
          int close = s.indexOf(end, i);
          int to = close < 0 ? s.length() : close + end.length();
          lines += count(s, i, to);
          i = to - 1;
        } else {
          inTag = true;
        }
      } else if (inTag && c == '>') {
        inTag = false;
      } else if (inTag && (c == '"' || c == '\'')) {
        shape.reset();
        for (i++; i < s.length() && s.charAt(i) != c; i++) {
          char d = s.charAt(i);
          if (d == '&') {
            int semi = indexOf(s, ';', i, 12); // a character reference is short: look no further
            if (semi > i + 2 && s.charAt(i + 1) == '#') {
              d = (char) (s.charAt(i + 2) == 'x' || s.charAt(i + 2) == 'X' ? hex(s, i + 3, semi)
                  : decimal(s, i + 2, semi));
              i = semi;
            }
          } else if (d == '\n') {
            lines++;
          }
          shape.add(d);
        }
        String reason = shape.reason(false);
        if (reason != null) {
          return new OutOfBounds(lines, reason);
        }
      }
    }
    return null;
  }

  /** The first {@code c} in {@code s} from {@code from} within {@code span} characters, or -1. */
  private static int indexOf(String s, char c, int from, int span) {
    for (int i = from, end = Math.min(s.length(), from + span); i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static long count(String s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The value of hexadecimal digits, or 0 (no number character) if they are not digits. */
  private static int hex(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to && i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0 || v > 0xffff) {
        return 0;
      }
      v = v * 16 + d;
    }
    return v > 0xffff ? 0 : v;
  }

  private static int decimal(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(s.charAt(i), 10);
      if (d < 0 || v > 0xffff) {
        return 0;
      }
      v = v * 10 + d;
    }
    return v > 0xffff ? 0 : v;
  }

  /**
   * Whether the characters fed one by one are a number ({@code [ws][+-]digits[.digits][(e|E)[+-]
   * digits][ws]}, digits on at least one side of the point), and if so how many digits it has and
   * how large its exponent is; constant memory.
   */
  private static final class Shape {
    /** 0 sign, 1 mantissa, 2 exponent sign, 3 exponent, 4 trailing space; -1 not a number. */
    private int state;
    private boolean leading;
    private long digits;
    private long exponentDigits;
    private long exponent;

    void reset() {
      state = 0;
      leading = true;
      digits = 0;
      exponentDigits = 0;
      exponent = 0;
    }

    void add(char c) {
      if (state < 0) {
        return;
      }
      boolean digit = c >= '0' && c <= '9';
      if (Character.isWhitespace(c)) {
        if (leading && state == 0) {
          return;
        }
        state = state == 0 ? -1 : 4;
        return;
      }
      leading = false;
      switch (state) {
        case 0, 1 -> {
          if (digit) {
            digits++;
            state = 1;
          } else if (state == 0 && (c == '-' || c == '+') && digits == 0) {
            state = 1;
          } else if (c == 'e' || c == 'E') {
            state = digits > 0 ? 2 : -1;
          } else if (c != '.') {
            state = -1;
          }
        }
        case 2, 3 -> {
          if (digit) {
            exponentDigits++;
            // Leading zeros of the exponent do not make it larger; its value is capped.
            exponent = Math.min(exponent * 10 + (c - '0'), Integer.MAX_VALUE);
            state = 3;
          } else if (state == 2 && (c == '-' || c == '+') && exponentDigits == 0) {
            state = 3;
          } else {
            state = -1;
          }
        }
        default -> state = -1;
      }
    }

    /**
     * Why the number is refused, or null if it is within bounds or not a number at all.
     *
     * @param token whether it is a JSON number: HAPI writes those out plain (the exponent's cost);
     *     a string it parses only where a decimal is due, and its digits' cost is all there is
     */
    String reason(boolean token) {
      if (state <= 0 || digits == 0 || state == 2) {
        return null;
      }
      if (token && exponent > MAX_EXPONENT) {
        return String.format(Locale.ROOT, "a number whose exponent is beyond ±%d", MAX_EXPONENT);
      }
      if (digits + exponentDigits > MAX_DIGITS) {
        return String.format(Locale.ROOT, "a number of more than %d digits", MAX_DIGITS);
      }
      return null;
    }
  }
}
