package org.exposure.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What was exposed about a subject that identifies her only in combination: birth date, postcode (full
 * PC6 or its four digits), sex and age. Re-identification groups subjects into equivalence classes on
 * these. {@link #toString()} shows which are present, never their values.
 *
 * @param birthDate her birth date
 * @param postcode her postcode, {@code "1234 AB"} or {@code "1234"}
 * @param sex her sex code, upper case ({@code "F"}, {@code "M"}, {@code "X"})
 * @param age her age in years, where exposed as a number
 */
public record QuasiIdentifiers(
    Optional<LocalDate> birthDate, Optional<String> postcode, Optional<String> sex, OptionalInt age) {

  private static final long EPOCH_1850 = LocalDate.of(1850, 1, 1).toEpochDay();

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

  /** Whether any quasi-identifier is present. */
  public boolean isEmpty() {
    return birthDate.isEmpty() && postcode.isEmpty() && sex.isEmpty() && age.isEmpty();
  }

  /**
   * The names of the quasi-identifiers present, e.g. {@code [birth date, postcode, sex]}; a postcode of
   * four digits is named {@code PC4}. Subjects are compared only with others of the same set.
   */
  public List<String> kinds() {
    List<String> kinds = new ArrayList<>(4);
    birthDate.ifPresent(d -> kinds.add("birth date"));
    postcode.ifPresent(p -> kinds.add(p.length() == 4 ? "PC4" : "postcode"));
    sex.ifPresent(s -> kinds.add("sex"));
    age.ifPresent(a -> kinds.add("age"));
    return kinds;
  }

  /**
   * The kinds present as bits, in the order of {@link #kinds()}: birth date 1, postcode 2 (PC4 adds 16),
   * sex 4, age 8. Cheap to compute for millions of subjects.
   */
  public int kindsMask() {
    int mask = 0;
    if (birthDate.isPresent()) {
      mask |= 1;
    }
    if (postcode.isPresent()) {
      mask |= postcode.get().length() == 4 ? 2 | 16 : 2;
    }
    if (sex.isPresent()) {
      mask |= 4;
    }
    if (age.isPresent()) {
      mask |= 8;
    }
    return mask;
  }

  /**
   * The key of her equivalence class, exactly, in one number: the kinds present ({@link #kindsMask()},
   * 5 bits) and their values (days since 1850-01-01, 17 bits; postcode digits and letters, 24; sex, 2;
   * age, 7). Two subjects share a class if and only if their codes are equal. Never log it.
   */
  public long classCode() {
    long code = kindsMask();
    int shift = 5;
    if (birthDate.isPresent()) {
      code |= (birthDate.get().toEpochDay() - EPOCH_1850) << shift;
    }
    shift += 17;
    if (postcode.isPresent()) {
      String p = postcode.get();
      long digits = Integer.parseInt(p.substring(0, 4)) - 1000;
      long letters = p.length() == 4 ? 0 : (p.charAt(5) - 'A') * 26 + (p.charAt(6) - 'A') + 1;
      code |= (digits << 10 | letters) << shift;
    }
    shift += 24;
    if (sex.isPresent()) {
      code |= (long) "FMX".indexOf(sex.get().charAt(0)) << shift;
    }
    shift += 2;
    if (age.isPresent()) {
      code |= (long) age.getAsInt() << shift;
    }
    return code;
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
