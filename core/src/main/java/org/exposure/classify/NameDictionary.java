package org.exposure.classify;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dictionaries of common Dutch given names, family names, name prefixes and places, used as value
 * evidence for columns without a known header. A name missing from a list says nothing: the lists only
 * confirm, so they decide a column's type by values alone, never refute a header. Immutable and
 * thread-safe; loaded once.
 */
final class NameDictionary {
  private static final Set<String> GIVEN = load("given-names.txt");
  private static final Set<String> FAMILY = load("family-names.txt");
  private static final Set<String> CITIES = load("cities.txt");
  private static final Set<String> PREFIXES = load("name-prefixes.txt");
  /** Each prefix as it starts a longer name, with its space: built once, not on every value. */
  private static final List<String> PREFIXES_WITH_SPACE =
      PREFIXES.stream().map(p -> p + " ").collect(ImmutableList.toImmutableList());
  private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s-]+");

  private NameDictionary() {}

  /** "Marieke", "Anna-Sophie", "Anna Maria": every part is a known given name. */
  static boolean isGivenName(String value) {
    String name = lower(value);
    if (isOnePart(name)) {
      return GIVEN.contains(name); // the usual case, without a regex split
    }
    String[] parts = SPACES_OR_HYPHENS.split(name);
    if (parts.length > 3) {
      return false;
    }
    for (String part : parts) {
      if (!GIVEN.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing in the value splits it as {@link #SPACES_OR_HYPHENS} would. */
  private static boolean isOnePart(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** "Jansen", "de Vries", "van der Berg-Smit": after any prefix, a known family name. */
  static boolean isFamilyName(String value) {
    String s = withoutPrefix(lower(value));
    int hyphen = s.indexOf('-');
    String first = hyphen > 0 ? s.substring(0, hyphen).strip() : s;
    return !first.isEmpty() && first.indexOf(' ') < 0 && FAMILY.contains(first);
  }

  /**
   * "Marieke de Vries", "J.P. Jansen", "Jansen, M.": a given name or initials and a known family name.
   */
  static boolean isPersonName(String value) {
    String s = value.strip();
    int comma = s.indexOf(',');
    if (comma > 0) { // "Jansen, M." or "Vries, Marieke de"
      return isFamilyName(s.substring(0, comma)) && !s.substring(comma + 1).isBlank();
    }
    int space = s.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String first = s.substring(0, space);
    String rest = s.substring(space + 1);
    boolean opens = isGivenName(first) || isInitials(first);
    return opens && isFamilyName(rest);
  }

  /** "J.", "J.P.M.", "J. P.": one to six capital initials with dots. */
  static boolean isInitials(String value) {
    String s = value.strip();
    int count = 0;
    int i = 0;
    while (i < s.length()) {
      if (++count > 6 || !Character.isUpperCase(s.charAt(i)) || i + 1 >= s.length()
          || s.charAt(i + 1) != '.') {
        return false;
      }
      i += 2;
      if (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }
    return count > 0;
  }

  /** A known Dutch place of residence. */
  static boolean isCity(String value) {
    return CITIES.contains(lower(value));
  }

  /** Whether the lower-case word or words start a Dutch family name ("van", "de", "van der"). */
  static boolean isPrefix(String lowerCase) {
    return PREFIXES.contains(lowerCase);
  }

  private static String withoutPrefix(String s) {
    for (String prefix : PREFIXES_WITH_SPACE) {
      if (s.startsWith(prefix)) {
        return s.substring(prefix.length()).strip();
      }
    }
    return s;
  }

  private static String lower(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = NameDictionary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classifier resource " + resource);
      }
      ImmutableSet.Builder<String> entries = ImmutableSet.builder();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
      return entries.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classifier resource " + resource, e);
    }
  }
}
