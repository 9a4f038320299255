package org.exposure.classify;

import java.util.List;
import java.util.Set;

/**
 * Values of GDPR Art. 9's special categories as registries and surveys write them, Dutch and English:
 * race and ethnicity (the US OMB categories Synthea and US Core use, and Dutch migration
 * backgrounds), religion or belief, and sexual orientation. A value passes when every word of it belongs
 * to the category's vocabulary, so "White" and "Not Hispanic or Latino" pass and a sentence that
 * mentions a church does not. Stateless and thread-safe.
 */
final class SpecialCategories {
  private static final Set<String> RACE_OR_ETHNICITY = Set.of("white", "black", "african", "american",
      "asian", "native", "hawaiian", "pacific", "islander", "alaska", "indian", "hispanic",
      "nonhispanic", "latino", "latina", "latinx", "not", "or", "and", "other", "caucasian",
      "mixed", "multiracial", "race", "races", "two", "more", "blank", "wit", "zwart", "aziatisch",
      "surinaams", "antilliaans", "marokkaans", "turks", "westers", "nietwesters", "migratieachtergrond",
      "autochtoon", "allochtoon", "nederlands", "hindostaans", "creools", "of", "met", "zonder",
      "eerste", "tweede", "generatie", "arab", "arabic", "middle", "eastern", "european", "chinese",
      "pakistani", "bangladeshi", "caribbean", "british", "irish", "gypsy", "traveller", "roma",
      "sinti", "any", "background", "unknown");

  /** Words that alone say nothing of a category: at least one other word must name it. */
  private static final Set<String> FILLERS = Set.of("not", "or", "and", "other", "of", "met",
      "zonder", "any", "background", "unknown", "two", "more", "race", "races", "eerste", "tweede",
      "generatie", "american");

  private static final List<String> RELIGION_STEMS = List.of("katholie", "catholic", "protestan",
      "hervormd", "gereformeerd", "christ", "evangeli", "baptist", "method", "lutheran", "luthers",
      "anglican", "orthod", "pinkster", "pentecost", "mormon", "jehova", "islam", "moslim", "muslim",
      "soenni", "sunni", "shia", "sjiiet", "joods", "jewish", "jood", "hindoe", "hindu", "boeddh",
      "buddh", "sikh", "atheis", "agnost", "humanis", "religi", "remonstrant", "doopsgezind",
      "adventist", "quaker", "rastafari", "taois", "confuci", "jain", "bahai", "heiden", "pagan");

  /** Orientations, and sex life as clinics record it: sex work, men who have sex with men. */
  private static final List<String> ORIENTATION_STEMS = List.of("heteros", "homos", "bisex",
      "biseks", "gay", "lesb", "queer", "asex", "aseks", "pansex", "panseks", "straight", "msm",
      "wsw", "sekswerk", "sexwork", "prostitu", "escort");

  /** Phrases of sex life, their words joined: "vrouw met vrouw", "men who have sex with men". */
  private static final List<String> SEX_LIFE_PHRASES = List.of("vrouwmetvrouw", "manmetman",
      "mannenmetmannen", "vrouwenmetvrouwen", "havesexwith", "hebbensekswith", "sekscontact",
      "sexualcontact", "seksueelcontact");

  /** Words of a genetic test's finding: "pathogenic variant", "heterozygous", "wild type". */
  private static final List<String> GENETIC_WORDS = List.of("variant", "mutation", "mutatie",
      "pathogen", "heterozyg", "homozyg", "wildtype", "wild type", "vus", "allel", "deletion",
      "duplication", "genotyp", "karyotyp", "trisomie", "trisomy");

  private SpecialCategories() {}

  /**
   * A hereditary variant as a genetic test reports it: HGVS notation ({@code c.68_69del},
   * {@code p.(Gln1756fs)}, {@code g.41276045}) or the words of a finding ("No pathogenic variant
   * identified", "heterozygous"). A virus's genotype ("HPV 16") is a result, not this.
   */
  static boolean isGeneticVariant(String value) {
    if (value.length() > 200) {
      return false;
    }
    for (int i = 0; i + 2 < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == 'c' || c == 'g' || c == 'p' || c == 'n' || c == 'm' || c == 'r')
          && value.charAt(i + 1) == '.' && (i == 0 || !Character.isLetterOrDigit(value.charAt(i - 1)))) {
        char next = value.charAt(i + 2);
        if (Character.isDigit(next) || next == '*' || next == '-' || next == '('
            || c == 'p' && Character.isUpperCase(next)) {
          return true;
        }
      }
    }
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("hpv")) {
      return false;
    }
    for (String word : GENETIC_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "White", "Black or African American", "nonhispanic", "Marokkaans": a race or ethnicity. */
  static boolean isRaceOrEthnicity(String value) {
    return allIn(value, RACE_OR_ETHNICITY);
  }

  /** "Rooms-katholiek", "Muslim", "Protestant": a religion or belief. */
  static boolean isReligion(String value) {
    return anyStemAndShort(value, RELIGION_STEMS, true);
  }

  /** "Heterosexual", "Homoseksueel", "MSM", "vrouw met vrouw", "sekswerker": orientation or sex life. */
  static boolean isSexualOrientation(String value) {
    if (value.length() <= 60) {
      String squashed = ResultGrader.squash(value);
      for (String phrase : SEX_LIFE_PHRASES) {
        if (squashed.contains(phrase)) {
          return true;
        }
      }
    }
    return anyStemAndShort(value, ORIENTATION_STEMS, false);
  }

  private static boolean allIn(String value, Set<String> vocabulary) {
    List<String> words = ResultGrader.tokens(value);
    if (words.isEmpty() || words.size() > 8) {
      return false;
    }
    boolean named = false;
    for (String word : words) {
      if (isMark(word)) {
        continue; // "Black / African American"
      }
      if (!vocabulary.contains(word)) {
        return false;
      }
      named |= !FILLERS.contains(word);
    }
    return named;
  }

  /** A separator or sign among the words: one character that is no letter or digit. */
  private static boolean isMark(String word) {
    return word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0));
  }

  /**
   * A short value (a category's name, not a sentence) one of whose words begins with a stem, or holds
   * one where {@code within} ("roomskatholiek", joined from "Rooms-katholiek").
   */
  private static boolean anyStemAndShort(String value, List<String> stems, boolean within) {
    List<String> words = ResultGrader.tokens(value);
    if (words.isEmpty() || words.size() > 4) {
      return false;
    }
    for (String word : words) {
      for (String stem : stems) {
        if (within ? word.contains(stem) : word.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
