package org.exposure.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
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
import org.exposure.score.BreachCircumstances.Availability;
import org.exposure.score.BreachCircumstances.Confidentiality;
import org.exposure.score.BreachCircumstances.Integrity;

class RiskProperties {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

  @Property
  void exposingOneMoreFieldNeverLowersSeverity(
      @ForAll("exposures") SubjectExposure subject, @ForAll FieldType extra,
      @ForAll("circumstances") BreachCircumstances cb, @ForAll ControllerType controller) {
    RiskModel model = RiskModel.of(cb, controller, DATE);
    SubjectAssessment before = model.assess(subject);
    SubjectAssessment after = model.assess(subject.with(extra));
    assertThat(after.se()).isGreaterThanOrEqualTo(before.se());
    assertThat(after.harms()).containsAll(before.harms());
  }

  @Property
  void addingACircumstanceElementNeverLowersSeverity(
      @ForAll("exposures") SubjectExposure subject, @ForAll("circumstances") BreachCircumstances cb,
      @ForAll ControllerType controller) {
    double base = RiskModel.of(cb, controller, DATE).assess(subject).se();
    for (BreachCircumstances more : new BreachCircumstances[] {
        cb.withMalicious(true),
        cb.withConfidentiality(Confidentiality.UNKNOWN),
        cb.withIntegrity(Integrity.UNRECOVERABLE),
        cb.withAvailability(Availability.PERMANENT)}) {
      assertThat(RiskModel.of(more, controller, DATE).assess(subject).se()).isGreaterThanOrEqualTo(base);
    }
  }

  @Property
  void severityStaysInRangeAndMatchesItsBand(
      @ForAll("exposures") SubjectExposure subject, @ForAll("circumstances") BreachCircumstances cb,
      @ForAll ControllerType controller) {
    SubjectAssessment a = RiskModel.of(cb, controller, DATE).assess(subject);
    assertThat(a.se()).isBetween(0.25, 6.0);
    assertThat(a.level()).isEqualTo(SeverityLevel.ofScore(a.se()));
    assertThat(a.reasons()).isNotEmpty();
  }

  @Provide
  Arbitrary<SubjectExposure> exposures() {
    Arbitrary<Set<FieldType>> types = Arbitraries.of(FieldType.class).set().ofMinSize(1);
    Arbitrary<ResultGrade> grades = Arbitraries.of(ResultGrade.class);
    Arbitrary<Optional<LocalDate>> birthDates =
        Arbitraries.integers().between(0, 100).map(age -> DATE.minusYears(age).minusDays(age * 7L))
            .optional();
    return Combinators.combine(types, grades, birthDates)
        .as((t, g, b) -> new SubjectExposure(t, g,
            b.map(QuasiIdentifiers.none()::withBirthDate).orElse(QuasiIdentifiers.none()), 1,
            Set.of()));
  }

  @Provide
  Arbitrary<BreachCircumstances> circumstances() {
    return Combinators.combine(
            Arbitraries.of(Confidentiality.class),
            Arbitraries.of(Integrity.class),
            Arbitraries.of(Availability.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(BreachCircumstances::new);
  }
}
