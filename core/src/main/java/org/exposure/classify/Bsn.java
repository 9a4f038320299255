package org.exposure.classify;

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
 * Bsn.checked("123456789");     // Optional.empty
 * }</pre>
 */
final class Bsn {
  private Bsn() {}

  /**
   * The nine-digit form of a BSN-like value: separators (space, dot, hyphen) removed, eight digits padded
   * with a leading zero. Does not check the 11-proef.
   *
   * @return the nine digits, or empty if the value does not have 8 or 9 digits
   */
  public static Optional<String> normalize(String value) {
    String nine = NationalIds.digitsOnly(value, 9);
    if (nine != null) {
      return Optional.of(nine);
    }
    String eight = NationalIds.digitsOnly(value, 8);
    return eight == null ? Optional.empty() : Optional.of("0" + eight);
  }

  /**
   * The nine-digit form of a value, as by {@link #normalize}, if it passes the 11-proef: a number a
   * person can have, where placeholders such as {@code 000000000}, {@code 999999999} or
   * {@code 123456789} fail.
   *
   * @return the nine digits, or empty if the value is not a valid BSN
   */
  public static Optional<String> checked(String value) {
    return normalize(value).filter(Bsn::passesElevenTest);
  }

  /** Whether the value, normalised as by {@link #normalize}, passes the 11-proef. */
  public static boolean isValid(String value) {
    return normalize(value).map(Bsn::passesElevenTest).orElse(false);
  }

  private static boolean passesElevenTest(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum > 0 && sum % 11 == 0;
  }
}
