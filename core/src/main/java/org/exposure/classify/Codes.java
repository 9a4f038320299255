package org.exposure.classify;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validators for the codes of health records: LOINC test codes, ICD-10 diagnosis codes, Dutch AGB
 * provider codes, and record identifiers (sample and patient numbers, UUIDs), and the names of
 * screening tests. Stateless and thread-safe.
 */
final class Codes {
  private static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?");
  private static final Set<String> TEST_NAMES = Set.of("uitstrijkje", "zelfafnameset", "zas",
      "zelfafname", "hpvtest", "hrhpvtest", "hpv", "hrhpv", "cytologie", "cytologisch onderzoek",
      "papsmear", "pap", "paptest", "cervixcytologie", "cervicalcytology", "cervicalsmear",
      "smear", "liquidbasedcytology", "lbc", "colposcopie", "colposcopy", "biopt", "biopsie",
      "biopsy", "bloedonderzoek", "bloodtest", "hpvdnatest", "controleuitstrijkje",
      "vervolguitstrijkje", "herhalingsuitstrijkje");

  /** Words that name a test wherever they stand in a longer name. */
  private static final List<String> TEST_STEMS = List.of("uitstrijkje", "zelfafname", "cytologie",
      "cytology", "smear", "colposcop", "biopt", "biopsie", "biopsy", "hpvtest", "hpvdna", "paptest",
      "zytolog", "kotest", "cotest", "frottis", "abstrich", "cervicalscreening", "primaryscreen");

  private static final int MAX_TEST_NAME_LENGTH = 40;

  private Codes() {}

  /** A LOINC code, {@code NNNNN-C}, whose check digit C is the LOINC mod-10 check of the digits. */
  public static boolean isLoinc(String value) {
    String s = withoutSystem(value.strip(), "loinc:", "ln:");
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
    return ICD10.matcher(withoutSystem(value.strip(), "icd10:", "icd10cm:", "icd-10:",
        "icd10gm:", "icd-10-cm:", "icd10-cm:").toUpperCase(Locale.ROOT)).matches();
  }

