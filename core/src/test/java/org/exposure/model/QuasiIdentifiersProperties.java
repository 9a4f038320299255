package org.exposure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The class code is an exact, mergeable encoding of a subject's quasi-identifiers. */
class QuasiIdentifiersProperties {

  @Property
  void theClassCodeDecodesToTheSameQuasiIdentifiers(@ForAll("quasi") QuasiIdentifiers q) {
    assertThat(QuasiIdentifiers.ofClassCode(q.classCode())).isEqualTo(q);
    assertThat(QuasiIdentifiers.kindsMask(q.classCode())).isEqualTo(q.kindsMask());
  }

  @Property
  void mostTellingOfKeepsTheLaterBirthDateTheFullPostcodeAndOtherwiseTheLeast(
      @ForAll("quasi") QuasiIdentifiers a, @ForAll("quasi") QuasiIdentifiers b) {
    QuasiIdentifiers merged = QuasiIdentifiers.ofClassCode(
        QuasiIdentifiers.mostTellingOf(a.classCode(), b.classCode()));
    assertThat(merged.birthDate()).isEqualTo(latest(a.birthDate(), b.birthDate()));
    assertThat(merged.postcode()).isEqualTo(fullestPostcode(a.postcode(), b.postcode()));
    assertThat(merged.sex()).isEqualTo(least(a.sex(), b.sex()));
    Optional<Integer> ageA = a.age().isPresent() ? Optional.of(a.age().getAsInt()) : Optional.empty();
    Optional<Integer> ageB = b.age().isPresent() ? Optional.of(b.age().getAsInt()) : Optional.empty();
    Optional<Integer> age = least(ageA, ageB);
    assertThat(merged.age()).isEqualTo(age.isPresent() ? OptionalInt.of(age.get()) : OptionalInt.empty());
  }

  @Property
  void mostTellingOfIsCommutativeAssociativeAndIdempotentWithIdentityZero(
      @ForAll("quasi") QuasiIdentifiers a, @ForAll("quasi") QuasiIdentifiers b,
      @ForAll("quasi") QuasiIdentifiers c) {
    long x = a.classCode();
    long y = b.classCode();
    long z = c.classCode();
    assertThat(QuasiIdentifiers.mostTellingOf(x, y)).isEqualTo(QuasiIdentifiers.mostTellingOf(y, x));
    assertThat(QuasiIdentifiers.mostTellingOf(QuasiIdentifiers.mostTellingOf(x, y), z))
        .isEqualTo(QuasiIdentifiers.mostTellingOf(x, QuasiIdentifiers.mostTellingOf(y, z)));
    assertThat(QuasiIdentifiers.mostTellingOf(x, x)).isEqualTo(x);
    assertThat(QuasiIdentifiers.mostTellingOf(x, 0)).isEqualTo(x);
    assertThat(QuasiIdentifiers.none().classCode()).isZero();
  }

  @Property
  void postcodesOfEveryCountryDecodeAndMergeByTheSameLaws(@ForAll("anyCountry") QuasiIdentifiers a,
      @ForAll("anyCountry") QuasiIdentifiers b, @ForAll("anyCountry") QuasiIdentifiers c) {
    assertThat(QuasiIdentifiers.ofClassCode(a.classCode())).isEqualTo(a);
    assertThat(QuasiIdentifiers.hasForeignPostcode(a.classCode()))
        .isEqualTo(a.postcode().filter(p -> !QuasiIdentifiers.countryOf(p).equals("NL")).isPresent());
    long x = a.classCode();
    long y = b.classCode();
    long z = c.classCode();
    assertThat(QuasiIdentifiers.mostTellingOf(x, y)).isEqualTo(QuasiIdentifiers.mostTellingOf(y, x));
    assertThat(QuasiIdentifiers.mostTellingOf(QuasiIdentifiers.mostTellingOf(x, y), z))
        .isEqualTo(QuasiIdentifiers.mostTellingOf(x, QuasiIdentifiers.mostTellingOf(y, z)));
    assertThat(QuasiIdentifiers.mostTellingOf(x, x)).isEqualTo(x);
    // The merged postcode is one of the two, decoded whole.
    QuasiIdentifiers merged = QuasiIdentifiers.ofClassCode(QuasiIdentifiers.mostTellingOf(x, y));
    if (a.postcode().isPresent() || b.postcode().isPresent()) {
      assertThat(merged.postcode().get()).isIn(a.postcode().orElse(""), b.postcode().orElse(""));
    }
  }

