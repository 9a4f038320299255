package org.exposure.classify;

/**
 * Validators for non-Dutch national identifiers, as examples of what a breach of a foreign or
 * international extract exposes: the US social security number, the UK NHS number and the Belgian
 * national number (rijksregisternummer). Each checks the number's structure and check digits only.
 * Stateless and thread-safe.
 */
final class NationalIds {
  private NationalIds() {}

  /**
   * A US SSN written {@code AAA-GG-SSSS}: area 001-899 but not 666, group not 00, serial not 0000.
   * Undashed nine digits are not accepted: they cannot be told from a BSN.
   */
  public static boolean isUsSsn(String value) {
    String s = value.strip();
    if (s.length() != 11 || s.charAt(3) != '-' || s.charAt(6) != '-') {
      return false;
    }
    String digits = s.substring(0, 3) + s.substring(4, 6) + s.substring(7);
    if (!allDigits(digits)) {
      return false;
    }
    int area = Integer.parseInt(digits.substring(0, 3));
    int group = Integer.parseInt(digits.substring(3, 5));
    int serial = Integer.parseInt(digits.substring(5));
    return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0;
  }

  /**
   * A UK NHS number: ten digits (spaces or hyphens allowed, as in {@code 943 476 5919}) whose last
   * is the mod-11 check of the first nine with weights 10 to 2.
   */
  public static boolean isNhsNumber(String value) {
    String d = digitsOnly(value, 10);
    if (d == null) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (d.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == d.charAt(9) - '0';
  }

  /**
   * A Belgian national number: eleven digits ({@code YY.MM.DD-XXX.CC} or bare), a birth date part
   * whose month is 0-12 and day 0-31 (0 where unknown), and a check of 97 minus the first nine digits
   * mod 97, with a leading 2 for people born from 2000.
   */
  public static boolean isBelgianNationalNumber(String value) {
    String d = digitsOnly(value, 11);
    if (d == null) {
      return false;
    }
    int month = Integer.parseInt(d.substring(2, 4));
    int day = Integer.parseInt(d.substring(4, 6));
    if (month > 12 || day > 31) {
      return false;
    }
    long first9 = Long.parseLong(d.substring(0, 9));
    int check = Integer.parseInt(d.substring(9));
    return check == 97 - (int) (first9 % 97) || check == 97 - (int) ((2_000_000_000L + first9) % 97);
  }

  /** The digits of the value if it holds exactly {@code length} of them beside spaces, dots and hyphens. */
  static String digitsOnly(String value, int length) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c != ' ' && c != '.' && c != '-') {
        return null;
      }
    }
    if (digits != length) {
      return null;
    }
    if (value.length() == length) {
      return value; // digits only already
    }
    char[] out = new char[length];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        out[n++] = c;
      }
    }
    return new String(out);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
