package org.exposure.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * What the classifier knows of single values, for the readers of other formats and the linker: the
 * checks a value of a type is held to, its canonical form, the grade a result shows, and what a
 * composite value or a free text reveals. The one door into the classifier's rules; the rules
 * themselves are the package's own. Stateless; every method is thread-safe and runs in time linear in
 * the value's length.
 */
public final class Values {
  private Values() {}

  /** The nine digits of a valid BSN (11-proef; placeholders such as 000000000 refused). */
  public static Optional<String> bsn(String value) {
    return Bsn.checked(value);
  }

  /** Whether the value is a valid BSN. */
  public static boolean isBsn(String value) {
    return Bsn.isValid(value);
  }

  /** The date the value writes, in any of the layouts extracts use; empty if it is none. */
  public static Optional<LocalDate> date(String value) {
    return Dates.parse(value);
  }

  /** The canonical form {@code 1234 AB} of a Dutch postcode; empty if the value is none. */
  public static Optional<String> postcode(String value) {
    return ValuePatterns.postcode(value);
  }

  /**
   * The form in which equivalence classes compare a postcode of the given country (ISO 3166-1 alpha-2;
   * {@code ""} where not known): a Dutch postcode as {@code "1234 AB"} or its four digits as
   * {@code "1234"}, others behind their country: {@code "US 02108"} (a ZIP+4 by its ZIP), {@code "GB
   * SW1A 1"} (a UK postcode by its sector), {@code "BE 1000"}, {@code "DE 10115"}, {@code "FR 75001"},
   * {@code "ES 28001"}, {@code "IT 00184"}, {@code "AT 1010"}, {@code "CH 8001"}.
   * Where the country is not known, only forms that tell it are read (a Dutch postcode or four digits,
   * a UK postcode, a ZIP+4). Empty if the value is none of these.
   */
  public static Optional<String> postcode(String value, String country) {
    Optional<String> whole = Postcodes.classForm(value, country);
    return whole.isPresent() ? whole : leadingPostcode(value, country);
  }

