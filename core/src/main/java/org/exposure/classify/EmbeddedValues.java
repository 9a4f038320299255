package org.exposure.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * Finds what a composite or free-text value reveals beyond its own type: a whole address line yields its
 * house number, postcode and place; a full name its given name or initials and family name; a remark
 * ("BSN 111222333, tel 06-12345678, uitslag Pap 3b") its embedded identifiers and results. What is found
 * counts toward the subject's exposure, as if it had a column of its own.
 *
 * <p>Every scan runs in time linear in the value's length, whatever the value: a remark is an
 * attacker's input as much as a clerk's. E-mail addresses and words ending in "carcinoom" or
 * "carcinoma", whose length has no bound, are found by hand-written scanners that read each character a
 * bounded number of times. The other tokens (BSN, phone number, IBAN, postcode, date, result) are
 * bounded: at most {@value #OVERLAP} characters. Their patterns have no nested or adjacent unbounded
 * repetition (word boundaries are spelled as one-character look-arounds, because {@code \b} reads
 * back over a whole run of combining marks), and a value longer than {@value #WINDOW} characters is
 * scanned in windows of that many characters, each overlapping the next by {@value #OVERLAP}: a token
 * that straddles a window's edge lies whole in one window and is found once. Nothing is skipped,
 * however long the value.
 *
 * <p>Stateless and thread-safe.
 */
final class EmbeddedValues {
  /** The longest stretch of a long remark one pattern is run over. */
  static final int WINDOW = 4096;
  /** How far windows overlap: more than the longest bounded token (an IBAN with spaces: 43). */
  static final int OVERLAP = 64;
  /** Word characters as {@code \b} reads them, with combining marks counted as part of a word. */
  private static final String WORD_CHAR = "[\\p{L}\\p{Nd}\\p{Mn}_]";
  /** Where {@code \b} stands before a token that starts with a word character. */
  private static final String WORD_START = "(?<!" + WORD_CHAR + ")";
  /** Where {@code \b} stands after a token that ends with a word character. */
  private static final String WORD_END = "(?!" + WORD_CHAR + ")";
  private static final Pattern POSTCODE =
      Pattern.compile(WORD_START + "([1-9][0-9]{3}) ?([A-Za-z]{2})" + WORD_END);
  // Possessive where what follows cannot start with what is repeated: the same matches, without
  // trying every split of a run of spaces.
  private static final Pattern STREET_AND_NUMBER = Pattern.compile(
      "(.*\\p{L}\\.?)\\s++([0-9]{1,5}(?:\\s*+[-/]?\\s*+[\\p{L}0-9]{1,4})?)\\s*+,?\\s*+");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9.])([0-9]{4}\\.?[0-9]{2}\\.?[0-9]{3}|[0-9]{9})(?![0-9])");
  private static final Pattern PHONE_IN_TEXT =
      Pattern.compile("(?<![0-9+\\p{L}])(?:\\+31|0031|0)[ -]?(?:\\(0\\))?[1-9](?:[ -]?[0-9]){8}(?![0-9])");
  private static final Pattern IBAN_IN_TEXT = Pattern.compile(
      WORD_START + "[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?" + WORD_END);
  private static final Pattern DATE_IN_TEXT = Pattern.compile(WORD_START
      + "(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})" + WORD_END);
  /** Results of bounded length; words ending in "carcinoom" are found by {@link #carcinomaWords}. */
  private static final Pattern RESULT_IN_TEXT = Pattern.compile("(?i)" + WORD_START
      + "(?:pap ?(?:klasse ?)?(?:0|1|2|3a1|3a2|3b|4|5)|(?:hr)?hpv[ -]?(?:16|18)?[ -]?"
      + "(?:positief|negatief|positive|negative|pos|neg)|hpv ?(?:16|18)|nilm|asc-?us|asc-?h|lsil|hsil|"
      + "cin ?[123])" + WORD_END);
  private static final String[] BSN_CONTEXT = {"bsn", "burgerservice", "sofi"};
  private static final String[] BIRTH_CONTEXT = {"geb", "geboren", "born", "dob", "birth"};
  private static final int CONTEXT_CHARS = 30;
  /** The endings of a word naming a carcinoma: "carcinoom", "adenocarcinoma", "carcinom". */
  private static final String[] CARCINOMA_ENDINGS = {"carcinom", "carcinoma", "carcinoom", "carcinooma"};

  private EmbeddedValues() {}

  /** Whether values of the type may reveal more than themselves: composite values and free text. */
  public static boolean reveals(FieldType type) {
    return type == FieldType.STREET_ADDRESS || type == FieldType.PERSON_NAME
        || type == FieldType.FREE_TEXT;
  }

  /**
   * Adds to {@code out} what the value of the given type reveals beyond itself; nothing for types that are
   * not composite or free text.
   */
  public static void expand(FieldType type, String value, List<ExposedValue> out) {
    expand(type, (CharSequence) value, out);
  }

  /** As {@link #expand(FieldType, String, List)}, in a file of the given country ("" if none). */
  static void expand(FieldType type, String value, String country, List<ExposedValue> out) {
    if (type == FieldType.STREET_ADDRESS && !country.isEmpty() && !country.equals("NL")) {
      int before = out.size();
      address(value, out);
      if (out.stream().skip(before).noneMatch(e -> e.type() == FieldType.POSTCODE)) {
        foreignPostcode(ValuePatterns.strip(value), country, out);
      }
      return;
    }
    expand(type, (CharSequence) value, out);
  }

  /**
   * The postcode of the given country in an address line, near its end: a token (two for a UK
   * postcode) of the country's form, not the line's first, followed by the place or preceded by a
   * state's two capitals ("IL 62704"). A house number is the first number of a line, or stands last
   * with nothing after it.
   */
  private static void foreignPostcode(CharSequence line, String country, List<ExposedValue> out) {
    List<int[]> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean separator = i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == ','
          || line.charAt(i) == '\t';
      if (separator && start >= 0) {
        tokens.add(new int[] {start, i});
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
    for (int k = tokens.size() - 1; k >= 1; k--) {
      String token = line.subSequence(tokens.get(k)[0], tokens.get(k)[1]).toString();
      if (country.equals("GB") && k >= 2) {
        String pair = line.subSequence(tokens.get(k - 1)[0], tokens.get(k)[1]).toString();
        if (k == tokens.size() - 1 && Postcodes.classForm(pair, country).isPresent()) {
          out.add(new ExposedValue(FieldType.POSTCODE, pair)); // "Oxford OX16 9RY"
          return;
        }
      }
      if (!hasDigit(token) || Postcodes.classForm(token, country).isEmpty()) {
        continue;
      }
      boolean placeAfter = k + 1 < tokens.size()
          && Character.isLetter(line.charAt(tokens.get(k + 1)[0]));
      String previous = line.subSequence(tokens.get(k - 1)[0], tokens.get(k - 1)[1]).toString();
      boolean stateBefore = k == tokens.size() - 1 && previous.length() == 2
          && Character.isUpperCase(previous.charAt(0)) && Character.isUpperCase(previous.charAt(1));
      if (placeAfter || stateBefore) {
        out.add(new ExposedValue(FieldType.POSTCODE, token));
        return;
      }
    }
  }

  /** As {@link #expand(FieldType, String, List)}, over any characters (the tests count the reads). */
  static void expand(FieldType type, CharSequence value, List<ExposedValue> out) {
    switch (type) {
      case STREET_ADDRESS:
        address(value, out);
        break;
      case PERSON_NAME:
        name(value, out);
        break;
      case FREE_TEXT:
        freeText(value, out);
        break;
      default:
        break;
    }
  }

  /** "Kerkstraat 12a, 2281 AB Rijswijk": house number, postcode, place. */
  private static void address(CharSequence value, List<ExposedValue> out) {
    if (!hasDigit(value)) {
      return; // a street name alone holds nothing more
    }
    CharSequence line = ValuePatterns.strip(value);
    Matcher postcode = POSTCODE.matcher(line);
    CharSequence beforePostcode = line;
    boolean mayHoldPostcode = hasFourDigits(line); // most lines hold none, and need no search
    while (mayHoldPostcode && postcode.find()) {
      Optional<String> canonical = ValuePatterns.postcode(postcode.group());
      if (canonical.isEmpty()) {
        continue;
      }
      out.add(new ExposedValue(FieldType.POSTCODE, canonical.get()));
      String city = place(line, postcode.end());
      if (!city.isEmpty() && Character.isLetter(city.charAt(0))) {
        out.add(new ExposedValue(FieldType.CITY, city));
      }
      beforePostcode = line.subSequence(0, postcode.start());
      break;
    }
    Matcher street = STREET_AND_NUMBER.matcher(beforePostcode);
    if (street.matches()) {
      out.add(new ExposedValue(FieldType.HOUSE_NUMBER, street.group(2).strip()));
    }
  }

  /**
   * The place after a postcode: the rest of the line without the separators before it and the
   * separators and final full stop after it. By hand: a pattern anchored at the end retries every
   * start in a long run of separators.
   */
  private static String place(CharSequence line, int from) {
    int start = from;
    int end = line.length();
    while (start < end && (isRegexSpace(line.charAt(start)) || line.charAt(start) == ',')) {
      start++;
    }
    while (end > start && (isRegexSpace(line.charAt(end - 1)) || line.charAt(end - 1) == ','
        || line.charAt(end - 1) == '.')) {
      end--;
    }
    return line.subSequence(start, end).toString();
  }

  /** The white space of {@code \s} in a pattern: space, tab, line feed, vertical tab, form feed, return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** "Marieke de Vries", "J.P. Jansen", "Jansen, M.": given name or initials, and family name. */
  private static void name(CharSequence value, List<ExposedValue> out) {
    CharSequence s = ValuePatterns.strip(value);
    String given;
    String family;
    int comma = indexOf(s, ',');
    if (comma > 0) {
      family = ValuePatterns.strip(s.subSequence(0, comma)).toString();
      given = ValuePatterns.strip(s.subSequence(comma + 1, s.length())).toString();
      String[] rest = WORDS.split(given);
      // "Vries, Marieke de": a trailing prefix belongs to the family name
      if (rest.length > 1 && NameDictionary.isPrefix(rest[rest.length - 1].toLowerCase(Locale.ROOT))) {
        family = rest[rest.length - 1] + " " + family;
        // rejoined: the words may be parted by a tab or a line break as well as a space
        given = String.join(" ", Arrays.copyOfRange(rest, 0, rest.length - 1));
      }
    } else {
      String[] words = WORDS.split(s);
      if (words.length < 2) {
        return;
      }
      int familyStart = words.length - 1;
      for (int i = 1; i < words.length - 1; i++) {
        if (NameDictionary.isPrefix(words[i].toLowerCase(Locale.ROOT))) {
          familyStart = i;
          break;
        }
      }
      given = String.join(" ", Arrays.copyOfRange(words, 0, familyStart));
      family = String.join(" ", Arrays.copyOfRange(words, familyStart, words.length));
    }
    if (!given.isEmpty()) {
      out.add(new ExposedValue(
          NameDictionary.isInitials(given) ? FieldType.INITIALS : FieldType.GIVEN_NAME, given));
    }
    if (!family.isEmpty()) {
      out.add(new ExposedValue(FieldType.FAMILY_NAME, family));
    }
  }

  /** Identifiers and results embedded in a remark or narrative. */
  private static void freeText(CharSequence text, List<ExposedValue> out) {
    if (text.length() < 6) {
      return;
    }
    emails(text, out);
    // One pass says which patterns could match at all: most remarks hold no digit and no result's
    // word, and a search that cannot succeed still costs a pattern's step at every character.
    Shape shape = Shape.of(text);
    if (shape.digits >= 9 && shape.longestDigitRun >= 4) {
      nineDigits(text, out);
    }
    if (shape.digits >= 10) {
      phones(text, out);
    }
    if (shape.ibanStart) {
      ibans(text, out);
    }
    if (shape.longestDigitRun >= 4) {
      postcodesAndDates(text, out);
    }
    if (shape.resultWord) {
      results(text, out);
    }
    carcinomaWords(text, out);
  }

  /**
   * What decides which token patterns a text may hold, read in one pass: its ASCII digits, its longest
   * run of them, whether two capitals stand before two digits (an IBAN's start), and whether a word
   * that begins every result pattern's match stands in it, in any ASCII case.
   */
  private record Shape(int digits, int longestDigitRun, boolean ibanStart, boolean resultWord) {
    /** The first letters of the result pattern's words, each that word's lower-case start. */
    private static final String[] RESULT_STEMS = {"pap", "hpv", "nilm", "asc", "sil", "cin"};

    static Shape of(CharSequence text) {
      int digits = 0;
      int run = 0;
      int longest = 0;
      int capitals = 0; // capitals in a row before this character
      boolean ibanStart = false;
      boolean resultWord = false;
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
          run++;
          longest = Math.max(longest, run);
          ibanStart |= run == 2 && capitals >= 2;
          if (run == 1 && capitals < 2) {
            capitals = 0;
          }
          continue;
        }
        run = 0;
        capitals = c >= 'A' && c <= 'Z' ? capitals + 1 : 0;
        if (!resultWord) {
          char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          for (String stem : RESULT_STEMS) {
            if (lower == stem.charAt(0) && i + stem.length() <= length
                && equalsIgnoringAsciiCase(text, i, stem)) {
              resultWord = true;
              break;
            }
          }
        }
      }
      return new Shape(digits, longest, ibanStart, resultWord);
    }
  }

  private static void nineDigits(CharSequence text, List<ExposedValue> out) {
    eachMatch(NINE_DIGITS, text, m -> {
      // About one nine-digit number in eleven passes by chance: a BSN needs a word that names it.
      if (Bsn.isValid(m.group(1)) && near(text, m.start(), BSN_CONTEXT)) {
        out.add(new ExposedValue(FieldType.NATIONAL_ID, m.group(1)));
      }
    });
  }

  private static void phones(CharSequence text, List<ExposedValue> out) {
    eachMatch(PHONE_IN_TEXT, text, m -> {
      if (ValuePatterns.isPhone(m.group())) {
        out.add(new ExposedValue(FieldType.PHONE, m.group()));
      }
    });
  }

  private static void ibans(CharSequence text, List<ExposedValue> out) {
    eachMatch(IBAN_IN_TEXT, text, m -> {
      if (ValuePatterns.isIban(m.group())) {
        out.add(new ExposedValue(FieldType.BANK_ACCOUNT, m.group()));
      }
    });
  }

  private static void postcodesAndDates(CharSequence text, List<ExposedValue> out) {
    eachMatch(POSTCODE, text, m -> {
      // Upper-case letters only: "1234 ab" in prose is more often a count and a word.
      if (Character.isUpperCase(m.group(2).charAt(0)) && ValuePatterns.postcode(m.group()).isPresent()) {
        out.add(new ExposedValue(FieldType.POSTCODE, m.group()));
      }
    });
    eachMatch(DATE_IN_TEXT, text, m -> {
      if (Dates.parse(m.group()).isPresent()) {
        FieldType type = near(text, m.start(), BIRTH_CONTEXT) ? FieldType.BIRTH_DATE
            : FieldType.CLINICAL_DATE;
        out.add(new ExposedValue(type, m.group()));
      }
    });
  }

  private static void results(CharSequence text, List<ExposedValue> out) {
    eachMatch(RESULT_IN_TEXT, text, m -> {
      if (ResultGrader.grade(m.group()) != ResultGrade.NONE) {
        out.add(new ExposedValue(FieldType.TEST_RESULT, m.group()));
      }
    });
  }

  /**
   * Hands each match of a pattern of bounded tokens to {@code action}, in order, as one search over the
   * whole text would find them: window by window, each a region of at most {@link #WINDOW} characters
   * whose look-arounds see past its edges. A window reports the matches that start before the next
   * window does; as no token is longer than {@link #OVERLAP}, each lies whole in the window that reports
   * it.
   */
  private static void eachMatch(Pattern pattern, CharSequence text, Consumer<Matcher> action) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    int from = 0; // where the previous match ended: the search resumes there, as find() would
    for (int start = 0; ; start += WINDOW - OVERLAP) {
      int end = Math.min(length, start + WINDOW);
      boolean last = end == length;
      int nextStart = start + WINDOW - OVERLAP;
      if (Math.max(from, start) < end) {
        m.region(Math.max(from, start), end);
        while (m.find() && (last || m.start() < nextStart)) {
          action.accept(m);
          from = m.end();
        }
      }
      if (last) {
        return;
      }
    }
  }

  /**
   * E-mail addresses, as {@code [A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}} would
   * find them, in one pass: from each '@', back over the characters of a local part and forward over the
   * labels of a domain. That pattern retries every start in a long run of letters without '@'
   * (quadratic) and recurses once per label (a stack overflow on "a@a.a.a...").
   */
  private static void emails(CharSequence text, List<ExposedValue> out) {
    int length = text.length();
    int from = 0; // the end of the last address found: the next one starts at or after it
    for (int at = 0; at < length; at++) {
      if (text.charAt(at) != '@') {
        continue;
      }
      int start = at;
      while (start > from && ValuePatterns.isEmailLocalChar(text.charAt(start - 1))) {
        start--;
      }
      int end = start < at ? ValuePatterns.emailDomainEnd(text, at + 1) : -1;
      if (end > 0) {
        out.add(new ExposedValue(FieldType.EMAIL, text.subSequence(start, end).toString()));
        from = end;
        at = end - 1;
      }
    }
  }

  /**
   * Words that name a sensitive diagnosis ("zwanger", "depressie", "HIV"), and words ending in
   * "carcinoom" or "carcinoma" ("plaveiselcelcarcinoom", "adenocarcinoma"), as
   * {@code \b\p{L}*carcinoo?ma?\b} would find them, in one pass over the words: that pattern tries every
   * word start with a run of letters to its end.
   */
  private static void carcinomaWords(CharSequence text, List<ExposedValue> out) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      int start = i;
      boolean letters = true;
      while (i < length) {
        int c = Character.codePointAt(text, i);
        if (!isWordChar(c)) {
          break;
        }
        letters &= Character.isLetter(c);
        i += Character.charCount(c);
      }
      if (i == start) {
        i += Character.charCount(Character.codePointAt(text, i)); // not a word character
      } else if (letters && endsWithCarcinoma(text, start, i)) {
        String word = text.subSequence(start, i).toString();
        if (ResultGrader.grade(word) != ResultGrade.NONE) {
          out.add(new ExposedValue(FieldType.TEST_RESULT, word)); // graded cancer: stigma already
        }
      } else if (letters && SensitiveDiagnoses.isSensitiveWord(text, start, i)) {
        out.add(new ExposedValue(FieldType.DIAGNOSIS, text.subSequence(start, i).toString()));
      }
    }
  }

  /** A character of a word as {@link #WORD_CHAR} has it. */
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean endsWithCarcinoma(CharSequence text, int start, int end) {
    for (String ending : CARCINOMA_ENDINGS) {
      if (end - start >= ending.length() && equalsIgnoringAsciiCase(text, end - ending.length(), ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text at {@code from} spells the lower-case ASCII word, in either case. */
  private static boolean equalsIgnoringAsciiCase(CharSequence text, int from, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      char c = text.charAt(from + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether four digits stand in a row, as in every postcode. */
  private static boolean hasFourDigits(CharSequence value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(CharSequence s, char c) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether one of the words stands in the {@value #CONTEXT_CHARS} characters before the position, in
   * any case: "BSN 111222333", "geb. 03-04-1968".
   */
  private static boolean near(CharSequence text, int position, String[] words) {
    int from = Math.max(0, position - CONTEXT_CHARS);
    for (String word : words) {
      for (int i = from; i + word.length() <= position; i++) {
        if (equalsIgnoringCase(text, i, word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text at {@code from} spells the lower-case word, in any case. */
  private static boolean equalsIgnoringCase(CharSequence text, int from, String lowerWord) {
    for (int k = 0; k < lowerWord.length(); k++) {
      if (Character.toLowerCase(text.charAt(from + k)) != lowerWord.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
