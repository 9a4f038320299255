package org.exposure.classify;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of names, for columns the dictionaries cover only in part: a full name is two to five
 * capitalised words, with lower-case prefixes ("van", "op den") allowed between them; a family name
 * alone is one word after any prefix; titles are not names at all.
 */
final class NameShapes {
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof",
      "mevr", "mevrouw", "dhr", "heer", "de heer", "drs", "ir", "ing", "mw", "sir", "rev");

  private NameShapes() {}

  /** "Priya Ouwehand", "Saskia op den Kamp", "J.P. van Dijk"; not streets, not known places. */
  static boolean looksLikeFullName(String value) {
    String s = value.strip();
    String[] words = WORDS.split(s);
    if (words.length < 2 || words.length > 5 || ValuePatterns.hasStreetSuffix(s)
        || NameDictionary.isCity(s)) {
      return false;
    }
    if (!isCapitalisedWord(words[0]) && !NameDictionary.isInitials(words[0])) {
      return false;
    }
    if (!isCapitalisedWord(words[words.length - 1])) {
      return false;
    }
    for (int i = 1; i < words.length - 1; i++) {
      String w = words[i];
      if (!isCapitalisedWord(w) && !NameDictionary.isPrefix(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the first word is a known given name. */
  static boolean startsWithKnownGivenName(String value) {
    String[] words = WORDS.split(value.strip());
    return words.length > 0 && NameDictionary.isGivenName(words[0]);
  }

  /** "Postma", "de Vries", "van der Meulen-Smit": one word after any prefix. */
  static boolean isSingleFamilyName(String value) {
    String[] words = WORDS.split(value.strip());
    int i = 0;
    while (i < words.length - 1 && NameDictionary.isPrefix(words[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    return i == words.length - 1 && isCapitalisedWord(words[i]);
  }

  /** "Mr.", "Mevr.", "dhr": a title or salutation. */
  static boolean isTitle(String value) {
    return TITLES.contains(value.strip().replace(".", "").toLowerCase(Locale.ROOT));
  }

  private static boolean isCapitalisedWord(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
