package org.exposure.benchmarks;

/** Fixed-width decimal numbers and check digits the layouts' identifiers share. */
final class Digits {
  private Digits() {
  }

  /**
   * {@code value} as exactly {@code width} decimal digits, zero-padded (higher digits dropped).
   *
   * @param value a non-negative number
   * @param width the number of digits
   * @return the digits
   */
  static String of(long value, int width) {
    char[] b = new char[width];
    long rest = value;
    for (int i = width - 1; i >= 0; i--) {
      b[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new String(b);
  }

  /**
   * {@code scaled / 10^decimals} written with exactly {@code decimals} decimals, e.g. {@code -71.060312}
   * for {@code (-71060312, 6)}: a fixed-point number without {@code String.format}'s cost per call.
   *
   * @param scaled   the number times {@code 10^decimals}
   * @param decimals digits after the point, at least 1
   * @return the number as text
   */
  static String decimal(long scaled, int decimals) {
    long unit = 1;
    for (int i = 0; i < decimals; i++) {
      unit *= 10;
    }
    long magnitude = Math.abs(scaled);
    return (scaled < 0 ? "-" : "") + magnitude / unit + "." + of(magnitude % unit, decimals);
  }

  /**
   * The NHS number's check digit for its first nine digits (weights 10 down to 2, 11 minus the sum
   * mod 11, 11 read as 0), or 10 when no digit can complete them.
   *
   * @param nine the first nine digits as a number
   * @return the check digit, or 10 when the nine digits cannot start an NHS number
   */
  static int nhsCheckDigit(long nine) {
    long rest = nine;
    int sum = 0;
    for (int weight = 2; weight <= 10; weight++) { // the ninth digit has weight 2, the first 10
      sum += (int) (rest % 10) * weight;
      rest /= 10;
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  /**
   * The two check digits of a Belgian national number: 97 minus its first nine digits mod 97, the
   * nine digits prefixed with {@code 2} for people born from 2000 on.
   *
   * @param nine         the first nine digits (YYMMDD and the serial) as a number
   * @param bornFrom2000 whether the person was born in 2000 or later
   * @return the check, 1 to 97
   */
  static int belgianCheck(long nine, boolean bornFrom2000) {
    long base = bornFrom2000 ? 2_000_000_000L + nine : nine;
    return (int) (97 - base % 97);
  }
}
