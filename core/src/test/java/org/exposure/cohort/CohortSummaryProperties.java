package org.exposure.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.RiskModel;
import org.exposure.score.SeverityLevel;
import org.junit.jupiter.api.Test;

class CohortSummaryProperties {
  private static final RiskModel MODEL = RiskModel.of(
      BreachCircumstances.DEFAULT.withMalicious(true), ControllerType.GENERAL, LocalDate.of(2025, 7, 1));

  @Property
  void emptyIsTheIdentity(@ForAll("cohorts") List<SubjectExposure> a) {
    CohortSummary s = summarise(a);
    assertThat(s.plus(CohortSummary.empty())).isEqualTo(s);
    assertThat(CohortSummary.empty().plus(s)).isEqualTo(s);
  }

  @Property
  void plusIsAssociativeAndCommutative(@ForAll("cohorts") List<SubjectExposure> a,
      @ForAll("cohorts") List<SubjectExposure> b, @ForAll("cohorts") List<SubjectExposure> c) {
    CohortSummary x = summarise(a);
    CohortSummary y = summarise(b);
    CohortSummary z = summarise(c);
    assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    assertThat(x.plus(y)).isEqualTo(y.plus(x));
  }

  @Property
  void summaryOfAConcatenationIsTheSumOfSummaries(@ForAll("cohorts") List<SubjectExposure> a,
      @ForAll("cohorts") List<SubjectExposure> b) {
    List<SubjectExposure> both = new ArrayList<>(a);
    both.addAll(b);
    CohortSummary whole = summarise(both);
    assertThat(whole).isEqualTo(summarise(a).plus(summarise(b)));
    assertThat(whole.hashCode()).isEqualTo(summarise(a).plus(summarise(b)).hashCode());
    long byLevel = 0;
    for (SeverityLevel level : SeverityLevel.values()) {
      byLevel += whole.count(level);
    }
    assertThat(byLevel).isEqualTo(whole.subjects()).isEqualTo(both.size());
  }

  @Property
  void regionsOfEveryCountryMergeAsOnePassAndCountEverySubjectOnce(
      @ForAll("cohortsWithPostcodes") List<SubjectExposure> a,
      @ForAll("cohortsWithPostcodes") List<SubjectExposure> b,
      @ForAll("cohortsWithPostcodes") List<SubjectExposure> c) {
    List<SubjectExposure> both = new ArrayList<>(a);
    both.addAll(b);
    CohortSummary x = summarise(a);
    CohortSummary y = summarise(b);
    CohortSummary z = summarise(c);
    assertThat(summarise(both)).isEqualTo(x.plus(y));
    assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    assertThat(x.plus(y)).isEqualTo(y.plus(x));
    assertThat(CohortSummary.fromBytes(x.plus(y).toBytes())).isEqualTo(x.plus(y));
    CohortSummary whole = summarise(both);
    long regions = whole.countInRegion(0);
    for (int pc2 = 10; pc2 < 100; pc2++) {
      regions += whole.countInRegion(pc2);
    }
    for (long n : whole.foreignRegions().values()) {
      regions += n;
    }
    assertThat(regions).isEqualTo(whole.subjects());
    whole.foreignRegions().forEach((region, n) -> assertThat(whole.countInRegion(region)).isEqualTo(n));
  }

  @Test
  void accumulatorRefusesToMergeIntoItself() {
    CohortAccumulator acc = new CohortAccumulator(LocalDate.of(2025, 7, 1));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> acc.merge(acc));
  }

  /** Ages taken on two dates give age bands that do not add up: such a merge is refused. */
  @Test
  void accumulatorRefusesAnotherAssessmentDate() {
    CohortAccumulator july = new CohortAccumulator(LocalDate.of(2025, 7, 1));
    CohortAccumulator august = new CohortAccumulator(LocalDate.of(2025, 8, 1));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> july.merge(august)).withMessageContaining("2025-08-01");
    july.merge(new CohortAccumulator(LocalDate.of(2025, 7, 1))); // the same date merges
  }

  @Test
  void maxScoreAndScoreBuckets() {
    SubjectExposure s = SubjectExposure.of(FieldType.NATIONAL_ID, FieldType.FAMILY_NAME,
        FieldType.TEST_RESULT);
    CohortSummary summary = summarise(List.of(s, s));
    assertThat(summary.maxScore()).isEqualTo(5.0);
    assertThat(summary.countWithScore(5.0)).isEqualTo(2);
    assertThat(summary.scoreDistribution()).containsExactly(java.util.Map.entry(5.0, 2L));
    assertThat(CohortSummary.empty().maxScore()).isEqualTo(0);
    assertThat(CohortSummary.empty().scoreDistribution()).isEmpty();
  }

  @Property
  void theScoreDistributionCountsEverySubjectAtItsScore(@ForAll("cohorts") List<SubjectExposure> a) {
    CohortSummary summary = summarise(a);
    assertThat(summary.scoreDistribution().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(summary.subjects());
    summary.scoreDistribution().forEach((se, n) -> assertThat(summary.countWithScore(se)).isEqualTo(n));
  }

  private static CohortSummary summarise(List<SubjectExposure> subjects) {
    CohortAccumulator acc = new CohortAccumulator(LocalDate.of(2025, 7, 1));
    subjects.forEach(s -> acc.add(s, MODEL.assess(s)));
    return acc.toSummary();
  }

  /** Subjects with a postcode of any country known, in the class form, or none. */
  @Provide
  Arbitrary<List<SubjectExposure>> cohortsWithPostcodes() {
    Arbitrary<String> digits5 = Arbitraries.integers().between(1001, 98999)
        .map(n -> String.format(java.util.Locale.ROOT, "%05d", n));
    Arbitrary<String> letter = Arbitraries.chars().range('A', 'Z').map(String::valueOf);
    Arbitrary<String> uk = Combinators.combine(letter, letter.optional(0.5),
        Arbitraries.integers().between(0, 99), letter.optional(0.2), Arbitraries.integers().between(0, 9))
        .as((a1, a2, d, l, sector) -> "GB " + a1 + a2.orElse("") + d + l.orElse("") + ' ' + sector);
    Arbitrary<String> postcodes = Arbitraries.oneOf(
        Arbitraries.integers().between(1000, 9999).map(String::valueOf),
        Arbitraries.integers().between(1000, 9999).map(n -> n + " AB"),
        digits5.map(d -> "US " + d), digits5.map(d -> "DE " + d), digits5.map(d -> "FR " + d),
        Arbitraries.integers().between(1000, 9999).map(n -> "BE " + n), uk);
    return postcodes.optional(0.8)
        .map(p -> new SubjectExposure(Set.of(FieldType.POSTCODE), ResultGrade.NONE,
            p.map(QuasiIdentifiers.none()::withPostcode).orElse(QuasiIdentifiers.none()), 1, Set.of()))
        .list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<SubjectExposure>> cohorts() {
    Arbitrary<Set<FieldType>> types = Arbitraries.of(FieldType.class).set().ofMinSize(1);
    Arbitrary<ResultGrade> grades = Arbitraries.of(ResultGrade.class);
    return Combinators.combine(types, grades)
        .as((t, g) -> new SubjectExposure(t, g, QuasiIdentifiers.none(), 1, Set.of()))
        .list().ofMaxSize(30);
  }
}
