package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The linear scanners find what the backtracking patterns they replaced found, on values short enough
 * for those patterns to be harmless: the patterns as they stood before issue 15 are kept here as the
 * reference. Values are made of the pieces real remarks, addresses and names are made of. Combining
 * marks are left out: the old {@code \b} counted a mark as part of a word only after a letter, the new
 * look-arounds always do.
 */
class ScannerEquivalenceProperties {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern STREET_AND_NUMBER_LINE = Pattern.compile(
      "(\\d{1,2}e\\s+)?\\p{L}[\\p{L}\\p{M} .'-]*\\p{L}\\.?\\s+\\d{1,5}(\\s*[-/]?\\s*[\\p{L}\\d]{1,4})?");
  private static final Pattern POSTCODE = Pattern.compile("\\b([1-9][0-9]{3}) ?([A-Za-z]{2})\\b");
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile("(.*\\p{L}\\.?)\\s+([0-9]{1,5}(?:\\s*[-/]?\\s*[\\p{L}0-9]{1,4})?)\\s*,?\\s*");
  private static final Pattern AROUND_PLACE = Pattern.compile("^[\\s,]+|[\\s,.]+$");
  private static final Pattern NINE_DIGITS =
      Pattern.compile("(?<![0-9.])([0-9]{4}\\.?[0-9]{2}\\.?[0-9]{3}|[0-9]{9})(?![0-9])");
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9+\\p{L}])(?:\\+31|0031|0)[ -]?(?:\\(0\\))?[1-9](?:[ -]?[0-9]){8}(?![0-9])");
  private static final Pattern IBAN =
      Pattern.compile("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b");
  private static final Pattern DATE =
      Pattern.compile("\\b(?:[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})\\b");
  private static final Pattern RESULT = Pattern.compile(
      "(?i)\\b(?:pap ?(?:klasse ?)?(?:0|1|2|3a1|3a2|3b|4|5)|(?:hr)?hpv[ -]?(?:16|18)?[ -]?"
          + "(?:positief|negatief|positive|negative|pos|neg)|hpv ?(?:16|18)|nilm|asc-?us|asc-?h|lsil|hsil|"
          + "cin ?[123]|\\p{L}*carcinoo?ma?)\\b");

  private static final List<String> PIECES = List.of("a", "B", "x", "1", "0", "9", " ", "  ", ".",
      ",", "-", "/", "@", "_", "'", "+", "%", "(0)", "NL", "91", "ABNA", "0417", "164300", "bsn ", "BSN ",
      "geb. ", "pap ", "Pap klasse ", "3b", "3a2", "hpv", "HPV", "hr", "16", " positief", "-neg",
      "carcinoom", "Adeno", "carcinoma", "j.brouwer", "example", ".nl", ".com", ".c", "2281", "AB", "ab",
      "06", "12345678", "111222333", "1112.22.333", "03-04-1968", "2025-03-01", "Kerkstraat", "12a",
      "\t", "\n", "é", "Ü", "nilm", "ASC-US", "cin 2", "+31", "0031", "7-2", "1e ", "Laan van ", "'t ",
      "Rijswijk", ", ", "hiv", "HIV", "zwanger", "depressie", "lymfoom");

  /** A run of word characters, as the scanner reads words. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{Mn}]+");

  @Property(tries = 3000)
  void freeTextFindsWhatThePatternsFound(@ForAll("pieces") String value) {
    assertThat(sorted(expand(FieldType.FREE_TEXT, value))).isEqualTo(sorted(oldFreeText(value)));
  }

  @Property(tries = 3000)
  void anAddressLineYieldsWhatThePatternsFound(@ForAll("pieces") String value) {
    assertThat(expand(FieldType.STREET_ADDRESS, value)).isEqualTo(oldAddress(value));
  }

  @Property(tries = 3000)
  void eMailsAndStreetsAreWhatThePatternsMatched(@ForAll("shaped") String value) {
    assertThat(ValuePatterns.isEmail(value))
        .isEqualTo(value.indexOf('@') > 0 && EMAIL.matcher(value.strip()).matches());
    assertThat(ValuePatterns.isStreetAndNumber(value))
        .isEqualTo(STREET_AND_NUMBER_LINE.matcher(value.strip()).matches());
  }

  /** Values close to an e-mail address or a street and number, or any of the pieces. */
  @Provide
  Arbitrary<String> shaped() {
    Arbitrary<String> local = Arbitraries.of("j", "brouwer", ".", "_", "+lab", "1", "-", "'", "%", " ")
        .list().ofMaxSize(4).map(p -> String.join("", p));
    Arbitrary<String> domain = Arbitraries.of("example", "mail", "-", "1", ".", ".nl", ".com", ".c",
        "a", "@", " ").list().ofMaxSize(6).map(p -> String.join("", p));
    Arbitrary<String> email = net.jqwik.api.Combinators.combine(local, domain)
        .as((l, d) -> l + "@" + d);
    Arbitrary<String> street = Arbitraries.of("Kerkstraat", " ", "  ", "12", "a", "1e ", "Van 't ",
        "Hoffstraat", ".", "-", "/", "7", "B", "Laan van Meerdervoort", "1004", "12345", "\u00e9", "\t")
        .list().ofMaxSize(7).map(p -> String.join("", p));
    return Arbitraries.oneOf(email, street, pieces());
  }

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(p -> String.join("", p));
  }

  private static List<String> expand(FieldType type, String value) {
    List<ExposedValue> out = new ArrayList<>();
    EmbeddedValues.expand(type, value, out);
    return shown(out);
  }

  private static List<String> shown(List<ExposedValue> values) {
    List<String> shown = new ArrayList<>();
    values.forEach(v -> shown.add(v.type() + ":" + v.value()));
    return shown;
  }

  private static List<String> sorted(List<String> values) {
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted;
  }

  /** EmbeddedValues.address before issue 15. */
  private static List<String> oldAddress(String value) {
    List<ExposedValue> out = new ArrayList<>();
    if (!value.chars().anyMatch(c -> c >= '0' && c <= '9')) {
      return shown(out);
    }
    String line = value.strip();
    Matcher postcode = POSTCODE.matcher(line);
    String beforePostcode = line;
    while (line.matches("(?s).*[0-9]{4}.*") && postcode.find()) {
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
    return shown(out);
  }

  /** EmbeddedValues.freeText before issue 15. */
  private static List<String> oldFreeText(String text) {
    List<ExposedValue> out = new ArrayList<>();
    if (text.length() < 6) {
      return shown(out);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      out.add(new ExposedValue(FieldType.EMAIL, m.group()));
    }
    m = NINE_DIGITS.matcher(text);
    while (m.find()) {
      if (Bsn.isValid(m.group(1)) && near(lower, m.start(), "bsn", "burgerservice", "sofi")) {
        out.add(new ExposedValue(FieldType.NATIONAL_ID, m.group(1)));
      }
    }
    m = PHONE.matcher(text);
    while (m.find()) {
      if (ValuePatterns.isPhone(m.group())) {
        out.add(new ExposedValue(FieldType.PHONE, m.group()));
      }
    }
    m = IBAN.matcher(text);
    while (m.find()) {
      if (ValuePatterns.isIban(m.group())) {
        out.add(new ExposedValue(FieldType.BANK_ACCOUNT, m.group()));
      }
    }
    m = POSTCODE.matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(m.group(2).charAt(0)) && ValuePatterns.postcode(m.group()).isPresent()) {
        out.add(new ExposedValue(FieldType.POSTCODE, m.group()));
      }
    }
    m = DATE.matcher(text);
    while (m.find()) {
      if (Dates.parse(m.group()).isPresent()) {
        FieldType type = near(lower, m.start(), "geb", "geboren", "born", "dob", "birth")
            ? FieldType.BIRTH_DATE : FieldType.CLINICAL_DATE;
        out.add(new ExposedValue(type, m.group()));
      }
    }
    m = RESULT.matcher(text);
    while (m.find()) {
      if (ResultGrader.grade(m.group()) != ResultGrade.NONE) {
        out.add(new ExposedValue(FieldType.TEST_RESULT, m.group()));
      }
    }
    // Since issue 17: words of letters that name a sensitive diagnosis, carcinomas aside.
    m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      boolean letters = word.codePoints().allMatch(Character::isLetter);
      boolean carcinoma = word.toLowerCase(Locale.ROOT).matches(".*carcino(o)?m(a)?");
      if (letters && !carcinoma && SensitiveDiagnoses.isSensitiveWord(word, 0, word.length())) {
        out.add(new ExposedValue(FieldType.DIAGNOSIS, word));
      }
    }
    return shown(out);
  }

  private static boolean near(String lowerText, int position, String... words) {
    String before = lowerText.substring(Math.max(0, position - 30), position);
    for (String word : words) {
      if (before.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
