package org.exposure.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * <p>Stateless and thread-safe.
 */
public final class EmbeddedValues {
  private static final Pattern POSTCODE = Pattern.compile("\\b([1-9][0-9]{3}) ?([A-Za-z]{2})\\b");
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile("(.*\\p{L}\\.?)\\s+([0-9]{1,5}(?:\\s*[-/]?\\s*[\\p{L}0-9]{1,4})?)\\s*,?\\s*");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  /** Separators and a final full stop around a place after a postcode. */
  private static final Pattern AROUND_PLACE = Pattern.compile("^[\\s,]+|[\\s,.]+$");
  private static final Pattern EMAIL_IN_TEXT =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9.])([0-9]{4}\\.?[0-9]{2}\\.?[0-9]{3}|[0-9]{9})(?![0-9])");
  private static final Pattern PHONE_IN_TEXT =
      Pattern.compile("(?<![0-9+])(?:\\+31|0031|0)[ -]?(?:\\(0\\))?[1-9](?:[ -]?[0-9]){8}(?![0-9])");
  private static final Pattern IBAN_IN_TEXT =
      Pattern.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");
  private static final Pattern DATE_IN_TEXT =
      Pattern.compile("\\b(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})\\b");
  private static final Pattern RESULT_IN_TEXT = Pattern.compile(
      "(?i)\\b(?:pap ?(?:klasse ?)?(?:0|1|2|3a1|3a2|3b|4|5)|(?:hr)?hpv[ -]?(?:16|18)?[ -]?"
          + "(?:positief|negatief|positive|negative|pos|neg)|hpv ?(?:16|18)|nilm|asc-?us|asc-?h|lsil|hsil|"
          + "cin ?[123]|\\p{L}*carcinoo?ma?)\\b");
  private static final String[] BSN_CONTEXT = {"bsn", "burgerservice", "sofi"};
  private static final String[] BIRTH_CONTEXT = {"geb", "geboren", "born", "dob", "birth"};
  private static final int CONTEXT_CHARS = 30;

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
  private static void address(String value, List<ExposedValue> out) {
    if (!hasDigit(value)) {
      return; // a street name alone holds nothing more
    }
    String line = value.strip();
    Matcher postcode = POSTCODE.matcher(line);
    String beforePostcode = line;
    boolean mayHoldPostcode = hasFourDigits(line); // most lines hold none, and need no search
    while (mayHoldPostcode && postcode.find()) {
      Optional<String> canonical = ValuePatterns.postcode(postcode.group());
      if (canonical.isEmpty()) {
        continue;
      }
      out.add(new ExposedValue(FieldType.POSTCODE, canonical.get()));
      String city = AROUND_PLACE.matcher(line.substring(postcode.end())).replaceAll("");
      if (!city.isEmpty() && Character.isLetter(city.charAt(0))) {
        out.add(new ExposedValue(FieldType.CITY, city));
      }
      beforePostcode = line.substring(0, postcode.start());
      break;
    }
    Matcher street = STREET_AND_NUMBER.matcher(beforePostcode);
    if (street.matches()) {
      out.add(new ExposedValue(FieldType.HOUSE_NUMBER, street.group(2).strip()));
    }
  }

  /** "Marieke de Vries", "J.P. Jansen", "Jansen, M.": given name or initials, and family name. */
  private static void name(String value, List<ExposedValue> out) {
    String s = value.strip();
    String given;
    String family;
    int comma = s.indexOf(',');
    if (comma > 0) {
      family = s.substring(0, comma).strip();
      given = s.substring(comma + 1).strip();
      String[] rest = WORDS.split(given);
      // "Vries, Marieke de": a trailing prefix belongs to the family name
      if (rest.length > 1 && NameDictionary.isPrefix(rest[rest.length - 1].toLowerCase(Locale.ROOT))) {
        family = rest[rest.length - 1] + " " + family;
        given = given.substring(0, given.lastIndexOf(' ')).strip();
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
  private static void freeText(String text, List<ExposedValue> out) {
    if (text.length() < 6) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = EMAIL_IN_TEXT.matcher(text);
    while (m.find()) {
      out.add(new ExposedValue(FieldType.EMAIL, m.group()));
    }
    m = NINE_DIGITS.matcher(text);
    while (m.find()) {
      // About one nine-digit number in eleven passes by chance: a BSN needs a word that names it.
      if (Bsn.isValid(m.group(1)) && near(lower, m.start(), BSN_CONTEXT)) {
        out.add(new ExposedValue(FieldType.NATIONAL_ID, m.group(1)));
      }
    }
    m = PHONE_IN_TEXT.matcher(text);
    while (m.find()) {
      if (ValuePatterns.isPhone(m.group())) {
        out.add(new ExposedValue(FieldType.PHONE, m.group()));
      }
    }
    m = IBAN_IN_TEXT.matcher(text);
    while (m.find()) {
      if (ValuePatterns.isIban(m.group())) {
        out.add(new ExposedValue(FieldType.BANK_ACCOUNT, m.group()));
      }
    }
    m = POSTCODE.matcher(text);
    while (m.find()) {
      // Upper-case letters only: "1234 ab" in prose is more often a count and a word.
      if (Character.isUpperCase(m.group(2).charAt(0)) && ValuePatterns.postcode(m.group()).isPresent()) {
        out.add(new ExposedValue(FieldType.POSTCODE, m.group()));
      }
    }
    m = DATE_IN_TEXT.matcher(text);
    while (m.find()) {
      if (Dates.parse(m.group()).isPresent()) {
        FieldType type = near(lower, m.start(), BIRTH_CONTEXT) ? FieldType.BIRTH_DATE
            : FieldType.CLINICAL_DATE;
        out.add(new ExposedValue(type, m.group()));
      }
    }
    m = RESULT_IN_TEXT.matcher(text);
    while (m.find()) {
      if (ResultGrader.grade(m.group()) != ResultGrade.NONE) {
        out.add(new ExposedValue(FieldType.TEST_RESULT, m.group()));
      }
    }
  }

  /** Whether four digits stand in a row, as in every postcode. */
  private static boolean hasFourDigits(String value) {
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

  private static boolean hasDigit(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= '0' && value.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean near(String lowerText, int position, String[] words) {
    String before = lowerText.substring(Math.max(0, position - CONTEXT_CHARS), position);
    for (String word : words) {
      if (before.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
