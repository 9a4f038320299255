package org.exposure.link;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.exposure.classify.ColumnDecision;
import org.exposure.classify.NationalIdScheme;
import org.exposure.classify.NationalIdSchemes;
import org.exposure.classify.HeaderDictionary;
import org.exposure.classify.Values;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * What one exposed value tells about the person it belongs to, read once: its field type, and for the
 * types that link records or make quasi-identifiers, the value in the form the {@link SubjectLinker}
 * compares (a national ID's scheme and number, a date, a canonical postcode, a sex code, an age, a name) or
 * the result grade it shows.
 *
 * <p>Immutable. It holds personal data: {@link #toString()} shows the type only.
 */
public final class ValueFacts {
  /** The facts of a value of each type that tells nothing beyond its type, shared. */
  private static final ValueFacts[] PLAIN = new ValueFacts[FieldType.values().length];

  static {
    for (FieldType type : FieldType.values()) {
      PLAIN[type.ordinal()] = new ValueFacts(type, null);
    }
  }

  private final FieldType type;
  /** Whether a diagnosis is one whose exposure stigmatises (mental health, HIV, pregnancy...). */
  private final boolean sensitive;
  /**
   * What was read, by type: a BSN's digits, a name, a result grade, a date, a postcode, a sex
   * code or an age; null where the value did not read as one.
   */
  private final Object reading;

  private ValueFacts(FieldType type, Object reading) {
    this(type, reading, false);
  }

  private ValueFacts(FieldType type, Object reading, boolean sensitive) {
    this.type = type;
    this.reading = reading;
    this.sensitive = sensitive;
  }

  /**
   * Reads a non-blank value of the given type met outside a column that tells its scheme or country
   * (in FHIR, in an address line): a national ID by the first scheme whose numbers it matches, a
   * postcode by its own form.
   */
  public static ValueFacts of(FieldType type, String value) {
    return of(type, value, Column.UNKNOWN);
  }

  /**
   * Reads a non-blank value of the given type from a column whose decision tells by which country's
   * rules its values are read: a national ID by its column's scheme, a postcode by its country's form.
   */
  public static ValueFacts of(FieldType type, String value, Column column) {
    requireNonNull(type, "type");
    requireNonNull(column, "column");
    value = Values.bare(requireNonNull(value, "value"));
    Object reading = switch (type) {
      // Only a number a person can have links: placeholders (000000000) would join strangers.
      case NATIONAL_ID -> nationalIdKey(value, column.scheme);
      case FAMILY_NAME, PERSON_NAME -> value; // read into words only where a linking key needs them
      case TEST_RESULT, DIAGNOSIS -> {
        ResultGrade g = orUngraded(type == FieldType.DIAGNOSIS ? Values.diagnosisGrade(value)
            : Values.grade(value, ""), value);
        yield g == ResultGrade.NONE ? null : g;
      }
      case RECORD_ID -> column.patientNumbers && !value.isBlank() ? value.strip() : null;
      case BIRTH_DATE -> Values.date(value).orElse(null);
      case POSTCODE -> Values.postcode(value, column.country).orElse(null);
      case SEX -> QuasiIdentifierValues.sex(value).orElse(null);
      case AGE -> QuasiIdentifierValues.age(value).orElse(null);
      default -> null;
    };
    if (type == FieldType.TEST_RESULT) {
      return testResult(value, reading == null ? ResultGrade.NONE : (ResultGrade) reading);
    }
    if (type == FieldType.DIAGNOSIS) {
      boolean sensitive = type == FieldType.DIAGNOSIS && Values.isSensitiveDiagnosis(value);
      return graded(type, reading == null ? ResultGrade.NONE : (ResultGrade) reading, sensitive);
    }
    return reading == null ? PLAIN[type.ordinal()] : new ValueFacts(type, reading);
  }

  /**
   * The facts of a test result read beside its test's name or code from the same record ({@link
   * Values#grade(String, String)}): "positief" beside "Chlamydia PCR" is that test's, not HPV's.
   *
   * @param test the test's name or code; blank where the record names none
   */
  public static ValueFacts result(String value, String test) {
    requireNonNull(value, "value");
    requireNonNull(test, "test");
    return testResult(value, orUngraded(Values.grade(value, test), value));
  }

  /**
   * The facts of a diagnosis whose grade its column decided, not its value: a condition's flag
   * ({@code SP_CNCR = 1}) says the condition its header names.
   */
  public static ValueFacts diagnosis(ResultGrade grade) {
    return graded(FieldType.DIAGNOSIS, requireNonNull(grade, "grade"), false);
  }

  /**
   * The facts of a test result whose grade its column decided, not its value: a ticked box under a
   * header that names the finding ({@code hpv_genotype___1: Checked}).
   */
  public static ValueFacts result(ResultGrade grade) {
    return graded(FieldType.TEST_RESULT, requireNonNull(grade, "grade"), false);
  }

  /**
   * Not a value: a mark a reader adds to each record of a table whose national-ID column it saw
   * blank in places, so that the record's name, birth date and postcode are kept beside its ID for
   * the rows where the ID was left out. Tables whose IDs are all filled in keep none: no memory
   * spent on joins that cannot happen.
   */
  public static final ValueFacts IDS_LEFT_BLANK = new ValueFacts(FieldType.OTHER, new Object());

  /**
   * The facts of a diagnosis that names a site (ICD-O topography: "C53.1" of an in-situ tumour): a
   * diagnosis the screening scale does not grade, whatever its code.
   */
  public static ValueFacts site() {
    return graded(FieldType.DIAGNOSIS, ResultGrade.UNGRADED, false);
  }

  /**
   * A result's or diagnosis's grade as read, or, where none was read, UNGRADED: one that cannot be
   * graded is still one, never a normal one; "n.v.t." or "pending" is none (NONE).
   */
  private static ResultGrade orUngraded(ResultGrade read, String value) {
    return read != ResultGrade.NONE ? read
        : Values.isNoResult(value) ? ResultGrade.NONE : ResultGrade.UNGRADED;
  }

  /**
   * What an ungradeable code in a result column reads as ({@code N}, {@code AB}, {@code X}, an OMOP
   * concept id): a qualifier of the result beside it more often than a result of its own.
   */
  private static final Object CODE = new Object() {
    @Override
    public String toString() {
      return "code";
    }
  };

  /**
   * An ungradeable code in a result column: counted as a result not graded only where no other result
   * of its record could be graded ({@link #ungradedCode}).
   */
  private static final ValueFacts UNGRADED_CODE = new ValueFacts(FieldType.TEST_RESULT, CODE);

  /**
   * A test result's facts: an ungradeable code ("N", "AB", "9189") is told apart from an ungradeable
   * text or value ("8.1 mmol/L", "gunstig"), which is a result of its own.
   */
  private static ValueFacts testResult(String value, ResultGrade grade) {
    return grade == ResultGrade.UNGRADED && isCode(value) ? UNGRADED_CODE
        : graded(FieldType.TEST_RESULT, grade, false);
  }

  /** Three letters at most, or a whole number: a flag, an answer code or a concept id. */
  private static boolean isCode(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 12) {
      return false;
    }
    boolean letters = v.length() <= 3;
    boolean digits = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      letters &= Character.isLetter(c);
      digits &= c >= '0' && c <= '9';
    }
    return letters || digits;
  }

  /**
   * Whether this is an ungradeable code in a result column ({@code N}, {@code AB}, an answer
   * concept's id): the record's other results say what it qualifies, and where none of them is graded
   * it counts as a result not graded.
   */
  boolean ungradedCode() {
    return reading == CODE;
  }

  /** The facts of a result or diagnosis, shared: a grade and whether it is sensitive, no value. */
  private static final ValueFacts[][] GRADED = new ValueFacts[4][ResultGrade.values().length];

  static {
    for (ResultGrade g : ResultGrade.values()) {
      for (int k = 0; k < 4; k++) {
        FieldType type = k < 2 ? FieldType.TEST_RESULT : FieldType.DIAGNOSIS;
        GRADED[k][g.ordinal()] =
            new ValueFacts(type, g == ResultGrade.NONE ? null : g, (k & 1) == 1);
      }
    }
  }

  private static ValueFacts graded(FieldType type, ResultGrade grade, boolean sensitive) {
    return GRADED[(type == FieldType.DIAGNOSIS ? 2 : 0) + (sensitive ? 1 : 0)][grade.ordinal()];
  }

  /**
   * The linking key of an identity number no scheme checks (a passport's, an asylum seeker's
   * V-number): its letters and digits, upper case, behind {@link #UNCHECKED}; null for fewer than
   * six, which say too little to be one person's, and for a placeholder. A number that a scheme of
   * its column fails links no one: it is a placeholder or a slip more often than a person.
   */
  private static String unchecked(String value) {
    StringBuilder form = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        form.append(Character.toUpperCase(c));
      }
    }
    return form.length() < 6 || isPlaceholder(form) ? null : UNCHECKED + form;
  }

  /**
   * A number written for "unknown": one digit repeated ({@code 000000000}, {@code 999999999}) or a
   * run ({@code 123456789}). It would join strangers, so it links no one.
   */
  private static boolean isPlaceholder(CharSequence form) {
    boolean same = true;
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < form.length(); i++) {
      int step = form.charAt(i) - form.charAt(i - 1);
      same &= step == 0;
      up &= step == 1 || step == -9;
      down &= step == -1 || step == 9;
    }
    return same || up || down;
  }

  /** How the linking key of a national ID that no scheme checked begins. */
  public static final String UNCHECKED = "nid|";

  /**
   * The linking key of a national ID by the given scheme, or, where none is given, by the first whose
   * numbers it matches: the scheme's id and the number's linking form, so that two schemes' keys never
   * collide. A BSN keeps the prefix {@code bsn} that keyed subjects before schemes were pluggable, so
   * that a controller's pseudonyms stay the same.
   */
  private static String nationalIdKey(String value, NationalIdScheme scheme) {
    NationalIdScheme s = scheme != null ? scheme : NationalIdSchemes.of(value).orElse(null);
    if (s == null) {
      return unchecked(value);
    }
    String form;
    try {
      form = s.linkingForm(value).orElse(null);
    } catch (RuntimeException e) { // a registered scheme that throws links nothing
      return null;
    }
    if (form == null) {
      return null;
    }
    return (s.id().equals("nl-bsn") ? "bsn" : s.id()) + '|' + form;
  }

  /**
   * What a column's decision tells about how its values are read: the national-ID scheme and the
   * country whose rules its check applied. Immutable; one per column, made once.
   */
  public static final class Column {
    /** A column, or a value met outside one, whose scheme and country are not known. */
    public static final Column UNKNOWN = new Column(null, "", false);

    /** A column of record numbers that stand for the person herself: a patient number links. */
    public static final Column PATIENT_NUMBERS = new Column(null, "", true);

    private final NationalIdScheme scheme;
    private final String country;
    /** Whether its record numbers stand for the person herself: a patient number links. */
    private final boolean patientNumbers;

    private Column(NationalIdScheme scheme, String country, boolean patientNumbers) {
      this.scheme = scheme;
      this.country = country;
      this.patientNumbers = patientNumbers;
    }

    /** The column of the given decision. */
    public static Column of(ColumnDecision decision) {
      requireNonNull(decision, "decision");
      ColumnClassification c = decision.classification();
      if (c.type() == FieldType.RECORD_ID && HeaderDictionary.namesPatient(c.field())) {
        return PATIENT_NUMBERS;
      }
      return of(decision.scheme(), decision.country());
    }

    /**
     * A column of the given scheme and country (ISO 3166-1 alpha-2), either of which may be unknown.
     */
    public static Column of(Optional<NationalIdScheme> scheme, Optional<String> country) {
      return scheme.isEmpty() && country.isEmpty() ? UNKNOWN
          : new Column(scheme.orElse(null),
              country.orElse(scheme.map(NationalIdScheme::country).orElse("")), false);
    }

    @Override
    public String toString() {
      return "ValueFacts.Column[" + (scheme == null ? "no scheme" : scheme.id()) + ", "
          + (country.isEmpty() ? "no country" : country) + "]";
    }
  }

  /**
   * Reads a value that free text reveals. Free text may speak of someone else (a partner's BSN, a
   * mother's birth date), so only a result's grade is read: what else it names is exposed, but neither
   * links its subject nor sets her quasi-identifiers. A condition named in passing is sensitive where
   * it is, but counts as no result: a result not graded needs a result column's value.
   */
  public static ValueFacts inFreeText(FieldType type, String value) {
    if (type != FieldType.TEST_RESULT && type != FieldType.DIAGNOSIS) {
      return typeOnly(type);
    }
    ValueFacts facts = of(type, value);
    // "zwanger, colpo uitgesteld": a condition a remark names is sensitive, but no result
    return facts.grade() == ResultGrade.UNGRADED ? graded(type, ResultGrade.NONE, facts.sensitive())
        : facts;
  }

  /**
   * A value of the given type that exposes its type and tells nothing else: one that must not be
   * trusted to link or describe its subject.
   */
  public static ValueFacts typeOnly(FieldType type) {
    return PLAIN[requireNonNull(type, "type").ordinal()];
  }

  /** The value's field type. */
  public FieldType type() {
    return type;
  }

  /** The result grade a result or diagnosis shows, else {@link ResultGrade#NONE}. */
  public ResultGrade grade() {
    return reading instanceof ResultGrade ? (ResultGrade) reading : ResultGrade.NONE;
  }

  /** Whether a diagnosis is a sensitive one: mental health, HIV and sexual health, pregnancy... */
  boolean sensitive() {
    return sensitive;
  }

  /**
   * A national ID's linking key, its scheme's id and its number's linking form ({@code us-ssn|...}),
   * where it reads as a number of a known scheme that a person can have, else null.
   */
  String nationalId() {
    return type == FieldType.NATIONAL_ID ? (String) reading : null;
  }

  /** A patient number (a record number that stands for the person herself), else null. */
  String patientNumber() {
    return type == FieldType.RECORD_ID ? (String) reading : null;
  }

  /** A national ID's nine digits where it reads as a BSN that passes the 11-proef, else null. */
  String bsn() {
    String key = nationalId();
    return key != null && key.startsWith("bsn|") ? key.substring(4) : null;
  }

  /** A birth date read as a date, else null. */
  LocalDate birthDate() {
    return type == FieldType.BIRTH_DATE ? (LocalDate) reading : null;
  }

  /**
   * A postcode's class form, {@code "1234 AB"} or {@code "1234"} in the Netherlands, behind its
   * country elsewhere ({@code "US 02108"}), else null.
   */
  String postcode() {
    return type == FieldType.POSTCODE ? (String) reading : null;
  }

  /** A sex code read as {@code "F"}, {@code "M"} or {@code "X"}, else null. */
  String sex() {
    return type == FieldType.SEX ? (String) reading : null;
  }

  /** An age in whole years, else null. */
  Integer age() {
    return type == FieldType.AGE ? (Integer) reading : null;
  }

  /** A family or full name as it stands, else null. */
  String name() {
    return type == FieldType.FAMILY_NAME || type == FieldType.PERSON_NAME ? (String) reading : null;
  }

  /** The type only: the value and what was read from it must never reach a log. */
  @Override
  public String toString() {
    return "ValueFacts[" + type + ", redacted]";
  }
}
