package org.exposure.classify;

/**
 * Phone numbers by country, in their national and international forms: the Netherlands ({@code +31},
 * {@code 0031}, {@code 06...}), the NANP of the United States ({@code +1}, {@code (555) 123-4567}), the
 * United Kingdom ({@code +44}, {@code 07...}), Belgium ({@code +32}), Germany ({@code +49}), France
 * ({@code +33}), Spain ({@code +34}), Italy ({@code +39}), Austria ({@code +43}), Switzerland
 * ({@code +41}), Norway ({@code +47}), Finland ({@code +358}), Poland ({@code +48}) and Portugal
 * ({@code +351}). A number in international form belongs to one country; one in national form
 * ({@code 0612345678}) may be written the same way in several, and the file's other columns decide.
 * Each check reads the value once, in time linear in its length. Stateless and thread-safe.
 */
final class Phones {
  private static final int MAX_DIGITS = 16;

  private Phones() {}

  /**
   * Whether the value is a phone number of the given country (ISO 3166-1 alpha-2: NL, US, GB, BE, DE,
   * FR, ES, IT, AT, CH, NO, FI, PL, PT) in its international or national form. Spaces, hyphens, dots, slashes and
   * parentheses are ignored; a + may only lead.
   */
  static boolean isOf(String value, String country) {
    if (value.length() > 32) {
      return false;
    }
    char[] d = new char[MAX_DIGITS];
    int n = 0;
    boolean plus = false;
    boolean grouped = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        if (n == MAX_DIGITS) {
          return false;
        }
        d[n++] = c;
      } else if (c == '+' && n == 0 && !plus && !grouped) {
        plus = true;
      } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
        grouped |= n > 0 || c == '(';
      } else {
        return false;
      }
    }
    int from = plus ? 0 : n > 2 && d[0] == '0' && d[1] == '0' ? 2 : -1;
    if (from >= 0) {
      return international(d, from, n, country);
    }
    return national(d, n, grouped, country);
  }

  private static boolean international(char[] d, int from, int n, String country) {
    String code = switch (country) {
      case "NL" -> "31";
      case "US" -> "1";
      case "GB" -> "44";
      case "BE" -> "32";
      case "DE" -> "49";
      case "FR" -> "33";
      case "ES" -> "34";
      case "IT" -> "39";
      case "AT" -> "43";
      case "CH" -> "41";
      case "NO" -> "47";
      case "FI" -> "358";
      case "PL" -> "48";
      case "PT" -> "351";
      default -> null;
    };
    if (code == null || n - from <= code.length()) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      if (d[from + i] != code.charAt(i)) {
        return false;
      }
    }
    int start = from + code.length();
    int rest = n - start;
    char first = d[start];
    return switch (country) {
      case "NL" -> rest == 9 && first != '0';
      case "US" -> rest == 10 && nanp(d, start);
      case "GB" -> (rest == 9 || rest == 10) && first != '0';
      case "BE" -> (rest == 8 || rest == 9) && first != '0';
      case "DE" -> rest >= 6 && rest <= 13 && first != '0';
      case "FR" -> rest == 9 && first != '0';
      case "ES" -> spanish(first, rest);
      case "IT" -> italian(first, rest);
      case "AT" -> rest >= 4 && rest <= 13 && first != '0';
      case "CH" -> rest == 9 && first != '0';
      case "NO" -> rest == 8 && first >= '2';
      case "FI" -> rest >= 5 && rest <= 12 && first != '0';
      case "PL" -> rest == 9 && first != '0';
      case "PT" -> rest == 9 && (first == '2' || first == '9');
      default -> false;
    };
  }

  private static boolean national(char[] d, int n, boolean grouped, String country) {
    boolean trunk = n > 1 && d[0] == '0' && d[1] != '0';
    return switch (country) {
      case "NL" -> n == 10 && trunk;
      // Ten bare digits are as often an account or an NHS number: a NANP number is grouped.
      case "US" -> grouped && (n == 10 && nanp(d, 0) || n == 11 && d[0] == '1' && nanp(d, 1));
      case "GB" -> n == 11 && trunk;
      case "BE" -> trunk && (n == 9 || n == 10 && d[1] == '4');
      case "DE" -> trunk && n >= 6 && n <= 12;
      case "FR" -> n == 10 && trunk;
      // Spain dials no trunk 0: nine digits, mobiles from 6 or 7, fixed lines from 8 or 9 (CNMC plan).
      case "ES" -> spanish(d[0], n);
      // Italy keeps a fixed line's 0 in every form; mobiles start with 3 (AGCOM plan).
      case "IT" -> italian(d[0], n);
      // Austria's and Finland's numbers vary in length behind the trunk 0 (RTR, Traficom plans).
      case "AT" -> trunk && n >= 7 && n <= 13;
      case "CH" -> n == 10 && trunk; // 0 and nine digits (BAKOM plan)
      // Norway and Poland dial no trunk 0: eight and nine digits (Nkom, UKE plans).
      case "NO" -> n == 8 && d[0] >= '2';
      case "FI" -> trunk && n >= 6 && n <= 12;
      case "PL" -> n == 9 && d[0] >= '1';
      // Portugal neither: nine digits, fixed lines from 2, mobiles from 9 (ANACOM plan).
      case "PT" -> n == 9 && (d[0] == '2' || d[0] == '9');
      default -> false;
    };
  }

  /** A Spanish subscriber number: nine digits, the first 6 to 9. */
  private static boolean spanish(char first, int digits) {
    return digits == 9 && first >= '6' && first <= '9';
  }

  /** An Italian number after +39, or as dialled at home: a fixed line 0 + 5-10 digits, a mobile 3 + 8-9. */
  private static boolean italian(char first, int digits) {
    return first == '0' ? digits >= 6 && digits <= 11 : first == '3' && (digits == 9 || digits == 10);
  }

  /** Ten NANP digits from {@code at}: area code and exchange start with 2-9, the area code is no N11. */
  private static boolean nanp(char[] d, int at) {
    return d[at] >= '2' && d[at + 3] >= '2' && !(d[at + 1] == '1' && d[at + 2] == '1');
  }
}
