package org.exposure.classify;

/**
 * Validators for national identifiers that write their holder's birth date: the Norwegian
 * fødselsnummer, the Finnish henkilötunnus and the Polish PESEL. Each {@code ...Form} method gives a
 * value's canonical form (separators removed, letters in upper case) if the value is written so and its
 * date part is a date, null otherwise; each {@code ...Valid} method checks a canonical form's check
 * digits. Linear in the value's length, never throws. {@link BuiltInScheme} makes them
 * {@link NationalIdScheme}s. Stateless and thread-safe.
 */
final class BirthDateIds {
  /** Skatteetaten's weights of the fødselsnummer's first check digit (k1) and second (k2). */
  private static final int[] FNR_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] FNR_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  /** The henkilötunnus's check characters by remainder mod 31 (DVV): no G, I, O, Q, Z. */
  private static final String HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  /** Century signs: + 1800s, - and U-Y 1900s, A-F 2000s (the last two sets since 2023). */
  private static final String HETU_CENTURIES = "+-UVWXYABCDEF";
  /** The PESEL's weights (Polish Ministry of Digital Affairs). */
  private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  private BirthDateIds() {}

  /**
   * A Norwegian fødselsnummer's 11 digits ({@code 311299 56715}), if its first six are a date DDMMYY: a
   * D-number adds 40 to the day, an H-number 40 to the month, Skatteetaten's synthetic test numbers 80.
   */
  static String fnrForm(String value) {
    String d = NationalIds.digitsOnly(value.strip(), 11);
    if (d == null) {
      return null;
    }
    int day = Integer.parseInt(d, 0, 2, 10);
    int month = Integer.parseInt(d, 2, 4, 10) % 40;
    boolean dayOk = day >= 1 && day <= 31 || day >= 41 && day <= 71;
    return dayOk && month >= 1 && month <= 12 ? d : null;
  }

  /**
   * Whether a fødselsnummer carries its two mod-11 check digits (Skatteetaten): k1 over the first nine
   * digits, k2 over the first ten; a digit computed as 10 is never issued.
   */
  static boolean fnrValid(String fnr) {
    return mod11Check(fnr, FNR_K1) == fnr.charAt(9) - '0'
        && mod11Check(fnr, FNR_K2) == fnr.charAt(10) - '0';
  }

  /** 11 minus the weighted sum mod 11 (11 read as 0), or -1 where that is 10. */
  private static int mod11Check(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? -1 : check;
  }

  /**
   * A Finnish henkilötunnus, {@code DDMMYYCZZZQ} ({@code 131052-308T}), in upper case without spaces, if
   * its date part is a date and its century sign one of {@code + - A-F U-Y}; null otherwise.
   */
  static String hetuForm(String value) {
    String s = value.strip();
    if (s.length() != 11) {
      return null;
    }
    char[] c = s.toUpperCase(java.util.Locale.ROOT).toCharArray();
    if (c.length != 11 || HETU_CENTURIES.indexOf(c[6]) < 0) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 6 && (c[i] < '0' || c[i] > '9')) {
        return null;
      }
    }
    int day = (c[0] - '0') * 10 + c[1] - '0';
    int month = (c[2] - '0') * 10 + c[3] - '0';
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? new String(c) : null;
  }

  /**
   * Whether a henkilötunnus carries its check character: the nine digits of date and individual number
   * mod 31, from {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}. Individual numbers 900-999 are the temporary
   * ones hospitals give before the register does, and are valid here.
   */
  static boolean hetuValid(String hetu) {
    int number = Integer.parseInt(hetu, 0, 6, 10) * 1000 + Integer.parseInt(hetu, 7, 10, 10);
    int individual = Integer.parseInt(hetu, 7, 10, 10);
    return individual >= 2 && hetu.charAt(10) == HETU_CHECKS.charAt(number % 31);
  }

  /**
   * A Polish PESEL's 11 digits, if its first six are a date YYMMDD whose month carries the century
   * (1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60).
   */
  static String peselForm(String value) {
    String d = NationalIds.digitsOnly(value.strip(), 11);
    if (d == null) {
      return null;
    }
    int month = Integer.parseInt(d, 2, 4, 10) % 20;
    int day = Integer.parseInt(d, 4, 6, 10);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : null;
  }

  /** Whether a PESEL carries its check digit: weights 1, 3, 7, 9 repeated, 10 minus the sum mod 10. */
  static boolean peselValid(String pesel) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (pesel.charAt(i) - '0') * PESEL_WEIGHTS[i];
    }
    return (10 - sum % 10) % 10 == pesel.charAt(10) - '0';
  }
}