  /**
   * The code without the name of its system before it, as warehouses write codes of several systems
   * in one column ({@code LOINC:2345-7}, {@code ICD10CM:E11.9}, i2b2's {@code concept_cd}).
   */
  private static String withoutSystem(String code, String... systems) {
    for (String system : systems) {
      if (code.regionMatches(true, 0, system, 0, system.length())) {
        return code.substring(system.length()).strip();
      }
    }
    return code;
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

  /**
   * One to five ASCII letters, then groups of digits joined by {@code - _ /} holding at least four
   * digits in all ("CD8576243476", "T24-04222", "S25-517487"), and an optional final letter; or a
   * hexadecimal pseudonym of at least twelve characters with both letters and digits.
   */
  private static boolean isPrefixedNumber(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && isAsciiLetter(s.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return isHexPseudonym(s);
    }
    if (i > 5) {
      return false;
    }
    int digits = 0;
    boolean separatorAllowed = true;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        separatorAllowed = true;
      } else if ((c == '-' || c == '_' || c == '/') && separatorAllowed && i + 1 < n) {
        separatorAllowed = false;
      } else {
        break;
      }
    }
    if (digits < 4 || !separatorAllowed) {
      return false;
    }
    return i == n || (i == n - 1 && isAsciiLetter(s.charAt(i)));
  }

  private static boolean isHexPseudonym(String s) {
    if (s.length() < 12 || s.length() > 64) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
        letter = true;
      } else {
        return false;
      }
    }
    return letter && digit;
  }

  /**
   * A SNOMED CT concept identifier: 6 to 18 digits, no leading zero, partition 00 or 10 (a concept, in
   * the core or an extension) and a valid Verhoeff check digit.
   */
  public static boolean isSnomedConcept(String value) {
    String s = withoutSystem(value.strip(), "snomed:", "sct:", "snomedct:", "snomed-ct:");
    int n = s.length();
    if (n < 6 || n > 18 || s.charAt(0) == '0' || NationalIds.digitsOnly(s, n) == null) {
      return false;
    }
    char partition = s.charAt(n - 3);
    return s.charAt(n - 2) == '0' && (partition == '0' || partition == '1') && verhoeff(s);
  }

  /** A SNOMED CT fully specified name of a procedure: "Colposcopy (procedure)". */
  public static boolean isSnomedProcedureName(String value) {
    String s = value.strip();
    return s.endsWith("(procedure)") || s.endsWith("(regime/therapy)");
  }

  /**
   * An ATC code of a medicine (WHO Anatomical Therapeutic Chemical classification) at its fifth level:
   * a letter, two digits, two letters, two digits ({@code "J07BM01"}, {@code "A10BA02"}).
   */
  public static boolean isAtcCode(String value) {
    String s = value.strip();
    return s.length() == 7 && isAsciiLetter(s.charAt(0)) && isDigit(s.charAt(1)) && isDigit(s.charAt(2))
        && isAsciiLetter(s.charAt(3)) && isAsciiLetter(s.charAt(4)) && isDigit(s.charAt(5))
        && isDigit(s.charAt(6)) && "ABCDGHJLMNPRSV".indexOf(Character.toUpperCase(s.charAt(0))) >= 0;
  }

  /** Units in which a medicine's strength is written. */
  /**
   * Endings of international non-proprietary names (the WHO's INN stems): an antibiotic's -cycline,
   * an antiviral's -vir, an ACE inhibitor's -pril. A word of seven letters or more that ends so names
   * a medicine in any language that writes INNs.
   */
  private static final List<String> INN_STEMS = List.of("cillin", "mycin", "micin", "cycline",
      "oxacin", "cef", "vir", "mab", "pril", "sartan", "olol", "statin", "azole", "tidine", "dipine",
      "semide", "thiazide", "oxetine", "azepam", "azolam", "triptan", "parin", "formin", "gliptin",
      "gliflozin", "profen", "coxib", "olone", "asone", "caine", "tinib", "platin", "rubicin",
      "citabine", "dronate", "lukast", "setron", "buterol", "moterol", "meterol", "sonide", "glitazone", "mectin", "pramine",
      "triptyline", "peridone", "apine", "azepine", "tadine", "zosin", "barbital", "fibrate",
      "glinide", "gestrel", "estrol", "tretinoin", "conazole");

  /** The shortest word read as an INN by its ending: "aciclovir", not "elvir". */
  private static final int INN_MIN_LETTERS = 7;

  /**
   * Whether a value names a medicine by its international non-proprietary name ("PrEP
   * (emtricitabine/tenofovir)", "Doxycycline"), with or without its strength.
   */
  public static boolean namesMedicine(String value) {
    if (value.length() > 200) {
      return false;
    }
    if (isMedicationWithStrength(value)) {
      return true;
    }
    for (String word : ResultGrader.tokens(value)) {
      if (word.length() >= INN_MIN_LETTERS && word.chars().allMatch(Character::isLetter)) {
        for (String stem : INN_STEMS) {
          if (word.endsWith(stem) || stem.equals("cef") && word.startsWith(stem)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final Set<String> STRENGTH_UNITS = Set.of("mg", "mcg", "ug", "g", "ml", "iu", "ie",
      "eh", "units", "unit", "mmol", "meq", "hr", "actuat", "mgml", "mg/ml");

  /**
   * A medicine named with its strength, as prescriptions and Synthea write them: {@code "Metformin 500
   * MG Oral Tablet"}, {@code "paracetamol 500mg"}, {@code "Insulin 100 UNT/ML"}: a word, then a number
   * followed by a unit of strength.
   */
  public static boolean isMedicationWithStrength(String value) {
    if (value.length() > 200) {
      return false;
    }
    List<String> words = ResultGrader.tokens(value);
    boolean name = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!name) {
        name = w.length() > 2 && Character.isLetter(w.charAt(0));
        continue;
      }
      int digits = 0;
      while (digits < w.length() && isDigit(w.charAt(digits))) {
        digits++;
      }
      if (digits == 0) {
        continue;
      }
      String unit = digits < w.length() ? w.substring(digits)
          : i + 1 < words.size() ? words.get(i + 1) : "";
      if (STRENGTH_UNITS.contains(unit) || unit.equals("unt")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A SNOMED CT fully specified name with its semantic tag of a clinical finding or disorder: "Human
   * papilloma virus infection (disorder)".
   */
  public static boolean isSnomedFindingName(String value) {
    String s = value.strip();
    return s.endsWith("(disorder)") || s.endsWith("(finding)") || s.endsWith("(morphologic abnormality)");
  }

  private static final int[][] VERHOEFF_D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VERHOEFF_P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

  /** Whether the digits, their check digit last, pass Verhoeff's dihedral check. */
  static boolean verhoeff(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = VERHOEFF_D[c][VERHOEFF_P[i % 8][d]];
    }
    return c == 0;
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

  /**
   * The name of a screening or lab test: "uitstrijkje", "zelfafnameset", "HPV-test", "Pap smear",
   * "Cytologie (reflex)", "BVO-uitstrijkje".
   */
  public static boolean isTestName(String value) {
    String s = ResultGrader.squash(value);
    if (TEST_NAMES.contains(s)) {
      return true;
    }
    if (value.length() > MAX_TEST_NAME_LENGTH) {
      return false; // a sentence that mentions a test is a note, not a test's name
    }
    for (String stem : TEST_STEMS) {
      if (s.contains(stem)) {
        return true;
      }
    }
    return false;
  }
}
