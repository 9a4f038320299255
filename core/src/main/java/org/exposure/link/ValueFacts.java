package org.exposure.link;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.exposure.classify.Values;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * What one exposed value tells about the person it belongs to, read once: its field type, and for the
 * types that link records or make quasi-identifiers, the value in the form the {@link SubjectLinker}
 * compares (a BSN's nine digits, a date, a canonical postcode, a sex code, an age, a name) or
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

  /** Reads a non-blank value of the given type. */
  public static ValueFacts of(FieldType type, String value) {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    Object reading = switch (type) {
      // Only a valid BSN links: placeholders (000000000, 999999999) would join strangers.
      case NATIONAL_ID -> Values.bsn(value).orElse(null);
      case FAMILY_NAME, PERSON_NAME -> value; // read into words only where a linking key needs them
      case TEST_RESULT, DIAGNOSIS -> {
        // Six bare digits in a result column are a KOPAC-B code. A result or diagnosis that cannot
        // be graded is still one, never a normal one; "n.v.t." or "pending" is none.
        ResultGrade g = Values.grade(value);
        yield g != ResultGrade.NONE ? g : Values.isNoResult(value) ? null : ResultGrade.UNGRADED;
      }
      case BIRTH_DATE -> Values.date(value).orElse(null);
      case POSTCODE -> QuasiIdentifierValues.postcode(value).orElse(null);
      case SEX -> QuasiIdentifierValues.sex(value).orElse(null);
      case AGE -> QuasiIdentifierValues.age(value).orElse(null);
      default -> null;
    };
    if (type == FieldType.DIAGNOSIS && Values.isSensitiveDiagnosis(value)) {
      return new ValueFacts(type, reading, true);
    }
    return reading == null ? PLAIN[type.ordinal()] : new ValueFacts(type, reading);
  }

  /**
   * Reads a value that free text reveals. Free text may speak of someone else (a partner's BSN, a
   * mother's birth date), so only a result's grade is read: what else it names is exposed, but neither
   * links its subject nor sets her quasi-identifiers.
   */
  public static ValueFacts inFreeText(FieldType type, String value) {
    return type == FieldType.TEST_RESULT || type == FieldType.DIAGNOSIS
        ? of(type, value) : typeOnly(type);
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
  ResultGrade grade() {
    return reading instanceof ResultGrade ? (ResultGrade) reading : ResultGrade.NONE;
  }

  /** Whether a diagnosis is a sensitive one: mental health, HIV and sexual health, pregnancy... */
  boolean sensitive() {
    return sensitive;
  }

  /** A national ID's nine digits where it reads as a BSN that passes the 11-proef, else null. */
  String bsn() {
    return type == FieldType.NATIONAL_ID ? (String) reading : null;
  }

  /** A birth date read as a date, else null. */
  LocalDate birthDate() {
    return type == FieldType.BIRTH_DATE ? (LocalDate) reading : null;
  }

  /** A postcode's canonical form, {@code "1234 AB"} or {@code "1234"}, else null. */
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
