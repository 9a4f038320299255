package org.exposure.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What was exposed about a subject that identifies her only in combination: birth date, postcode (full
 * PC6 or its four digits), sex and age. Re-identification groups subjects into equivalence classes on
 * these. {@link #toString()} shows which are present, never their values.
 *
 * @param birthDate her birth date
 * @param postcode her postcode: Dutch as {@code "1234 AB"} or {@code "1234"}, others behind their
 *     country ({@code "US 02108"}, {@code "GB SW1A 1"}, {@code "BE 1000"}, {@code "DE 10115"},
 *     {@code "FR 75001"}, {@code "ES 28001"}, {@code "IT 00184"}, {@code "AT 1010"},
 *     {@code "CH 8001"}), as {@code Values.postcode(String, String)} reads them
 * @param sex her sex code, upper case ({@code "F"}, {@code "M"}, {@code "X"})
 * @param age her age in years, where exposed as a number
 */
public record QuasiIdentifiers(
    Optional<LocalDate> birthDate, Optional<String> postcode, Optional<String> sex, OptionalInt age) {

  private static final long EPOCH_1850 = LocalDate.of(1850, 1, 1).toEpochDay();

  // The kinds, as bits of kindsMask(), and where each value sits in a class code.
  private static final int BIRTH_DATE = 1;
  private static final int POSTCODE = 2;
  private static final int SEX = 4;
  private static final int AGE = 8;
  private static final int PC4 = 16;
  private static final long KINDS_MASK = 31;
  private static final int DATE_SHIFT = 5;
  private static final int DATE_BITS = 17;
  private static final int POSTCODE_SHIFT = DATE_SHIFT + DATE_BITS;
  private static final int POSTCODE_BITS = 24;
  private static final int SEX_SHIFT = POSTCODE_SHIFT + POSTCODE_BITS;
  private static final int SEX_BITS = 2;
  private static final int AGE_SHIFT = SEX_SHIFT + SEX_BITS;
  private static final int AGE_BITS = 7;
  /**
   * A postcode outside the Netherlands: its country's index in {@link #COUNTRIES} (0, the Netherlands,
   * keeps the Dutch layout), and the 5 high bits of its 29-bit value above the 24 of a Dutch one (a UK
   * sector, the largest, needs 25).
   */
  private static final int COUNTRY_SHIFT = AGE_SHIFT + AGE_BITS;
  private static final int COUNTRY_BITS = 4;
  private static final int POSTCODE_HIGH_SHIFT = COUNTRY_SHIFT + COUNTRY_BITS;
  private static final int POSTCODE_HIGH_BITS = 5;
  private static final long COUNTRY_MASK = ((1L << COUNTRY_BITS) - 1) << COUNTRY_SHIFT;
  /** The countries whose postcodes a class code holds, by index; the Netherlands is 0. */
  private static final List<String> COUNTRIES =
      List.of("NL", "US", "GB", "BE", "DE", "FR", "ES", "IT", "AT", "CH", "NO", "FI", "PL",
          "PT");
  private static final String SEXES = "FMX";
  /** The bits of each kind's value: birth date, postcode (with its country), sex, age. */
  private static final long[] FIELD_MASKS = {
      ((1L << DATE_BITS) - 1) << DATE_SHIFT,
      ((1L << POSTCODE_BITS) - 1) << POSTCODE_SHIFT | COUNTRY_MASK
          | ((1L << POSTCODE_HIGH_BITS) - 1) << POSTCODE_HIGH_SHIFT,
      ((1L << SEX_BITS) - 1) << SEX_SHIFT,
      ((1L << AGE_BITS) - 1) << AGE_SHIFT};

  private static final QuasiIdentifiers NONE =
      new QuasiIdentifiers(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());

  public QuasiIdentifiers {
    requireNonNull(birthDate, "birthDate");
    requireNonNull(postcode, "postcode");
    requireNonNull(sex, "sex");
    requireNonNull(age, "age");
  }

  /** No quasi-identifier. */
  public static QuasiIdentifiers none() {
    return NONE;
  }

  /**
   * Her age in whole years on the given date: from her birth date where exposed, else her exposed age;
   * none for a birth date after the date, which is an error in the extract, not a newborn.
   */
  public OptionalInt ageOn(LocalDate date) {
    if (birthDate.isEmpty()) {
      return age;
    }
    return birthDate.get().isAfter(date)
        ? OptionalInt.empty() : OptionalInt.of(yearsBetween(birthDate.get(), date));
  }

  /**
   * Whole years from one date to another as {@code ChronoUnit.YEARS.between} counts them (negative when
   * {@code to} comes first), without its generic dispatch: it runs for every subject and birth date.
   */
  public static int yearsBetween(LocalDate from, LocalDate to) {
    long months = to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue());
    int days = to.getDayOfMonth() - from.getDayOfMonth();
    if (months > 0 && days < 0) {
      months--;
    } else if (months < 0 && days > 0) {
      months++;
    }
    return (int) (months / 12);
  }

  /** Whether any quasi-identifier is present. */
  public boolean isEmpty() {
    return birthDate.isEmpty() && postcode.isEmpty() && sex.isEmpty() && age.isEmpty();
  }

  /**
   * The names of the quasi-identifiers present, e.g. {@code [birth date, postcode, sex]}; a postcode of
   * four digits is named {@code PC4}. Subjects are compared only with others of the same set.
   */
  public List<String> kinds() {
    return kinds(kindsMask());
  }

  /** The names of the kinds in a {@link #kindsMask()}, in the order of {@link #kinds()}. */
  public static List<String> kinds(int kindsMask) {
    List<String> kinds = new ArrayList<>(4);
    if ((kindsMask & BIRTH_DATE) != 0) {
      kinds.add("birth date");
    }
    if ((kindsMask & POSTCODE) != 0) {
      kinds.add((kindsMask & PC4) != 0 ? "PC4" : "postcode");
    }
    if ((kindsMask & SEX) != 0) {
      kinds.add("sex");
    }
    if ((kindsMask & AGE) != 0) {
      kinds.add("age");
    }
    return kinds;
  }

  /**
   * The kinds present as bits, in the order of {@link #kinds()}: birth date 1, postcode 2 (PC4 adds 16),
   * sex 4, age 8. Cheap to compute for millions of subjects.
   */
  public int kindsMask() {
    int mask = 0;
    if (birthDate.isPresent()) {
      mask |= BIRTH_DATE;
    }
    if (postcode.isPresent()) {
      mask |= postcode.get().length() == 4 ? POSTCODE | PC4 : POSTCODE;
    }
    if (sex.isPresent()) {
      mask |= SEX;
    }
    if (age.isPresent()) {
      mask |= AGE;
    }
    return mask;
  }

  /**
   * The key of her equivalence class, exactly, in one number: the kinds present ({@link #kindsMask()},
   * 5 bits) and their values (days since 1850-01-01, 17 bits; postcode digits and letters, 24; sex, 2;
   * age, 7). Two subjects share a class if and only if their codes are equal. Never log it.
   */
  public long classCode() {
    return classCodeOf(birthDate.orElse(null), postcode.orElse(null), sex.orElse(null),
        age.orElse(-1));
  }

  /**
   * The {@link #classCode()} of quasi-identifiers given as plain values, null (or a negative age) where
   * absent: for the linker, which reads them from every record and needs no object for them.
   */
  public static long classCodeOf(LocalDate birthDate, String postcode, String sex, int age) {
    long code = 0;
    if (birthDate != null) {
      code |= BIRTH_DATE | (birthDate.toEpochDay() - EPOCH_1850) << DATE_SHIFT;
    }
    if (postcode != null && isForeign(postcode)) {
      code |= POSTCODE | foreignPostcodeBits(postcode);
    } else if (postcode != null) {
      long digits = (postcode.charAt(0) - '0') * 1000 + (postcode.charAt(1) - '0') * 100
          + (postcode.charAt(2) - '0') * 10 + (postcode.charAt(3) - '0') - 1000;
      boolean pc4 = postcode.length() == 4;
      long letters = pc4 ? 0 : (postcode.charAt(5) - 'A') * 26 + (postcode.charAt(6) - 'A') + 1;
      code |= (pc4 ? POSTCODE | PC4 : POSTCODE) | (digits << 10 | letters) << POSTCODE_SHIFT;
    }
    if (sex != null) {
      code |= SEX | (long) SEXES.indexOf(sex.charAt(0)) << SEX_SHIFT;
    }
    if (age >= 0) {
      code |= AGE | (long) age << AGE_SHIFT;
    }
    return code;
  }

  /** The quasi-identifiers whose {@link #classCode()} is the given code. */
  public static QuasiIdentifiers ofClassCode(long code) {
    int kinds = kindsMask(code);
    Optional<LocalDate> birthDate = (kinds & BIRTH_DATE) == 0 ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(EPOCH_1850 + field(code, DATE_SHIFT, DATE_BITS)));
    Optional<String> postcode = Optional.empty();
    if ((kinds & POSTCODE) != 0 && (code & COUNTRY_MASK) != 0) {
      postcode = Optional.of(foreignPostcode(code));
    } else if ((kinds & POSTCODE) != 0) {
      int p = (int) field(code, POSTCODE_SHIFT, POSTCODE_BITS);
      String digits = Integer.toString((p >>> 10) + 1000);
      int letters = (p & 0x3ff) - 1;
      postcode = Optional.of(letters < 0 ? digits
          : digits + ' ' + (char) ('A' + letters / 26) + (char) ('A' + letters % 26));
    }
    Optional<String> sex = (kinds & SEX) == 0 ? Optional.empty()
        : Optional.of(String.valueOf(SEXES.charAt((int) field(code, SEX_SHIFT, SEX_BITS))));
    OptionalInt age = (kinds & AGE) == 0 ? OptionalInt.empty()
        : OptionalInt.of((int) field(code, AGE_SHIFT, AGE_BITS));
    return new QuasiIdentifiers(birthDate, postcode, sex, age);
  }

  /** Whether the class code holds a postcode from outside the Netherlands. */
  public static boolean hasForeignPostcode(long classCode) {
    return (classCode & POSTCODE) != 0 && (classCode & COUNTRY_MASK) != 0;
  }

  /** The {@link #kindsMask()} of a class code. */
  public static int kindsMask(long classCode) {
    return (int) (classCode & KINDS_MASK);
  }

  /**
   * The class code of two class codes merged, keeping of each quasi-identifier the more telling value
   * where two records of one subject disagree: the later birth date (an older one, a mother's say,
   * must not age a minor out of her raise), a full postcode over four digits (the finer class is the
   * riskier), else the least value, so that the merge does not depend on the records' order. A kind
   * present in one code only is taken from it. Commutative, associative and idempotent; 0 (no
   * quasi-identifier) is its identity.
   */
  public static long mostTellingOf(long a, long b) {
    if (a == b || b == 0) {
      return a;
    }
    if (a == 0) {
      return b;
    }
    long code = pick(a, b, BIRTH_DATE, FIELD_MASKS[0], true) | postcodeOf(a, b)
        | pick(a, b, SEX, FIELD_MASKS[2], false) | pick(a, b, AGE, FIELD_MASKS[3], false);
    int kinds = (kindsMask(a) | kindsMask(b)) & ~PC4;
    if ((kinds & POSTCODE) != 0 && (code & COUNTRY_MASK) == 0
        && (code >>> POSTCODE_SHIFT & 0x3ff) == 0) {
      kinds |= PC4; // four Dutch digits, no letters
    }
    return code | kinds;
  }

  /** The least (or greatest) value of one kind in two codes, in place; the one present where only one is. */
  private static long pick(long a, long b, int kind, long valueMask, boolean greatest) {
    if ((b & kind) == 0) {
      return a & valueMask;
    }
    if ((a & kind) == 0) {
      return b & valueMask;
    }
    long x = a & valueMask;
    long y = b & valueMask;
    return greatest ? Math.max(x, y) : Math.min(x, y);
  }

  /** The postcode of two codes, in place: a full one over four digits alone, else the least. */
  private static long postcodeOf(long a, long b) {
    if ((b & POSTCODE) == 0 || (a & POSTCODE) == 0) {
      return pick(a, b, POSTCODE, FIELD_MASKS[1], false);
    }
    boolean fourDigitsA = (a & PC4) != 0;
    boolean fourDigitsB = (b & PC4) != 0;
    if (fourDigitsA != fourDigitsB) {
      return (fourDigitsA ? b : a) & FIELD_MASKS[1];
    }
    return Math.min(a & FIELD_MASKS[1], b & FIELD_MASKS[1]);
  }

  /**
   * The country of a postcode (ISO 3166-1 alpha-2), {@code "NL"} for a Dutch one, the first two
   * letters of the others' form.
   */
  public static String countryOf(String postcode) {
    return isForeign(postcode) ? postcode.substring(0, 2) : "NL";
  }

  /** Whether the postcode is written behind its country ({@code "US 02108"}): not a Dutch one. */
  private static boolean isForeign(String postcode) {
    return postcode.length() > 3 && postcode.charAt(2) == ' ' && postcode.charAt(0) >= 'A'
        && postcode.charAt(0) <= 'Z';
  }

  /**
   * The class-code bits of a postcode outside the Netherlands: its country's index, and a 29-bit value,
   * the low 24 bits where a Dutch postcode's sit, the high 5 above the country. Digits are their number;
   * a UK sector ({@code "SW1A 1"}) its area letters, district number and letter, and sector digit.
   */
  private static long foreignPostcodeBits(String postcode) {
    int country = COUNTRIES.indexOf(postcode.substring(0, 2));
    if (country <= 0) {
      throw new IllegalArgumentException("a postcode's country must be one of " + COUNTRIES
          + ", was " + postcode.substring(0, 2));
    }
    long value;
    if (country == 2) {
      value = ukSectorValue(postcode, 3);
    } else {
      value = Long.parseLong(postcode, 3, postcode.length(), 10);
    }
    return (long) country << COUNTRY_SHIFT | (value & ((1L << POSTCODE_BITS) - 1)) << POSTCODE_SHIFT
        | (value >>> POSTCODE_BITS) << POSTCODE_HIGH_SHIFT;
  }

  /** {@code "SW1A 1"} from {@code at}: ((area letters × 100 + district) × 27 + district letter) × 10 + sector. */
  private static long ukSectorValue(String s, int at) {
    int i = at;
    int a1 = s.charAt(i++) - 'A' + 1;
    int a2 = s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' ? s.charAt(i++) - 'A' + 1 : 0;
    int district = 0;
    while (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      district = district * 10 + (s.charAt(i++) - '0');
    }
    int letter = s.charAt(i) != ' ' ? s.charAt(i++) - 'A' + 1 : 0;
    int sector = s.charAt(i + 1) - '0';
    return (((long) (a1 * 27 + a2) * 100 + district) * 27 + letter) * 10 + sector;
  }

  /** The postcode of a class code with a country other than the Netherlands. */
  private static String foreignPostcode(long code) {
    String country = COUNTRIES.get((int) field(code, COUNTRY_SHIFT, COUNTRY_BITS));
    long value = field(code, POSTCODE_SHIFT, POSTCODE_BITS)
        | field(code, POSTCODE_HIGH_SHIFT, POSTCODE_HIGH_BITS) << POSTCODE_BITS;
    switch (country) {
      case "GB":
        int sector = (int) (value % 10);
        int letter = (int) (value / 10 % 27);
        int district = (int) (value / 270 % 100);
        int area = (int) (value / 27_000);
        StringBuilder b = new StringBuilder("GB ").append((char) ('A' + area / 27 - 1));
        if (area % 27 != 0) {
          b.append((char) ('A' + area % 27 - 1));
        }
        b.append(district);
        if (letter != 0) {
          b.append((char) ('A' + letter - 1));
        }
        return b.append(' ').append(sector).toString();
      case "BE", "AT", "CH", "NO":
        return String.format(Locale.ROOT, "%s %04d", country, value);
      case "PT":
        return String.format(Locale.ROOT, "PT %07d", value);
      default:
        return String.format(Locale.ROOT, "%s %05d", country, value);
    }
  }

  private static long field(long code, int shift, int bits) {
    return code >>> shift & ((1L << bits) - 1);
  }

  public QuasiIdentifiers withBirthDate(LocalDate date) {
    return new QuasiIdentifiers(Optional.of(date), postcode, sex, age);
  }

  public QuasiIdentifiers withPostcode(String value) {
    return new QuasiIdentifiers(birthDate, Optional.of(value), sex, age);
  }

  public QuasiIdentifiers withSex(String value) {
    return new QuasiIdentifiers(birthDate, postcode, Optional.of(value), age);
  }

  public QuasiIdentifiers withAge(int value) {
    return new QuasiIdentifiers(birthDate, postcode, sex, OptionalInt.of(value));
  }

  @Override
  public String toString() {
    return "QuasiIdentifiers" + kinds() + " (values redacted)";
  }
}