  @Provide
  Arbitrary<QuasiIdentifiers> anyCountry() {
    Arbitrary<String> digits5 = Arbitraries.integers().between(0, 99999)
        .map(n -> String.format(java.util.Locale.ROOT, "%05d", n));
    Arbitrary<String> letter = Arbitraries.chars().range('A', 'Z').map(String::valueOf);
    Arbitrary<String> uk = Combinators.combine(letter, letter.optional(0.5),
        Arbitraries.integers().between(0, 99), letter.optional(0.2), Arbitraries.integers().between(0, 9))
        .as((a1, a2, d, l, sector) -> "GB " + a1 + a2.orElse("") + d + l.orElse("") + ' ' + sector);
    Arbitrary<String> pc4 = Arbitraries.integers().between(1000, 9999).map(String::valueOf);
    Arbitrary<Optional<String>> postcodes = Arbitraries.oneOf(pc4, pc4.map(d -> d + " ZZ"),
        digits5.map(d -> "US " + d), digits5.map(d -> "DE " + d), digits5.map(d -> "FR " + d),
        Arbitraries.integers().between(0, 9999).map(n -> String.format(java.util.Locale.ROOT, "BE %04d", n)),
        uk).optional(0.8);
    return Combinators.combine(quasi(), postcodes)
        .as((q, p) -> p.isPresent() ? q.withPostcode(p.get()) : q);
  }

  private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isAfter(b.get()) ? a : b;
  }

  /** A full postcode over four digits, else the least. */
  private static Optional<String> fullestPostcode(Optional<String> a, Optional<String> b) {
    if (a.isPresent() && b.isPresent() && (a.get().length() == 4) != (b.get().length() == 4)) {
      return a.get().length() == 4 ? b : a;
    }
    return least(a, b);
  }

  private static <T extends Comparable<? super T>> Optional<T> least(Optional<T> a, Optional<T> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) <= 0 ? a : b;
  }

  @Property(tries = 3000)
  void yearsBetweenCountsAsTheCalendarDoes(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to) {
    assertThat(QuasiIdentifiers.yearsBetween(from, to))
        .isEqualTo(java.time.temporal.ChronoUnit.YEARS.between(from, to));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    // Leap days and month ends are where whole years are easiest to miscount.
    Arbitrary<LocalDate> any = Arbitraries.integers().between(1850, 2150)
        .flatMap(y -> Arbitraries.integers().between(1, 365).map(d -> LocalDate.ofYearDay(y, d)));
    Arbitrary<LocalDate> edges = Arbitraries.of(LocalDate.of(2000, 2, 29), LocalDate.of(2001, 2, 28),
        LocalDate.of(2001, 3, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
        LocalDate.of(2025, 7, 1), LocalDate.of(2007, 6, 30), LocalDate.of(2007, 7, 1));
    return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, edges));
  }

  @Provide
  Arbitrary<QuasiIdentifiers> quasi() {
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(1850, 2150)
        .flatMap(y -> Arbitraries.integers().between(1, 365)
            .map(d -> LocalDate.ofYearDay(y, d)))
        .optional(0.7);
    Arbitrary<String> pc4 = Arbitraries.integers().between(1000, 9999).map(String::valueOf);
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    Arbitrary<Optional<String>> postcodes = Arbitraries.oneOf(pc4,
        Combinators.combine(pc4, letters).as((d, l) -> d + ' ' + l)).optional(0.7);
    Arbitrary<Optional<String>> sexes = Arbitraries.of("F", "M", "X").optional(0.5);
    Arbitrary<OptionalInt> ages = Arbitraries.integers().between(0, 120).optional(0.3)
        .map(a -> a.map(OptionalInt::of).orElse(OptionalInt.empty()));
    return Combinators.combine(dates, postcodes, sexes, ages).as(QuasiIdentifiers::new);
  }
}
