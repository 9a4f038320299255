package org.exposure.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.model.QuasiIdentifiers;

class EquivalenceClassesProperties {

  @Property(tries = 300)
  void classSizesAndRisksMatchABruteForceCount(
      @ForAll("cohorts") List<QuasiIdentifiers> cohort, @ForAll("thresholds") double threshold) {
    EquivalenceClasses classes = EquivalenceClasses.of(cohort);
    List<QuasiIdentifiers> withQuasi = cohort.stream().filter(q -> !q.isEmpty()).toList();
    long uniques = 0;
    long atRisk = 0;
    double riskSum = 0;
    double highest = 0;
    for (QuasiIdentifiers q : withQuasi) {
      int k = (int) withQuasi.stream().filter(q::equals).count(); // brute force, O(n^2)
      assertThat(classes.sizeOf(q)).isEqualTo(k);
      uniques += k == 1 ? 1 : 0;
      atRisk += 1.0 / k > threshold ? 1 : 0;
      riskSum += 1.0 / k;
      highest = Math.max(highest, 1.0 / k);
    }
    ReidentificationSummary s = classes.summary(threshold);
    assertThat(s.subjects()).isEqualTo(withQuasi.size());
    assertThat(s.sampleUniques()).isEqualTo(uniques);
    assertThat(s.recordsAtRisk()).isEqualTo(atRisk);
    assertThat(s.highestRisk()).isCloseTo(highest, within(1e-12));
    // ARX: the average prosecutor risk J/n is the mean of 1/k over records
    assertThat(s.averageRisk()).isCloseTo(withQuasi.isEmpty() ? 0 : riskSum / withQuasi.size(),
        within(1e-9));
    assertThat(classes.sizeOf(QuasiIdentifiers.none())).isZero();
  }

  @Property(tries = 100)
  void aParallelSortGivesTheSameClasses(
      @ForAll("cohorts") List<QuasiIdentifiers> cohort, @ForAll("thresholds") double threshold) {
    long[] codes = cohort.stream().mapToLong(QuasiIdentifiers::classCode).toArray();
    EquivalenceClasses sequential = EquivalenceClasses.ofClassCodes(codes.clone(), false);
    EquivalenceClasses parallel = EquivalenceClasses.ofClassCodes(codes.clone(), true);
    assertThat(parallel.summary(threshold)).isEqualTo(sequential.summary(threshold));
    for (QuasiIdentifiers q : cohort) {
      assertThat(parallel.sizeOf(q)).isEqualTo(sequential.sizeOf(q));
    }
  }

  /** Large enough for the parallel sort to split the work (it sorts small arrays on one thread). */
  @Example
  void aParallelSortOfManyCodesGivesTheSameClasses() {
    java.util.Random random = new java.util.Random(7);
    List<QuasiIdentifiers> cohort = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      cohort.add(random.nextInt(10) == 0 ? QuasiIdentifiers.none() : QuasiIdentifiers.none()
          .withBirthDate(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30_000))));
    }
    long[] codes = cohort.stream().mapToLong(QuasiIdentifiers::classCode).toArray();
    EquivalenceClasses sequential = EquivalenceClasses.ofClassCodes(codes.clone(), false);
    EquivalenceClasses parallel = EquivalenceClasses.ofClassCodes(codes.clone(), true);
    assertThat(parallel.summary(0.2)).isEqualTo(sequential.summary(0.2));
    for (QuasiIdentifiers q : cohort.subList(0, 1000)) {
      assertThat(parallel.sizeOf(q)).isEqualTo(sequential.sizeOf(q));
    }
  }

  /** Ten records in classes of 1, 2, 3 and 4, worked by hand in ARX's definitions. */
  @Example
  void arxWorkedExample() {
    List<QuasiIdentifiers> cohort = new ArrayList<>();
    int[] sizes = {1, 2, 3, 4};
    for (int c = 0; c < sizes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        cohort.add(QuasiIdentifiers.none().withBirthDate(LocalDate.of(1960 + c, 1, 1))
            .withPostcode("2281"));
      }
    }
    EquivalenceClasses classes = EquivalenceClasses.of(cohort);
    ReidentificationSummary at02 = classes.summary(0.2);
    assertThat(at02.subjects()).isEqualTo(10);
    assertThat(at02.classes()).isEqualTo(4);
    assertThat(at02.sampleUniques()).isEqualTo(1);
    assertThat(at02.highestRisk()).isEqualTo(1.0);
    assertThat(at02.averageRisk()).isEqualTo(0.4);
    assertThat(at02.recordsAtRisk()).as("1/4 = 0.25 > 0.2: all ten").isEqualTo(10);
    assertThat(classes.summary(0.3).recordsAtRisk()).as("k = 1, 2, 3").isEqualTo(6);
    assertThat(at02.subjectsByQuasiIdentifiers()).containsExactly(java.util.Map.entry("birth date + PC4", 10L));
    assertThat(at02.populationUniqueness()).containsEntry("birth date + PC4", 0.670);
    assertThat(at02.estimatedPopulationUniques()).isEqualTo(7);
  }

  @Provide
  Arbitrary<List<QuasiIdentifiers>> cohorts() {
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(0, 5)
        .map(d -> LocalDate.of(1970, 1, 1).plusDays(d)).optional(0.8);
    Arbitrary<Optional<String>> postcodes = Arbitraries.of("2281 AB", "2281", "1012 NX").optional(0.8);
    Arbitrary<Optional<String>> sexes = Arbitraries.of("F", "M").optional(0.5);
    Arbitrary<OptionalInt> ages = Arbitraries.integers().between(30, 32).optional(0.2)
        .map(a -> a.map(OptionalInt::of).orElse(OptionalInt.empty()));
    return Combinators.combine(dates, postcodes, sexes, ages).as(QuasiIdentifiers::new)
        .list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.of(0.05, 0.09, 0.2, 0.33, 0.5, 1.0);
  }
}
