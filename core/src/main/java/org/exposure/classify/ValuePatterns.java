package org.exposure.classify;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Value validators for the field types that have a recognisable shape: Dutch postcodes, e-mail
 * addresses, phone numbers, street-and-number lines, sex codes and IBANs. Each is a cheap check on one
 * value; the classifier counts how many sampled values of a column pass. Each runs in time linear in the
 * value's length, whatever the value. Stateless and thread-safe.
 */
final class ValuePatterns {
  // Possessive where what follows cannot start with what is repeated: the same matches, without
  // trying every split of a run of spaces ("Kerkstraat 12" and a thousand spaces before a full stop).
  private static final Pattern STREET_AND_NUMBER = Pattern.compile("(?:\\d{1,2}e\\s++)?"
      + "\\p{L}[\\p{L}\\p{M} .'-]*\\p{L}\\.?\\s++\\d{1,5}(?:\\s*+[-/]?\\s*+[\\p{L}\\d]{1,4})?");
  /**
   * Sexes and genders as extracts write them, folded (lower case, no accents), by what they say:
   * Dutch, English, German, French, Spanish, Italian and Scandinavian words and letters, and ISO
   * 5218's digits (read only under a sex header: a digit alone names nothing).
   */
  private static final Map<String, String> SEXES = sexes();
  /** Longer than the longest sex word ("vrouwelijk", "mezczyzna") with room for spaces. */
  private static final int MAX_SEX_CHARS = 16;

  private static Map<String, String> sexes() {
    Map<String, String> m = new HashMap<>();
    for (String f : List.of("v", "f", "w", "k", "vrouw", "vrouwelijk", "female", "woman", "femme",
        "feminin", "weiblich", "frau", "mujer", "femenino", "donna", "femminile", "kvinne", "kvinna",
        "kobieta", "2")) {
      m.put(f, "F");
    }
    for (String male : List.of("m", "man", "mannelijk", "male", "homme", "masculin", "mannlich",
        "maennlich", "mann", "hombre", "masculino", "uomo", "maschile", "mezczyzna", "1")) {
      m.put(male, "M");
    }
    for (String x : List.of("o", "x", "u", "d", "onbekend", "unknown", "anders", "other", "divers",
        "inconnu", "unbekannt", "0", "9")) {
      m.put(x, "X");
    }
    return Map.copyOf(m);
  }

  /** Endings of street names; not "-veld" or "-hof", which end as many family names. */
  private static final List<String> STREET_SUFFIXES = List.of("straat", "str.", "laan", "weg",
      "plein", "gracht", "kade", "singel", "dijk", "dreef", "park", "steeg", "pad", "markt",
      "plantsoen", "boulevard", "burgwal", "haven", "road", "street", "avenue", "lane", "drive");

  /**
   * The countries of the SWIFT IBAN registry (ISO 13616) and the fixed length of their IBANs. Dependent
   * territories that use their state's code (Guernsey GB, Åland FI, Réunion FR...) need no entry.
   */
  private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths(
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
          + "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 "
          + "HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 "
          + "MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 "
          + "RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 "
          + "VG24 XK20 YE30");
  private static final int MAX_IBAN_LENGTH = 34;

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

  /**
   * Whether the value looks like an e-mail address: as
   * {@code [A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}} would match it whole, read
   * by hand in one pass (that pattern recurses once per label: a stack overflow on "a@a.a.a...").
   */
  public static boolean isEmail(String value) {
    return isEmail((CharSequence) value);
  }

  static boolean isEmail(CharSequence value) {
    CharSequence s = strip(value);
    int length = s.length();
    if (length > 2 && s.charAt(length - 1) == '>') {
      // "Anna de Vries <anna@example.nl>", as mail programs and their spreadsheet exports write it
      int open = s.toString().lastIndexOf('<');
      if (open >= 0 && s.toString().indexOf('>') == length - 1) {
        return isEmail(s.subSequence(open + 1, length - 1));
      }
    }
    int at = 0;
    while (at < s.length() && isEmailLocalChar(s.charAt(at))) {
      at++;
    }
    return at > 0 && at < s.length() && s.charAt(at) == '@'
        && emailDomainEnd(s, at + 1) == s.length(); // so the last label is two letters or more
  }

