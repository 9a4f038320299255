package org.exposure.classify;

import java.text.Normalizer;
import java.util.Map;
import org.exposure.model.ResultGrade;

/**
 * Grades a screening result value: hrHPV results and genotypes (Dutch and English wording), Dutch Pap
 * classes 0-5 with 3a1/3a2/3b, Bethesda terms and CIN grades. A value it cannot read grades as
 * {@link ResultGrade#NONE}. Stateless and thread-safe.
 *
 * <pre>{@code
 * ResultGrader.grade("hrHPV positief");  // ABNORMAL_LOW_GRADE
 * ResultGrader.grade("Pap 3b");          // ABNORMAL_HIGH_GRADE
 * }</pre>
 */
final class ResultGrader {
  /** SNOMED CT codes of screening results (reference/dutch-health-data.md, section 2.3). */
  private static final Map<String, ResultGrade> SNOMED_RESULTS = Map.ofEntries(
      Map.entry("260415000", ResultGrade.NORMAL), // not detected
      Map.entry("260373001", ResultGrade.ABNORMAL_LOW_GRADE), // detected
      Map.entry("720005005", ResultGrade.ABNORMAL_LOW_GRADE), // hrHPV DNA detected
      Map.entry("77851000146104", ResultGrade.NORMAL), // hrHPV DNA not detected
      Map.entry("125154007", ResultGrade.UNSATISFACTORY), // specimen unsatisfactory
      Map.entry("373887005", ResultGrade.NORMAL), // NILM
      Map.entry("416032004", ResultGrade.NORMAL), // cytology normal
      Map.entry("441087007", ResultGrade.ABNORMAL_LOW_GRADE), // ASC-US
      Map.entry("62051000119105", ResultGrade.ABNORMAL_LOW_GRADE), // LSIL
      Map.entry("441088002", ResultGrade.ABNORMAL_HIGH_GRADE), // ASC-H
      Map.entry("62061000119107", ResultGrade.ABNORMAL_HIGH_GRADE), // HSIL
      Map.entry("441219009", ResultGrade.ABNORMAL_HIGH_GRADE), // AGC
      Map.entry("373883009", ResultGrade.ABNORMAL_HIGH_GRADE), // AGC, favour neoplastic
      Map.entry("51642000", ResultGrade.ABNORMAL_HIGH_GRADE), // adenocarcinoma in situ
      Map.entry("285836003", ResultGrade.ABNORMAL_LOW_GRADE), // CIN 1
      Map.entry("285838002", ResultGrade.ABNORMAL_HIGH_GRADE), // CIN 2
      Map.entry("20365006", ResultGrade.ABNORMAL_HIGH_GRADE), // CIN 3
      Map.entry("92564006", ResultGrade.ABNORMAL_HIGH_GRADE), // carcinoma in situ of cervix
      Map.entry("1162767002", ResultGrade.CANCER), // squamous cell carcinoma
      Map.entry("254886006", ResultGrade.CANCER), // cervical squamous cell carcinoma
      Map.entry("254887002", ResultGrade.CANCER)); // cervical adenocarcinoma

  private ResultGrader() {}

  /** The grade of one result value. */
  public static ResultGrade grade(String value) {
    String s = squash(value);
    if (s.isEmpty()) {
      return ResultGrade.NONE;
    }
    ResultGrade coded = SNOMED_RESULTS.get(s);
    if (coded != null) {
      return coded;
    }
    ResultGrade pap = papClass(s);
    if (pap != ResultGrade.NONE) {
      return pap;
    }
    if (s.length() == 12 && s.startsWith("k") && s.charAt(2) == 'o' && s.charAt(4) == 'p') {
      return kopacB(s.charAt(1) + "" + s.charAt(3) + s.charAt(5) + s.charAt(7) + s.charAt(9)
          + s.charAt(11));
    }
    // In situ is precancer, not cancer: test it before "carcino".
    if (s.startsWith("hsil") || s.startsWith("asch") || s.startsWith("agc") || s.startsWith("ais")
        || s.equals("cin2") || s.equals("cin3") || s.equals("cin23") || s.contains("insitu")) {
      return ResultGrade.ABNORMAL_HIGH_GRADE;
    }
    if (s.contains("carcino") || s.contains("scc") || s.contains("maligne")
        || s.contains("malignant")) {
      return ResultGrade.CANCER;
    }
    if (s.startsWith("ascus") || s.startsWith("lsil") || s.equals("cin1")) {
      return ResultGrade.ABNORMAL_LOW_GRADE;
    }
    if (s.startsWith("nilm") || s.equals("normaal") || s.equals("normal")) {
      return ResultGrade.NORMAL;
    }
    if (s.contains("onbeoordeelbaar") || s.contains("unsatisfactory") || s.contains("ongeschikt")) {
      return ResultGrade.UNSATISFACTORY;
    }
    // Negatives first: "niet aangetoond" contains "aangetoond", "not detected" contains "detected".
    if (s.contains("negatief") || s.contains("negative") || s.equals("neg")
        || s.contains("nietaangetoond") || s.contains("notdetected")) {
      return ResultGrade.NORMAL;
    }
    if (s.contains("positief") || s.contains("positive") || s.equals("pos")
        || s.contains("aangetoond") || s.contains("detected")) {
      return ResultGrade.ABNORMAL_LOW_GRADE;
    }
    if (s.startsWith("hpv16") || s.startsWith("hpv18") || s.startsWith("overig")
        || s.startsWith("otherhr") || s.startsWith("hrhpvoverig") || s.startsWith("hrhpvother")) {
      return ResultGrade.ABNORMAL_LOW_GRADE; // a genotype is only reported for a positive test
    }
    return ResultGrade.NONE;
  }

