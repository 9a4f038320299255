package org.exposure.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnoses whose exposure stigmatises beyond a screening result: mental health, HIV and sexual health,
 * substance use, pregnancy and its loss or termination, and cancer. Read from ICD-10 codes (chapter and
 * block ranges), SNOMED CT concept identifiers of common disorders, and words in Dutch and English.
 * Stateless and thread-safe; linear in the value's length.
 */
final class SensitiveDiagnoses {
  /**
   * SNOMED CT concepts (disorders) that Dutch and US records commonly carry, by category: HIV; mental
   * health; substance use; pregnancy; sexually transmitted infections; malignant neoplasm.
   */
  private static final Set<String> SNOMED = Set.of(
      "86406008", "165816005", "62479008", "52448006", // HIV disease, HIV positive, AIDS, HIV infection
      "35489007", "370143000", "36923009", "58214004", "13746004", "197480006", "47505003",
      "69322001", "191736004", // depression, major depression, schizophrenia, bipolar, anxiety, PTSD,
      // psychotic disorder, schizoaffective disorder
      "7200002", "66590003", "191816009", "75544000", "55680006", "26416006", // alcoholism, alcohol
      // dependence, drug dependence, opioid dependence, drug overdose, drug abuse
      "72892002", "77386006", "17369002", "19169002", "57797005", "156073000", // pregnancy, normal
      // pregnancy, miscarriage, miscarriage in first trimester, induced termination, fetus wasted
      "105629000", "15628003", "76272004", "33839006", // chlamydia, gonorrhoea, syphilis, genital herpes
      "363346000", "372087000", "254637007", "93761005", "363406005", "254632001"); // malignant
      // neoplasm, primary malignant neoplasm, NSCLC, colon cancer, malignant tumour of colon, SCLC

  /** Word beginnings that name a sensitive condition, as the words of a value are folded. */
  private static final List<String> STEMS = List.of(
      "depressi", "schizo", "psychos", "psychot", "bipola", "angststoornis",
      "posttraumati", "suicid", "zelfmoord", "selfharm", "automutilatie", "anorexia",
      "boulimi", "bulimi", "eetstoornis", "verslav", "addict", "alcoholism", "alcoholisme",
      "alcoholmisbruik", "alcoholafhankelijk", "drugsmisbruik", "drugsverslav", "opioid", "opiaat",
      "opiate", "heroin", "cocain", "overdos", "zwanger", "pregnan", "miskraam", "miscarriage",
      "abortus", "abortion", "zwangerschapsafbreking", "chlamydia", "gonorr", "syfilis", "syphilis",
      "kanker", "cancer", "leukemi", "leukaemi", "metasta", "oncolog", "chemotherap", "malign",
      "hivinf", "hivpos", "hivziekte");

  /** Word endings of tumours, glued to their kind: "plaveiselcelcarcinoom", "osteosarcoma". */
  private static final List<String> TUMOURS = List.of("carcinom", "carcinoom", "lymfoom", "lymphom",
      "melanoom", "melanom", "sarcoom", "sarcom");

  /** Short words that name a condition only whole: "hiv" but not "hives". */
  private static final Set<String> WORDS = Set.of("hiv", "aids", "soa", "sti", "std", "ptss", "ptsd");

  /** Two-word phrases whose words alone say nothing: "alcohol abuse", "substance use disorder". */
  private static final Set<String> PAIRS = Set.of("alcohol abuse", "alcohol dependence",
      "alcohol use", "drug abuse", "drug dependence", "drug use", "substance abuse", "substance use",
      "anxiety disorder", "eating disorder", "self harm", "genital herpes", "herpes genitalis",
      "termination of", "sexually transmitted", "personality disorder", "persoonlijkheidsstoornis");

  /** The stems and whole words by the packed first three letters of the words they match. */
  private static final Map<Integer, List<String>> BY_START = byStart();

  private SensitiveDiagnoses() {}

  private static Map<Integer, List<String>> byStart() {
    Map<Integer, List<String>> map = new HashMap<>();
    for (String stem : STEMS) {
      map.computeIfAbsent(start(stem, 0, 3), k -> new ArrayList<>()).add(stem);
    }
    for (String word : WORDS) {
      map.computeIfAbsent(start(word, 0, 3), k -> new ArrayList<>()).add(word);
    }
    return Map.copyOf(map);
  }

  /** The first three characters, ASCII-lower-cased, packed into an int. */
  private static int start(CharSequence text, int from, int to) {
    int key = 0;
    for (int i = from; i < Math.min(to, from + 3); i++) {
      char c = text.charAt(i);
      key = key << 8 | (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) & 0xff;
    }
    return key;
  }

  /**
   * Whether the word {@code text[start, end)} (letters only) names a sensitive condition: free text
   * is scanned word by word, one table lookup a word, without a copy.
   */
  static boolean isSensitiveWord(CharSequence text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    List<String> candidates = BY_START.get(start(text, start, end));
    if (candidates != null) {
      for (String candidate : candidates) {
        boolean whole = WORDS.contains(candidate);
        if (whole ? end - start == candidate.length() && regionIs(text, start, candidate)
            : end - start >= candidate.length() && regionIs(text, start, candidate)) {
          return true;
        }
      }
    }
    return end - start >= 7 && containsTumour(text, start, end);
  }

  /** Whether the text at {@code start} begins with {@code lower}, ignoring ASCII case. */
  private static boolean regionIs(CharSequence text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(start + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsTumour(CharSequence text, int start, int end) {
    for (String tumour : TUMOURS) {
      for (int at = start; at + tumour.length() <= end; at++) {
        if (regionIs(text, at, tumour)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the value names or codes a sensitive diagnosis. */
  static boolean matches(String value) {
    List<String> words = ResultGrader.tokens(value);
    String previous = null;
    for (String word : words) {
      if (isIcd10(word) || SNOMED.contains(word) || WORDS.contains(word) || startsWithStem(word)
          || previous != null && PAIRS.contains(previous + " " + word)) {
        return true;
      }
      previous = word;
    }
    return false;
  }

  private static boolean startsWithStem(String word) {
    for (String stem : STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    for (String tumour : TUMOURS) {
      if (word.contains(tumour)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An ICD-10 code (folded, the dot gone: "f321") in a sensitive range: F (mental and behavioural,
   * substance use included), B20-B24 and Z21 (HIV), A50-A64 (sexually transmitted infections), O
   * (pregnancy and childbirth), Z32-Z37 and Z39 (pregnancy care), C and D00-D09 (malignant and in
   * situ neoplasms).
   */
  static boolean isIcd10(String word) {
    if (word.length() < 3 || word.length() > 7 || !Character.isDigit(word.charAt(1))
        || !Character.isDigit(word.charAt(2))) {
      return false;
    }
    for (int i = 3; i < word.length(); i++) {
      if (!Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    int block = (word.charAt(1) - '0') * 10 + (word.charAt(2) - '0');
    switch (word.charAt(0)) {
      case 'f':
      case 'o':
      case 'c':
        return true;
      case 'b':
        return block >= 20 && block <= 24;
      case 'a':
        return block >= 50 && block <= 64;
      case 'd':
        return block <= 9;
      case 'z':
        return block == 21 || block >= 32 && block <= 37 || block == 39;
      default:
        return false;
    }
  }
}