  /**
   * The postcode before a place's name in one cell ("09547 Hamburg", "3511 AB Utrecht", "75011
   * PARIS"), as a postal address's last line writes them.
   */
  private static Optional<String> leadingPostcode(String value, String country) {
    String[] words = value.strip().split("\\s+");
    for (int n = 1; n <= 2 && n < words.length; n++) {
      if (Character.isLetter(words[n].charAt(0))) {
        Optional<String> form = Postcodes.classForm(String.join(" ", List.of(words).subList(0, n)),
            country);
        if (form.isPresent()) {
          return form;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the value is a phone number of the given country (ISO 3166-1 alpha-2: NL, US, GB, BE, DE,
   * FR, ES, IT, AT, CH), in its national or international form.
   */
  public static boolean isPhone(String value, String country) {
    return Phones.isOf(value, country);
  }

  /** Whether the value is a phone number. */
  public static boolean isPhone(String value) {
    return ValuePatterns.isPhone(value);
  }

  /** Whether the value is an e-mail address. */
  public static boolean isEmail(String value) {
    return ValuePatterns.isEmail(value);
  }

  /** Whether the value is an age in years. */
  public static boolean isAge(String value) {
    return ValuePatterns.isAge(value);
  }

  /** Whether the value is written as initials ("J.P.", "A. B."). */
  public static boolean isInitials(String value) {
    return NameDictionary.isInitials(value);
  }

  /**
   * {@code "F"}, {@code "M"} or {@code "X"} for a sex or gender in any of the languages read, or an
   * ISO 5218 digit (1 male, 2 female, 0 and 9 unknown); empty for anything else.
   */
  public static Optional<String> sex(String value) {
    return ValuePatterns.sex(value);
  }

  /** Whether the value is an AGB code (a Dutch care provider's). */
  public static boolean isAgbCode(String value) {
    return Codes.isAgbCode(value);
  }

  /**
   * The grade of a test result or a diagnosis in any of the phrasings graded; a value of six bare
   * digits is read as a KOPAC-B code, a Read code of the NHS programme's results as its result.
   * {@link ResultGrade#NONE} if it shows none.
   */
  public static ResultGrade grade(String value) {
    return grade(value, "");
  }

  /**
   * As {@link #grade(String)}, beside the name or code of its test from the same record ("Chlamydia
   * PCR" and "positief" is no HPV result; "Cytologie" and "3a2" is a Pap class).
   */
  public static ResultGrade grade(String value, String test) {
    ResultGrade grade = ResultGrader.grade(value, test);
    if (grade == ResultGrade.NONE) {
      grade = ResultGrader.kopacB(value);
    }
    return grade != ResultGrade.NONE ? grade : readCode(value);
  }

  /**
   * The grade of a Read (version 2) code that GP systems in England record a cervical screening
   * result with, as laboratories list them beside the programme's result codes: {@code 4K21}
   * inadequate (or HPV unreliable), {@code 4K22} negative, {@code 4K290} and {@code 4K291}
   * borderline changes, {@code 4K2J} low-grade dyskaryosis, {@code 4K2K} and {@code 4K2L} high-grade
   * (moderate, severe), {@code 4K2M} ?invasive squamous carcinoma, {@code 4K2N} and {@code 4K2P}
   * ?glandular neoplasia, {@code 4K3E} high-risk HPV not detected; Read's trailing dots allowed.
   * {@link ResultGrade#NONE} for any other value. Read codes are case-sensitive: {@code 4K2j} is none.
   */
  public static ResultGrade readCode(String value) {
    String code = value.strip();
    int end = code.length();
    while (end > 0 && code.charAt(end - 1) == '.') {
      end--;
    }
    return switch (code.substring(0, end)) {
      case "4K21" -> ResultGrade.UNSATISFACTORY;
      case "4K22", "4K3E" -> ResultGrade.NORMAL;
      case "4K290", "4K291", "4K2J" -> ResultGrade.ABNORMAL_LOW_GRADE;
      case "4K2K", "4K2L", "4K2N", "4K2P" -> ResultGrade.ABNORMAL_HIGH_GRADE;
      case "4K2M" -> ResultGrade.CANCER;
      default -> ResultGrade.NONE;
    };
  }

  /**
   * The grade of an NHS cervical screening programme HPV infection code: {@code 0} HPV not found,
   * {@code 9} HPV found, {@code U} unavailable (no result); or of the result, infection and action
   * codes written together ({@code 29R}, {@code 2/9/R}: negative cytology, HPV found, early recall), the worse of
   * the cytology's and the HPV test's; {@link ResultGrade#NONE} for any other value.
   */
  public static ResultGrade infectionCode(String value) {
    String code = NHS_CODE_BREAK.matcher(value.strip().toUpperCase(java.util.Locale.ROOT))
        .replaceAll(""); // "2/9/R", "2-9-R" as "29R"
    if (code.length() == 3 && Character.isLetter(code.charAt(2))) {
      return nhsResultCode(code.charAt(0)).max(infectionCode(code.substring(1, 2)));
    }
    return switch (code) {
      case "0" -> ResultGrade.NORMAL;
      case "9" -> ResultGrade.ABNORMAL_LOW_GRADE;
      case "U" -> ResultGrade.UNSATISFACTORY;
      default -> ResultGrade.NONE;
    };
  }

  /**
   * Whether the value is an NHS cervical screening test code: the result, infection and action codes
   * written together, as a call and recall system lists them ({@code X0A}, {@code 29R}, {@code
   * 2/9/R}): a result code, {@code 0}, {@code 9} or {@code U}, then {@code A}, {@code R} or {@code S}.
   */
  public static boolean isNhsTestCode(String value) {
    return NHS_TEST_CODE.matcher(NHS_CODE_BREAK.matcher(value.strip()).replaceAll("")).matches();
  }

  /**
   * Whether four in five of the values that are not blank are {@linkplain #isNhsTestCode NHS test
   * codes}.
   */
  public static boolean areNhsTestCodes(List<String> values) {
    long filled = values.stream().filter(v -> !v.isBlank()).count();
    return filled > 0 && values.stream().filter(Values::isNhsTestCode).count() >= 0.8 * filled;
  }

  private static final Pattern NHS_TEST_CODE = Pattern.compile("[0-9A-Za-z][09Uu][ARSars]");

  private static final Pattern NHS_CODE_BREAK = Pattern.compile("\\s*[/\\-]\\s*|\\s+");

  /**
   * An NHS cytology result code: {@code 1} inadequate, {@code 2} negative, {@code 3} low-grade
   * dyskaryosis, {@code 8} and {@code 9} borderline changes, {@code 7} and {@code 4} high-grade
   * (moderate, severe) dyskaryosis, {@code 6} and {@code 0} ?glandular neoplasia, {@code 5} ?invasive
   * squamous carcinoma; {@code X} (no cytology test) and any other, NONE.
   */
  private static ResultGrade nhsResultCode(char code) {
    return switch (code) {
      case '1' -> ResultGrade.UNSATISFACTORY;
      case '2' -> ResultGrade.NORMAL;
      case '3', '8', '9' -> ResultGrade.ABNORMAL_LOW_GRADE;
      case '4', '6', '7', '0' -> ResultGrade.ABNORMAL_HIGH_GRADE;
      case '5' -> ResultGrade.CANCER;
      default -> ResultGrade.NONE;
    };
  }

  /**
   * The grade of a diagnosis: as {@link #grade(String)}, and an ICD-9-CM code by its class ({@code
   * 795.04} high grade, {@code 1809} cancer), which only a diagnosis column is read for.
   */
  public static ResultGrade diagnosisGrade(String value) {
    ResultGrade grade = grade(value);
    if (grade == ResultGrade.NONE) {
      grade = ResultGrader.icd9(value);
    }
    return grade != ResultGrade.NONE ? grade : icdO3Morphology(value);
  }

  /**
   * The grade of a tumour's ICD-O-3 behaviour digit, in a column of its own: {@code 3} malignant
   * (cancer), {@code 2} in situ (high grade); any other, a diagnosis not graded.
   */
  public static ResultGrade behaviourGrade(String value) {
    return switch (value.strip()) {
      case "3" -> ResultGrade.CANCER;
      case "2" -> ResultGrade.ABNORMAL_HIGH_GRADE;
      default -> ResultGrade.UNGRADED;
    };
  }

  /**
   * The grade of an ICD-O-3 morphology code by its behaviour, the digit after the slash: {@code /3}
   * malignant (cancer), {@code /2} in situ (high grade: {@code 8077/2} is CIN 3 or HSIL); a benign or
   * uncertain behaviour ({@code 8077/0}) and any other value, {@link ResultGrade#NONE}.
   */
  static ResultGrade icdO3Morphology(String value) {
    String code = value.strip();
    if (!ICD_O_MORPHOLOGY.matcher(code).matches()) {
      return ResultGrade.NONE;
    }
    return switch (code.charAt(code.length() - 1)) {
      case '3' -> ResultGrade.CANCER;
      case '2' -> ResultGrade.ABNORMAL_HIGH_GRADE;
      default -> ResultGrade.NONE;
    };
  }

  private static final Pattern ICD_O_MORPHOLOGY = Pattern.compile("[89]\\d{3}/[0-39]");

  /**
   * Whether a header or a test's name names a screening test (HPV, cytology, CIN, KOPAC-B): a column
   * so headed holds that test's results, whatever another column of the record names.
   */
  public static boolean namesScreeningTest(String text) {
    return ResultGrader.namesScreeningTest(text);
  }

  /**
   * Whether a header names a test other than cervical screening ("Chlamydia (NAAT)", "Hiv-test"): a
   * column so headed holds that test's results, and its outcomes are not HPV's.
   */
  public static boolean namesOtherTest(String text) {
    return ResultGrader.namesOtherTest(text);
  }

  /**
   * The value as checks and linking keys read it: without the apostrophe a spreadsheet puts before a
   * number it must keep as text ({@code '0612345678}, {@code '87050916272}; "'t Hart" keeps its own),
   * and without the naming system a FHIR token or a zib export writes before an identifier ({@code
   * urn:oid:2.16.840.1.113883.2.4.6.3|123456782}, {@code http://hospital.example/mrn|4711}); any other
   * value as it is.
   */
  public static String bare(String value) {
    // Every value of every record passes here: look for the bar only behind a system's first letters.
    String start = value.stripLeading();
    boolean maybeSystem = start.startsWith("urn:") || start.startsWith("http")
        || !start.isEmpty() && start.charAt(0) >= '0' && start.charAt(0) <= '9';
    int bar = maybeSystem ? value.lastIndexOf('|') : -1;
    if (bar > 0 && bar < value.length() - 1 && NAMING_SYSTEM.matcher(value).region(0, bar).matches()) {
      return value.substring(bar + 1);
    }
    return value.length() > 1 && value.charAt(0) == '\''
        && (Character.isDigit(value.charAt(1)) || value.charAt(1) == '+') ? value.substring(1) : value;
  }

  /** A URN, a URL or a bare OID: what names an identifier's system. */
  private static final Pattern NAMING_SYSTEM = Pattern.compile(
      "\\s*(?:urn:[a-z]+:\\S+|https?://\\S+|\\d+(?:\\.\\d+){3,})\\s*");

  /**
   * Whether a value is a box ticked or not ("Checked", "Unchecked", "yes", "nee", "TRUE"), as survey
   * tools (REDCap's checkbox columns) and registers write an option chosen: {@code TRUE} ticked,
   * {@code FALSE} not, empty for any other value.
   */
  public static Optional<Boolean> ticked(String value) {
    switch (ResultGrader.squash(value)) {
      case "checked", "yes", "ja", "true", "oui", "si", "sim", "tak":
        return Optional.of(true);
      case "unchecked", "no", "nee", "false", "non", "nein", "nao", "nie":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /**
   * An ICPC-coded diagnosis without its code ("D06 Buikpijn" reads "Buikpijn"): an ICPC code is a
   * letter and two digits, as ICD-10's are, and means something else.
   */
  public static String withoutIcpcCode(String value) {
    String v = value.strip();
    if (v.length() >= 3 && Character.isLetter(v.charAt(0)) && Character.isDigit(v.charAt(1))
        && Character.isDigit(v.charAt(2)) && (v.length() == 3 || !Character.isLetterOrDigit(
            v.charAt(3)) && v.charAt(3) != '.')) {
      return v.substring(3).strip();
    }
    return v;
  }

  /**
   * A condition's flag: {@code 1}, {@code Y} or a box ticked says yes; {@code 0}, {@code 2} (the 1/2
   * coding of CMS's files), {@code N} or a box not ticked says no; empty for any other value.
   */
  public static Optional<Boolean> flag(String value) {
    switch (ResultGrader.squash(value)) {
      case "1", "y", "j":
        return Optional.of(true);
      case "0", "2", "n":
        return Optional.of(false);
      default:
        return ticked(value);
    }
  }

  /**
   * Whether a column's sampled values are a condition's flags: each non-blank one a {@linkplain
   * #flag flag}, and at least one.
   */
  public static boolean areFlags(List<String> sample) {
    boolean any = false;
    for (String v : sample) {
      if (!v.isBlank()) {
        if (flag(v).isEmpty()) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * What a "yes" under a condition's header says: cancer where the header names a cancer
   * ({@code SP_CNCR}, "Krebs"), a diagnosis not graded otherwise.
   */
  public static ResultGrade flaggedGrade(String header) {
    String key = HeaderDictionary.normalize(header);
    for (String stem : CANCER_STEMS) {
      if (key.contains(stem)) {
        return ResultGrade.CANCER;
      }
    }
    return ResultGrade.UNGRADED;
  }

  private static final List<String> CANCER_STEMS = List.of("cancer", "cncr", "carcino", "malign",
      "tumor", "tumour", "krebs", "kanker", "oncolog", "neoplas");

  /**
   * Whether a result value says there is none ("n.v.t.", "geen uitslag", "pending", blank): a value
   * that is not this and grades {@link ResultGrade#NONE} is a result that could not be graded.
   */
  public static boolean isNoResult(String value) {
    return ResultGrader.isNoResult(value);
  }

  /**
   * Whether a diagnosis is one whose exposure stigmatises as an abnormal result does: mental health,
   * HIV and sexual health, substance use, pregnancy, cancer; by ICD-10 code, SNOMED CT concept or
   * name, in Dutch or English.
   */
  public static boolean isSensitiveDiagnosis(String value) {
    return SensitiveDiagnoses.matches(value);
  }

  /** Whether values of the type may reveal more than themselves: composite values and free text. */
  public static boolean reveal(FieldType type) {
    return EmbeddedValues.reveals(type);
  }

  /**
   * Adds to {@code out} what the value of the given type reveals beyond itself (a postcode in an
   * address line, a BSN in a remark); nothing for types that are not composite or free text.
   */
  public static void expand(FieldType type, String value, List<ExposedValue> out) {
    EmbeddedValues.expand(type, value, out);
  }

  /**
   * As {@link #expand(FieldType, String, List)}, in a file of the given country (ISO 3166-1
   * alpha-2, "" where not known): an address line's postcode is also found in that country's form
   * ({@code "41 rue Nationale 51307 ANGERS"}, {@code "29 Queens Road, Oxford OX16 9RY"}).
   */
  public static void expand(FieldType type, String value, String country,
      List<ExposedValue> out) {
    EmbeddedValues.expand(type, value, country, out);
  }
}