  /**
   * Grades a KOPAC-B code: six digits 1-9 for K, O, P, A, C and B, as Dutch labs write it
   * ({@code "213111"}), graded by its P (squamous epithelium) digit: 1-2 normal, 3-4 borderline or mild
   * dyskaryosis, 5-7 moderate dyskaryosis to carcinoma in situ, 8-9 (micro-)invasive carcinoma. Bare
   * digits are only read this way where the column is known to hold KOPAC-B.
   *
   * @return the grade, or {@link ResultGrade#NONE} if the value is not a KOPAC-B code
   */
  public static ResultGrade kopacB(String value) {
    String s = value.strip();
    if (s.length() != 6) {
      return ResultGrade.NONE;
    }
    for (int i = 0; i < 6; i++) {
      if (s.charAt(i) < '1' || s.charAt(i) > '9') {
        return ResultGrade.NONE;
      }
    }
    int p = s.charAt(2) - '0';
    if (p <= 2) {
      return ResultGrade.NORMAL;
    }
    if (p <= 4) {
      return ResultGrade.ABNORMAL_LOW_GRADE;
    }
    return p <= 7 ? ResultGrade.ABNORMAL_HIGH_GRADE : ResultGrade.CANCER;
  }

  /** Pap 0..5 with 3a1, 3a2, 3b; "pap" prefix required except for the unambiguous 3a1/3a2/3b. */
  private static ResultGrade papClass(String s) {
    String code;
    if (s.startsWith("pap")) {
      code = s.substring(s.startsWith("papklasse") ? 9 : 3);
    } else if (s.equals("3a1") || s.equals("3a2") || s.equals("3b")) {
      code = s;
    } else {
      return ResultGrade.NONE;
    }
    switch (code) {
      case "0":
        return ResultGrade.UNSATISFACTORY;
      case "1":
        return ResultGrade.NORMAL;
      case "2":
      case "3a1":
      case "3a":
        return ResultGrade.ABNORMAL_LOW_GRADE;
      case "3a2":
      case "3b":
      case "4":
        return ResultGrade.ABNORMAL_HIGH_GRADE;
      case "5":
        return ResultGrade.CANCER;
      default:
        return ResultGrade.NONE;
    }
  }

  /**
   * Lower case, accents, spaces and punctuation removed: "ASC-US" and "asc us" read alike. Each
   * character is decomposed on its own: normalising the whole value would put every run of combining
   * marks in canonical order, an insertion sort (quadratic on a long run of alternating marks), for
   * marks that are removed anyway.
   */
  static String squash(String value) {
    return squash((CharSequence) value);
  }

  static String squash(CharSequence value) {
    int length = value.length();
    boolean squashed = true; // lower-case ASCII letters and digits only: returned as it is
    for (int i = 0; i < length && squashed; i++) {
      char c = value.charAt(i);
      squashed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    if (squashed) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(value, i);
      i += Character.charCount(c);
      if (c < 0x80) {
        keep((char) c, out);
      } else if (!isMark(c)) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        for (int k = 0; k < decomposed.length(); k++) {
          keep(decomposed.charAt(k), out);
        }
      }
    }
    return out.toString();
  }

  /** Adds the character in lower case if it is a letter or an ASCII digit. */
  private static void keep(char c, StringBuilder out) {
    if (c >= 'A' && c <= 'Z') {
      out.append((char) (c + ('a' - 'A')));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.append(c);
    } else if (Character.isLetter(c)) {
      out.append(Character.toLowerCase(c));
    }
  }

  /** A combining mark: never a letter, nor decomposed into one. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
