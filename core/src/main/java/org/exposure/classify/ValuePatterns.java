package org.exposure.classify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Value validators for the field types that have a recognisable shape: Dutch postcodes, e-mail
 * addresses, phone numbers, street-and-number lines, sex codes and IBANs. Each is a cheap check on one
 * value; the classifier counts how many sampled values of a column pass. Stateless and thread-safe.
 */
public final class ValuePatterns {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile(
          "(\\d{1,2}e\\s+)?\\p{L}[\\p{L}\\p{M} .'-]*\\p{L}\\.?\\s+\\d{1,5}(\\s*[-/]?\\s*[\\p{L}\\d]{1,4})?");
  private static final Set<String> SEX_CODES =
      Set.of("m", "v", "f", "o", "x", "u", "man", "vrouw", "male", "female", "onbekend", "unknown",
          "anders", "other");

  /** Endings of street names; not "-veld" or "-hof", which end as many family names. */
  private static final List<String> STREET_SUFFIXES = List.of("straat", "str.", "laan", "weg",
      "plein", "gracht", "kade", "singel", "dijk", "dreef", "park", "steeg", "pad", "markt",
      "plantsoen", "boulevard", "burgwal", "haven", "road", "street", "avenue", "lane", "drive");

  private ValuePatterns() {}

  /**
   * The canonical form {@code 1234 AB} of a Dutch postcode (four digits, the first not zero, two letters
   * other than SA, SD or SS; space optional, letters in any case).
   */
  public static Optional<String> postcode(String value) {
    String s = value.strip();
    int length = s.length();
    if (length != 6 && length != 7) {
      return Optional.empty();
    }
    if (s.charAt(0) < '1' || s.charAt(0) > '9') {
      return Optional.empty();
    }
    for (int i = 1; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    if (length == 7 && s.charAt(4) != ' ') {
      return Optional.empty();
    }
    char a = Character.toUpperCase(s.charAt(length - 2));
    char b = Character.toUpperCase(s.charAt(length - 1));
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return Optional.empty();
    }
    if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) {
      return Optional.empty();
    }
    return Optional.of(s.substring(0, 4) + ' ' + a + b);
  }

  /** Whether the value looks like an e-mail address. */
  public static boolean isEmail(String value) {
    return value.indexOf('@') > 0 && EMAIL.matcher(value.strip()).matches();
  }

  /**
   * Whether the value is a phone number: national (10 digits from 0 as in the Netherlands, 11 as in the
   * United Kingdom), Dutch international (+31/0031 and 9 digits) or E.164 (+ and 8 to 15 digits). Spaces, hyphens, dots and parentheses are ignored.
   */
  public static boolean isPhone(String value) {
    StringBuilder digits = new StringBuilder(16);
    boolean plus = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0 && !plus) {
        plus = true;
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        return false;
      }
    }
    String d = digits.toString();
    if (plus) {
      return d.startsWith("31") ? d.length() == 11 && d.charAt(2) != '0'
          : d.length() >= 8 && d.length() <= 15 && d.charAt(0) != '0';
    }
    if (d.startsWith("0031")) {
      return d.length() == 13 && d.charAt(4) != '0';
    }
    // Ten digits in the Netherlands ("06 12345678"), eleven in the United Kingdom ("07700 900501").
    return (d.length() == 10 || d.length() == 11) && d.charAt(0) == '0' && d.charAt(1) != '0';
  }

  /** Whether the value is a street name followed by a house number ("Kerkstraat 12a"). */
  public static boolean isStreetAndNumber(String value) {
    return STREET_AND_NUMBER.matcher(value.strip()).matches();
  }

  /** Whether the value reads as a street name or an address line: mostly letters, a few words. */
  public static boolean isStreetOrAddressLine(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > 120 || !Character.isLetterOrDigit(s.charAt(0))) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letters++;
      }
    }
    return letters >= 2 && letters * 2 >= s.length();
  }

  /** Whether the value ends as Dutch street names do: -straat, -laan, -weg, -plein, -gracht... */
  public static boolean hasStreetSuffix(String value) {
    String s = value.strip().toLowerCase(Locale.ROOT);
    if (s.length() < 4 || s.length() > 60 || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (String suffix : STREET_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value is a house number with an optional letter or addition ("12", "12a", "7-2"). */
  public static boolean isHouseNumber(String value) {
    // By hand, not by regular expression: this runs on every value of a house-number column.
    String s = value.strip();
    int n = s.length();
    int i = 0;
    while (i < n && i < 6 && isAsciiDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 5) {
      return false;
    }
    i = skipSpaces(s, i);
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '/')) {
      i = skipSpaces(s, i + 1);
    }
    int addition = n - i;
    if (addition > 4 || (addition == 0 && i > 0 && !isAsciiDigit(s.charAt(i - 1)))) {
      return false; // "12-" or "12 " with nothing after
    }
    for (; i < n; i++) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the value is a whole number of years from 0 to 120. */
  public static boolean isAge(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(s) <= 120;
  }

  /** Whether the value is a sex or gender code (M/V/F/O/X, man/vrouw, male/female...). */
  public static boolean isSexCode(String value) {
    return SEX_CODES.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether the value is an IBAN with a correct mod-97 check (spaces ignored). */
  public static boolean isIban(String value) {
    String s = value.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.length() < 15 || s.length() > 34 || !Character.isLetter(s.charAt(0))
        || !Character.isLetter(s.charAt(1))) {
      return false;
    }
    String rearranged = s.substring(4) + s.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      int n;
      if (c >= '0' && c <= '9') {
        n = c - '0';
        remainder = (remainder * 10 + n) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        n = c - 'A' + 10;
        remainder = (remainder * 100 + n) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
