package org.exposure.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validators for the codes of health records: LOINC test codes, ICD-10 diagnosis codes, Dutch AGB
 * provider codes, and record identifiers (sample and patient numbers, UUIDs), and the names of
 * screening tests. Stateless and thread-safe.
 */
public final class Codes {
  private static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?");
  private static final Set<String> TEST_NAMES = Set.of("uitstrijkje", "zelfafnameset", "zas",
      "zelfafname", "hpvtest", "hrhpvtest", "hpv", "hrhpv", "cytologie", "cytologisch onderzoek",
      "papsmear", "pap", "paptest", "cervixcytologie", "cervicalcytology", "cervicalsmear",
      "smear", "liquidbasedcytology", "lbc", "colposcopie", "colposcopy", "biopt", "biopsie",
      "biopsy", "bloedonderzoek", "bloodtest", "hpvdnatest", "controleuitstrijkje",
      "vervolguitstrijkje", "herhalingsuitstrijkje");

  private Codes() {}

  /** A LOINC code, {@code NNNNN-C}, whose check digit C is the LOINC mod-10 check of the digits. */
  public static boolean isLoinc(String value) {
    String s = value.strip();
    int dash = s.indexOf('-');
    if (dash < 1 || dash > 5 || dash != s.length() - 2) {
      return false;
    }
    String body = s.substring(0, dash);
    char check = s.charAt(dash + 1);
    if (check < '0' || check > '9' || NationalIds.digitsOnly(body, body.length()) == null) {
      return false;
    }
    return loincCheckDigit(body) == check - '0';
  }

  /** The Luhn-style mod-10 check digit LOINC uses. */
  static int loincCheckDigit(String digits) {
    int sum = 0;
    boolean doubled = true; // the rightmost digit is doubled
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  /** An ICD-10 code such as {@code C53.9} or {@code N87}. */
  public static boolean isIcd10(String value) {
    return ICD10.matcher(value.strip().toUpperCase(Locale.ROOT)).matches();
  }

  /**
   * A Dutch AGB code: eight digits, the first two naming the kind of care provider (01 for GPs), never
   * 00. Only meaningful under a provider header: many numbers have eight digits.
   */
  public static boolean isAgbCode(String value) {
    String d = NationalIds.digitsOnly(value.strip(), 8);
    return d != null && !d.startsWith("00");
  }

  /** A record identifier: a UUID, or a short letter prefix and at least four digits ("CD8576243476"). */
  public static boolean isRecordIdentifier(String value) {
    String s = value.strip();
    return isPrefixedNumber(s) || isUuid(s);
  }

  /** One to five ASCII letters, an optional separator, four or more digits, an optional letter. */
  private static boolean isPrefixedNumber(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isAsciiLetter(s.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 5) {
      return false;
    }
    if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '_' || s.charAt(i) == '/')) {
      i++;
    }
    int digitsStart = i;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i - digitsStart < 4) {
      return false;
    }
    return i == n || (i == n - 1 && isAsciiLetter(s.charAt(i)));
  }

  private static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The name of a screening or lab test: "uitstrijkje", "zelfafnameset", "HPV-test", "Pap smear". */
  public static boolean isTestName(String value) {
    return TEST_NAMES.contains(ResultGrader.squash(value)) || TEST_NAMES.contains(
        value.strip().toLowerCase(Locale.ROOT));
  }
}
