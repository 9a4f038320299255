package org.exposure.classify;

import java.util.Optional;

/**
 * Postcodes by country: the Netherlands ({@code 1234 AB}, or its four digits), the United States (ZIP,
 * ZIP+4), the United Kingdom (outward and inward code, {@code SW1A 1AA}), Belgium, Austria,
 * Switzerland and Norway (four digits), Germany, France, Spain, Italy and Finland (five digits) and
 * Poland ({@code 00-950}) and Portugal ({@code 1000-001}). Each check reads the value once, in time linear in its length.
 *
 * <p>A postcode's <em>class form</em> is what equivalence classes compare: the Dutch postcode as it was
 * ({@code "1234 AB"}, {@code "1234"}), others behind their country ({@code "US 02108"}, {@code "GB SW1A
 * 1"}, {@code "BE 1000"}, {@code "DE 10115"}, {@code "FR 75001"}, {@code "ES 28001"}, {@code "IT
 * 00184"}, {@code "AT 1010"}, {@code "CH 8001"}). A UK postcode is compared by its
 * sector (outward code and the inward digit), a ZIP+4 by its ZIP: the finer forms do not fit a class
 * code. Stateless and thread-safe.
 */
final class Postcodes {
  /** The countries whose postcodes are known, in the order of their class codes after NL (0). */
  static final String COUNTRIES = "NL US GB BE DE FR ES IT AT CH NO FI PL PT";

  private Postcodes() {}

  /** A US ZIP code: five digits, or ZIP+4 ({@code 12345-6789}, or its nine digits without the hyphen). */
  static boolean isUsZip(String value) {
    String s = value.strip();
    // Nine digits are a ZIP+4 as X12 claims (N403) and many US systems write it, without the hyphen.
    return (s.length() == 5 || s.length() == 9) && digits(s, 0, s.length()) || isZipPlus4(s);
  }

  /** A ZIP+4 code, {@code 12345-6789}: a form no other country's postcode has. */
  static boolean isZipPlus4(String value) {
    String s = value.strip();
    return s.length() == 10 && s.charAt(5) == '-' && digits(s, 0, 5) && digits(s, 6, 10);
  }

  /** Five digits, as US, German and French postcodes are written: the form alone tells no country. */
  static boolean isFiveDigits(String value) {
    String s = value.strip();
    return s.length() == 5 && digits(s, 0, 5);
  }

  /** Four digits, the first not 0: a Belgian postcode, or a Dutch one's digits. */
  static boolean isFourDigits(String value) {
    String s = value.strip();
    return s.length() == 4 && s.charAt(0) != '0' && digits(s, 0, 4);
  }

  /** A German postcode (Postleitzahl): five digits from 01001 to 99998. */
  static boolean isGerman(String value) {
    String s = value.strip();
    if (s.length() != 5 || !digits(s, 0, 5)) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 1001 && n <= 99998;
  }

  /** A French postcode: five digits, a département 01 to 95 (20 for Corsica) or 97/98 overseas. */
  static boolean isFrench(String value) {
    String s = value.strip();
    if (s.length() != 5 || !digits(s, 0, 5)) {
      return false;
    }
    int dept = Integer.parseInt(s, 0, 2, 10);
    return dept >= 1 && dept <= 95 || dept == 97 || dept == 98;
  }

  /** A Spanish postcode (código postal, Correos): five digits, the first two a province, 01 to 52. */
  static boolean isSpanish(String value) {
    String s = value.strip();
    if (s.length() != 5 || !digits(s, 0, 5)) {
      return false;
    }
    int province = Integer.parseInt(s, 0, 2, 10);
    return province >= 1 && province <= 52;
  }

  /** An Italian postcode (CAP, Poste Italiane): five digits, 00010 to 98168. */
  static boolean isItalian(String value) {
    String s = value.strip();
    if (s.length() != 5 || !digits(s, 0, 5)) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 10 && n <= 98168;
  }

  /** An Austrian postcode (Post AG): four digits, 1010 to 9992, the first the region. */
  static boolean isAustrian(String value) {
    String s = value.strip();
    if (s.length() != 4 || !digits(s, 0, 4)) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 1010 && n <= 9992;
  }

  /** A Norwegian postcode (postnummer, Posten): four digits, 0001 to 9991, Oslo's starting with 0. */
  static boolean isNorwegian(String value) {
    String s = value.strip();
    return s.length() == 4 && digits(s, 0, 4) && !s.equals("0000") && s.compareTo("9991") <= 0;
  }

  /** A Polish postcode (kod pocztowy, Poczta Polska) as written, {@code 00-950}. */
  static boolean isPolishDashed(String value) {
    String s = value.strip();
    return s.length() == 6 && s.charAt(2) == '-' && digits(s, 0, 2) && digits(s, 3, 6);
  }

