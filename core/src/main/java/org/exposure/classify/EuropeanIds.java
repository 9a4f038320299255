package org.exposure.classify;

import java.util.Locale;

/**
 * Validators for the national identifiers of Spain (DNI and NIE), Italy (codice fiscale), Austria
 * (Sozialversicherungsnummer), Switzerland (AHV/AVS number) and Portugal (NIF). Each {@code ...Form} method gives a
 * value's canonical form (separators removed, letters in upper case) or null if the value is not
 * written so; each {@code ...Valid} method checks a canonical form. Linear in the value's length, never
 * throws. {@link BuiltInScheme} makes them {@link NationalIdScheme}s. Stateless and thread-safe.
 */
final class EuropeanIds {
  /** The DNI's check letters by the number's remainder mod 23 (Ministerio del Interior). */
  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  /** The codice fiscale's values of the characters in odd places, A-Z (digits 0-9 count as A-J). */
  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
      12, 14, 16, 10, 22, 25, 24, 23};
  /** The letters that stand for the digits 0-9 in a codice fiscale with omocodia. */
  private static final String CF_OMOCODIA = "LMNPQRSTUV";
  /** The month letters of a codice fiscale, January to December. */
  private static final String CF_MONTHS = "ABCDEHLMPRST";
  /** The weights of the Austrian SVNR's ten digits; the check digit's own place weighs 0. */
  private static final int[] SVNR_WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

  private EuropeanIds() {}

  /**
   * A Spanish DNI ({@code 12345678Z}) or NIE ({@code X1234567L}) without spaces, dots or hyphens, in
   * upper case; null if the value is neither: eight digits and a letter, or X, Y or Z, seven digits
   * and a letter.
   */
  static String dniForm(String value) {
    String s = compact(value, 9);
    if (s == null) {
      return null;
    }
    char first = s.charAt(0);
    boolean nie = first == 'X' || first == 'Y' || first == 'Z';
    for (int i = nie ? 1 : 0; i < 8; i++) {
      if (!isDigit(s.charAt(i))) {
        return null;
      }
    }
    return isLetter(s.charAt(8)) ? s : null;
  }

  /**
   * Whether a DNI or NIE in {@link #dniForm canonical form} carries its check letter: the number mod 23
   * (an NIE's X, Y, Z read as 0, 1, 2) picks it from TRWAGMYFPDXBNJZSQVHLCKE.
   */
  static boolean dniCheckValid(String dni) {
    int number = 0;
    for (int i = 0; i < 8; i++) {
      char c = dni.charAt(i);
      number = number * 10 + (isDigit(c) ? c - '0' : c - 'X');
    }
    return dni.charAt(8) == DNI_LETTERS.charAt(number % 23);
  }

  /**
   * An Italian codice fiscale of a person without spaces, in upper case; null if the value is not one's
   * form: six letters, two digits (year), a month letter, two digits (day, plus 40 for women), a letter
   * and three digits (place of birth), the check letter. A digit may be written as its omocodia letter
   * (L for 0 ... V for 9).
   */
  static String codiceFiscaleForm(String value) {
    String s = compact(value, 16);
    if (s == null) {
      return null;
    }
    for (int i = 0; i < 16; i++) {
      char c = s.charAt(i);
      boolean digitPlace = i == 6 || i == 7 || i == 9 || i == 10 || (i >= 12 && i <= 14);
      boolean ok = digitPlace ? isDigit(c) || CF_OMOCODIA.indexOf(c) >= 0 : isLetter(c);
      if (!ok) {
        return null;
      }
    }
    if (CF_MONTHS.indexOf(s.charAt(8)) < 0) {
      return null;
    }
    int day = digitOf(s.charAt(9)) * 10 + digitOf(s.charAt(10));
    return day >= 1 && day <= 31 || day >= 41 && day <= 71 ? s : null;
  }

  /**
   * Whether a codice fiscale in {@link #codiceFiscaleForm canonical form} carries its check letter
   * (DM 23 December 1976): the first 15 characters valued by the odd-place and even-place tables,
   * summed, mod 26, as a letter. The check is computed on the characters as written, omocodia letters
   * included.
   */
  static boolean codiceFiscaleCheckValid(String cf) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = cf.charAt(i);
      int index = isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? CF_ODD[index] : index; // places 1, 3, 5... (1-based) are the odd ones
    }
    return cf.charAt(15) == (char) ('A' + sum % 26);
  }

  /**
   * An Austrian Sozialversicherungsnummer's ten digits ({@code 1237 010180}, spaces, dots or hyphens
   * allowed); null if the value is not ten digits whose last six are a birth date DDMMYY. Months 13 and
   * 14 stand for the substitute birth dates given where a day ran out of numbers.
   */
  static String svnrForm(String value) {
    String d = NationalIds.digitsOnly(value.strip(), 10);
    if (d == null) {
      return null;
    }
    int day = Integer.parseInt(d, 4, 6, 10);
    int month = Integer.parseInt(d, 6, 8, 10);
    return day >= 1 && day <= 31 && month >= 1 && month <= 14 ? d : null;
  }

  /**
   * Whether an SVNR carries its check digit in the fourth place: the digits weighted 3, 7, 9, 0, 5, 8,
   * 4, 2, 1, 6, summed, mod 11; a sum leaving 10 is never issued (Dachverband der
   * Sozialversicherungsträger).
   */
  static boolean svnrCheckValid(String svnr) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (svnr.charAt(i) - '0') * SVNR_WEIGHTS[i];
    }
    int check = sum % 11;
    return check != 10 && check == svnr.charAt(3) - '0';
  }

  /**
   * A Swiss AHV/AVS number's 13 digits ({@code 756.1234.5678.97}, dots, spaces or hyphens allowed);
   * null if the value is not 13 digits starting with 756, Switzerland's ISO 3166 code.
   */
  static String ahvForm(String value) {
    String d = NationalIds.digitsOnly(value.strip(), 13);
    return d != null && d.startsWith("756") ? d : null;
  }

  /** Whether 13 digits carry their EAN-13 check digit (weights 1, 3, 1, 3... from the first). */
  static boolean ean13Valid(String digits) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == digits.charAt(12) - '0';
  }

  /**
   * A Portuguese NIF's nine digits, bare ({@code 123 456 789}) or as a VAT number behind {@code PT};
   * null otherwise.
   */
  static String nifForm(String value) {
    String s = value.strip();
    if (s.length() > 2 && (s.charAt(0) == 'P' || s.charAt(0) == 'p')
        && (s.charAt(1) == 'T' || s.charAt(1) == 't')) {
      s = s.substring(2).strip();
    }
    return NationalIds.digitsOnly(s, 9);
  }

  /** Whether a value is written as a NIF behind {@code PT}, as the VAT number it also is. */
  static boolean isPrefixedNif(String value) {
    String s = value.strip();
    return s.length() > 2 && Character.toUpperCase(s.charAt(0)) == 'P'
        && Character.toUpperCase(s.charAt(1)) == 'T' && nifForm(s) != null;
  }

  /**
   * Whether nine digits are the NIF of a person (Autoridade Tributária): first digit 1, 2 or 3
   * (residents) or 45 (non-residents), and a check digit of 11 minus the digits weighted 9 to 2 mod 11,
   * 0 where that is 10 or 11. Companies' numbers (5, 6, 8, 9...) name no one.
   */
  static boolean nifValid(String nif) {
    char first = nif.charAt(0);
    if (!(first >= '1' && first <= '3' || nif.startsWith("45"))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (nif.charAt(i) - '0') * (9 - i);
    }
    int check = 11 - sum % 11;
    return (check >= 10 ? 0 : check) == nif.charAt(8) - '0';
  }

  /**
   * The value without spaces, dots or hyphens, in upper case, if that leaves exactly {@code length}
   * ASCII letters and digits; null otherwise.
   */
  private static String compact(String value, int length) {
    if (value.length() > 2 * length + 8) {
      return null;
    }
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '.' || c == '-') {
        continue;
      }
      boolean asciiLetter = isLetter(c) || c >= 'a' && c <= 'z';
      if (!isDigit(c) && !asciiLetter || s.length() == length) {
        return null;
      }
      s.append(c);
    }
    return s.length() == length ? s.toString().toUpperCase(Locale.ROOT) : null;
  }

  private static int digitOf(char c) {
    return isDigit(c) ? c - '0' : CF_OMOCODIA.indexOf(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
