package org.exposure.classify;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Dutch citizen service number (burgerservicenummer): normalisation and the 11-proef.
 *
 * <p>A BSN has nine digits; an eight-digit number is read with a leading zero. It is valid when
 * {@code 9a + 8b + 7c + 6d + 5e + 4f + 3g + 2h - i} is a positive multiple of 11 ({@code 000000000}
 * sums to zero and is rejected). About one random nine-digit number in eleven passes, so a pass alone
 * never makes a column a BSN column; the classifier combines it with the header.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Bsn.isValid("111222333");  // true
 * Bsn.normalize("1112.22.333"); // Optional[111222333]
 * }</pre>
 */
public final class Bsn {
  private Bsn() {}

  /**
   * The nine-digit form of a BSN-like value: separators (space, dot, hyphen) removed, eight digits padded
   * with a leading zero. Does not check the 11-proef.
   *
   * @return the nine digits, or empty if the value does not have 8 or 9 digits
   */
  public static Optional<String> normalize(String value) {
    int digits = digits(value);
    if (digits == 9 && value.length() == 9) {
      return Optional.of(value); // the usual form, kept as it is
    }
    if (digits != 8 && digits != 9) {
      return Optional.empty();
    }
    char[] nine = new char[9];
    int n = 9 - digits;
    Arrays.fill(nine, 0, n, '0');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        nine[n++] = c;
      }
    }
    return Optional.of(new String(nine));
  }

  /** Whether the value, normalised as by {@link #normalize}, passes the 11-proef. */
  public static boolean isValid(String value) {
    int digits = digits(value);
    if (digits != 8 && digits != 9) {
      return false;
    }
    // Weights 9..2 for the first eight of the nine digits, -1 for the last; a padding 0 adds nothing.
    int position = 9 - digits;
    int sum = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        sum += (position < 8 ? 9 - position : -1) * (c - '0');
        position++;
      }
    }
    return sum > 0 && sum % 11 == 0;
  }

  /**
   * How many digits the value holds, if it holds nothing but digits and separators (space, dot,
   * hyphen); -1 if it holds anything else, 10 for more than nine digits.
   */
  private static int digits(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 9) {
          return 10;
        }
      } else if (c != ' ' && c != '.' && c != '-') {
        return -1;
      }
    }
    return digits;
  }
}