  /** A character of an address's local part: {@code [A-Za-z0-9._%+'-]}. */
  static boolean isEmailLocalChar(char c) {
    return isEmailDomainChar(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '\'';
  }

  /** A character of a domain's label: {@code [A-Za-z0-9-]}. */
  private static boolean isEmailDomainChar(char c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c == '-';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Where an address whose domain starts at {@code from} ends, as
   * {@code [A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}} would first match there, or -1: the labels
   * run on while a dot is followed by a label character; the address ends after the leading letters of
   * the last label, after the first, that starts with two letters.
   */
  static int emailDomainEnd(CharSequence s, int from) {
    int length = s.length();
    int i = from;
    while (i < length && isEmailDomainChar(s.charAt(i))) {
      i++;
    }
    if (i == from) {
      return -1;
    }
    int end = -1;
    while (i + 1 < length && s.charAt(i) == '.' && isEmailDomainChar(s.charAt(i + 1))) {
      int label = i + 1;
      i = label;
      while (i < length && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      if (i - label >= 2) {
        end = i;
      }
      while (i < length && isEmailDomainChar(s.charAt(i))) {
        i++;
      }
    }
    return end;
  }

  /** The characters without white space at either end, as {@link String#strip()} leaves them. */
  static CharSequence strip(CharSequence s) {
    int start = 0;
    int end = s.length();
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.subSequence(start, end);
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
    return isStreetAndNumber((CharSequence) value);
  }

  static boolean isStreetAndNumber(CharSequence value) {
    return STREET_AND_NUMBER.matcher(strip(value)).matches();
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

  /** Whether the value is a sex or gender code (M/V/F/W/X, man/vrouw, male/female, weiblich...). */
  public static boolean isSexCode(String value) {
    String v = value.strip();
    return !(v.length() == 1 && Character.isDigit(v.charAt(0))) && sex(v).isPresent();
  }

  /** {@code "F"}, {@code "M"} or {@code "X"} for a sex or gender code or ISO 5218 digit. */
  static Optional<String> sex(String value) {
    if (value.length() > MAX_SEX_CHARS) {
      return Optional.empty(); // and a long run of accents is never normalised (its reordering is slow)
    }
    // Accents folded, but no sign dropped: "{x}" is no X
    String folded = Normalizer.normalize(value.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return Optional.ofNullable(SEXES.get(folded));
  }

  /**
   * Whether the value is an IBAN (ISO 13616; spaces ignored, letters in any case): the code of a country
   * in the SWIFT IBAN registry, two check digits, then letters and digits up to that country's fixed
   * length (18 in the Netherlands, 16 in Belgium, 22 in Germany...), the whole passing the mod-97 check.
   * Without the length and the check digits, about one name in ninety of fifteen letters or more passed.
   */
  public static boolean isIban(String value) {
    return isIban((CharSequence) value);
  }

  static boolean isIban(CharSequence value) {
    char[] s = new char[MAX_IBAN_LENGTH];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (n == MAX_IBAN_LENGTH) {
        return false;
      }
      s[n++] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    if (n < 4 || !isAsciiDigit(s[2]) || !isAsciiDigit(s[3])) {
      return false;
    }
    Integer length = IBAN_LENGTHS.get(new String(s, 0, 2));
    if (length == null || length != n) {
      return false;
    }
    int remainder = 0;
    for (int k = 0; k < n; k++) {
      char c = s[(k + 4) % n]; // the country code and check digits moved to the end
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }

  private static Map<String, Integer> ibanLengths(String table) {
    Map<String, Integer> lengths = new HashMap<>();
    for (String entry : table.split(" ")) {
      lengths.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(lengths);
  }
}