  /** A Portuguese postcode (código postal, CTT), {@code 1000-001}: four digits from 1000, three more. */
  static boolean isPortuguese(String value) {
    String s = value.strip();
    return s.length() == 8 && s.charAt(4) == '-' && s.charAt(0) != '0' && digits(s, 0, 4)
        && digits(s, 5, 8);
  }

  /** A Swiss postcode (PLZ/NPA, Swiss Post): four digits, 1000 to 9658. */
  static boolean isSwiss(String value) {
    String s = value.strip();
    if (s.length() != 4 || !digits(s, 0, 4)) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 1000 && n <= 9658;
  }

  /**
   * A UK postcode: an outward code of one or two letters, a digit, and a digit or a letter or nothing
   * ({@code A9}, {@code A99}, {@code A9A}, {@code AA9}, {@code AA99}, {@code AA9A}), then, after an
   * optional space, an inward code of a digit and two letters; any case.
   */
  static boolean isUk(String value) {
    return ukOutwardEnd(value.strip()) > 0;
  }

  /**
   * Where the outward code of a UK postcode ends in {@code s} (stripped), or -1 if {@code s} is none.
   */
  private static int ukOutwardEnd(String s) {
    int n = s.length();
    if (n < 5 || n > 8) {
      return -1;
    }
    int inward = n - 3;
    if (!isDigit(s.charAt(inward)) || !isLetter(s.charAt(inward + 1)) || !isLetter(s.charAt(inward + 2))) {
      return -1;
    }
    int end = s.charAt(inward - 1) == ' ' ? inward - 1 : inward;
    int length = end; // the outward code is s[0, end)
    if (length < 2 || length > 4 || !isLetter(s.charAt(0))) {
      return -1;
    }
    int i = isLetter(s.charAt(1)) ? 2 : 1;
    if (i >= length || !isDigit(s.charAt(i))) {
      return -1;
    }
    i++;
    if (i < length && (isDigit(s.charAt(i)) || isLetter(s.charAt(i)))) {
      i++;
    }
    return i == length ? end : -1;
  }

  /**
   * The class form of a postcode of the given country, or, for a country not known ({@code ""}), of
   * the country its form tells (a Dutch postcode or its four digits, a UK postcode, a ZIP+4); empty
   * if it is none.
   */
  static Optional<String> classForm(String value, String country) {
    String s = value.strip();
    switch (country) {
      case "US":
        return isUsZip(s) ? Optional.of("US " + s.substring(0, 5)) : Optional.empty();
      case "GB":
        return ukSector(s);
      case "BE":
        return isFourDigits(s) ? Optional.of("BE " + s) : Optional.empty();
      case "DE":
        return isGerman(s) ? Optional.of("DE " + s) : Optional.empty();
      case "FR":
        return isFrench(s) ? Optional.of("FR " + s) : Optional.empty();
      case "ES":
        return isSpanish(s) ? Optional.of("ES " + s) : Optional.empty();
      case "IT":
        return isItalian(s) ? Optional.of("IT " + s) : Optional.empty();
      case "AT":
        return isAustrian(s) ? Optional.of("AT " + s) : Optional.empty();
      case "CH":
        return isSwiss(s) ? Optional.of("CH " + s) : Optional.empty();
      case "NO":
        return isNorwegian(s) ? Optional.of("NO " + s) : Optional.empty();
      case "FI":
        return isFiveDigits(s) ? Optional.of("FI " + s) : Optional.empty();
      case "PL":
        return isPolishDashed(s) ? Optional.of("PL " + s.substring(0, 2) + s.substring(3))
            : isFiveDigits(s) ? Optional.of("PL " + s) : Optional.empty();
      case "PT":
        return isPortuguese(s) ? Optional.of("PT " + s.substring(0, 4) + s.substring(5))
            : Optional.empty();
      case "NL":
        return dutch(s);
      default:
        Optional<String> nl = dutch(s);
        if (nl.isPresent()) {
          return nl;
        }
        if (isZipPlus4(s)) {
          return Optional.of("US " + s.substring(0, 5));
        }
        if (isPolishDashed(s)) {
          return Optional.of("PL " + s.substring(0, 2) + s.substring(3));
        }
        if (isPortuguese(s)) {
          return Optional.of("PT " + s.substring(0, 4) + s.substring(5));
        }
        return ukSector(s);
    }
  }

  /** {@code "1234 AB"}, or {@code "1234"} where only the four digits were given. */
  private static Optional<String> dutch(String s) {
    Optional<String> full = ValuePatterns.postcode(s);
    if (full.isPresent()) {
      return full;
    }
    return isFourDigits(s) ? Optional.of(s) : Optional.empty();
  }

  /** {@code "GB SW1A 1"}: the outward code in upper case and the inward code's digit. */
  private static Optional<String> ukSector(String s) {
    int end = ukOutwardEnd(s);
    if (end < 0) {
      return Optional.empty();
    }
    return Optional.of("GB " + s.substring(0, end).toUpperCase(java.util.Locale.ROOT) + ' '
        + s.charAt(s.length() - 3));
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
