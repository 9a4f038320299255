package org.exposure.classify;

/**
 * Validators for non-Dutch national identifiers: the US social security number, the UK NHS number,
 * the Belgian national number (rijksregisternummer), the French NIR, the German health-insurance
 * number (KVNR), the Danish CPR number and the Swedish personnummer ({@link EuropeanIds} those of
 * Spain, Italy, Austria and Switzerland). Each checks the number's
 * structure and check digits only, in time linear in the value's length; {@link BuiltInScheme} makes
 * them {@link NationalIdScheme}s. Stateless and thread-safe.
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

  /**
   * Whether the value is written as a US SSN, {@code AAA-GG-SSSS}, whatever its digits: the form alone,
   * as test data writes it ({@code 999-12-3456}). The issuance rules are {@link #ssnIssuable}'s.
   */
  static boolean isSsnForm(String value) {
    String s = value.strip();
    if (s.length() != 11 || s.charAt(3) != '-' || s.charAt(6) != '-') {
      return false;
    }
    for (int i = 0; i < 11; i++) {
      char c = s.charAt(i);
      if (i != 3 && i != 6 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether nine SSN digits could have been issued: area 001-899 but not 666, group not 00, serial not
   * 0000 (the Social Security Administration's rules since 2011 randomisation).
   */
  static boolean ssnIssuable(String nineDigits) {
    int area = Integer.parseInt(nineDigits, 0, 3, 10);
    int group = Integer.parseInt(nineDigits, 3, 5, 10);
    int serial = Integer.parseInt(nineDigits, 5, 9, 10);
    return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0;
  }

  /**
   * The canonical form of a French NIR (numéro d'inscription au répertoire, the social security
   * number): 15 characters, sex, year, month, département ({@code 2A}/{@code 2B} in Corsica), commune,
   * order and the two-digit key, spaces and dots removed; null if the value is not written so.
   */
  static String nirForm(String value) {
    char[] out = new char[15];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '.' || c == '-') {
        continue;
      }
      if (n == 15) {
        return null;
      }
      if (n == 6 && (c == 'a' || c == 'b')) {
        c = Character.toUpperCase(c);
      }
      boolean corsica = n == 6 && (c == 'A' || c == 'B') && out[5] == '2';
      if (!corsica && (c < '0' || c > '9')) {
        return null;
      }
      out[n++] = c;
    }
    if (n != 15 || "12378".indexOf(out[0]) < 0) {
      return null;
    }
    return new String(out);
  }

  /**
   * Whether a NIR in {@link #nirForm canonical form} carries its key: 97 minus the first 13 digits mod
   * 97, where Corsica's 2A counts as 19 and 2B as 18.
   */
  static boolean nirKeyValid(String nir) {
    long body = 0;
    for (int i = 0; i < 13; i++) {
      char c = nir.charAt(i);
      int d;
      if (c == 'A' || c == 'B') { // the département's second character: 2A -> 19, 2B -> 18
        body = body / 10; // undo the '2' just added
        d = c == 'A' ? 19 : 18;
        body = body * 100 + d;
        continue;
      }
      d = c - '0';
      body = body * 10 + d;
    }
    int key = (nir.charAt(13) - '0') * 10 + (nir.charAt(14) - '0');
    return key >= 1 && key <= 97 && key == 97 - (int) (body % 97);
  }

  /**
   * The canonical form of a German health-insurance number (Krankenversichertennummer, the
   * unchangeable part): a capital letter and nine digits, the last a check digit; null if the value
   * is not written so.
   */
  static String kvnrForm(String value) {
    String s = value.strip();
    if (s.length() != 10) {
      return null;
    }
    char letter = Character.toUpperCase(s.charAt(0));
    if (letter < 'A' || letter > 'Z') {
      return null;
    }
    for (int i = 1; i < 10; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return letter == s.charAt(0) ? s : letter + s.substring(1);
  }

  /**
   * Whether a KVNR carries its check digit: the letter as two digits (A = 01 ... Z = 26) and the first
   * eight digits, weighted 1, 2, 1, 2..., the digits of each product summed, mod 10.
   */
  static boolean kvnrCheckValid(String kvnr) {
    int letter = kvnr.charAt(0) - 'A' + 1;
    int[] d = new int[10];
    d[0] = letter / 10;
    d[1] = letter % 10;
    for (int i = 1; i < 9; i++) {
      d[i + 1] = kvnr.charAt(i) - '0';
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int p = d[i] * (i % 2 == 0 ? 1 : 2);
      sum += p / 10 + p % 10;
    }
    return sum % 10 == kvnr.charAt(9) - '0';
  }

  /**
   * The ten digits of a Danish CPR number, {@code DDMMYY-SSSS} (hyphen optional), if its first six
   * digits are a date; null otherwise. The modulus-11 check was dropped in 2007, so the date is all
   * there is to check.
   */
  static String cprForm(String value) {
    String s = value.strip();
    String d;
    if (s.length() == 11 && s.charAt(6) == '-') {
      d = digitsOnly(s, 10);
    } else if (s.length() == 10) {
      d = digitsOnly(s, 10);
    } else {
      return null;
    }
    if (d == null) {
      return null;
    }
    int day = Integer.parseInt(d, 0, 2, 10);
    int month = Integer.parseInt(d, 2, 4, 10);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? d : null;
  }

  /**
   * The ten digits of a Swedish personnummer or samordningsnummer, {@code YYMMDD-NNNC} or
   * {@code YYYYMMDD-NNNC} ({@code +} for the over-100s; separator optional), if its date part is a date
   * (a samordningsnummer adds 60 to the day); null otherwise.
   */
  static String personnummerForm(String value) {
    String s = value.strip();
    int length = s.length();
    if (length == 11 || length == 13) {
      char sep = s.charAt(length - 5);
      if (sep != '-' && sep != '+') {
        return null;
      }
      s = s.substring(0, length - 5) + s.substring(length - 4);
      length--;
    }
    if (length != 10 && length != 12) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    String d = length == 12 ? s.substring(2) : s;
    int month = Integer.parseInt(d, 2, 4, 10);
    int day = Integer.parseInt(d, 4, 6, 10);
    if (day > 60) {
      day -= 60;
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : null;
  }

  /** Whether ten digits pass the Luhn check (weights 2, 1, 2, 1... from the first). */
  static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int p = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += p / 10 + p % 10;
    }
    return sum % 10 == 0;
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
