package org.exposure.score;

import static java.util.Objects.requireNonNull;
import static org.exposure.model.FieldType.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.exposure.model.SubjectExposure;

/**
 * ENISA's severity method applied to one data subject: SE = DPC × EI + CB over what was exposed about
 * her (ENISA 2013; DESIGN.md, "The risk model").
 *
 * <ul>
 *   <li><b>DPC</b>, the highest that applies: an actual test result or diagnosis 4; the type of test
 *       (participation in screening) 3; simple data 1, or 3 where the controller's nature reveals health;
 *       a national ID with a name and a birth date or address (an identity-fraud kit) at least 3; a bank
 *       account at least 2. A minor (under 16 on the assessment date) +1. Capped at 4.
 *   <li><b>EI</b>, the highest her identifiers reach: a national ID with a name, a name with a birth date,
 *       or a name with a full address 1; a name with a phone or e-mail, a national ID with a birth date or
 *       address, an e-mail address, or a birth date with a full postcode 0.75; a name, a phone number or
 *       a full address 0.5; anything else 0.25.
 *   <li><b>CB</b> from the {@link BreachCircumstances}, the same for every subject.
 * </ul>
 *
 * <p>Immutable and thread-safe: one model serves all threads of a run.
 *
 * <pre>{@code
 * RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true),
 *     ControllerType.HEALTH, LocalDate.of(2025, 7, 1));
 * SubjectAssessment a = model.assess(exposure);
 * a.level(); // VERY_HIGH for a BSN, name and HPV result
 * }</pre>
 */
public final class RiskModel {
  private static final int MINOR_AGE = 16;

  private final BreachCircumstances circumstances;
  private final ControllerType controller;
  private final LocalDate assessmentDate;

  private RiskModel(
      BreachCircumstances circumstances, ControllerType controller, LocalDate assessmentDate) {
    this.circumstances = circumstances;
    this.controller = controller;
    this.assessmentDate = assessmentDate;
  }

  /**
   * A model for one breach.
   *
   * @param circumstances the breach circumstances, giving CB
   * @param controller what the controller's nature reveals
   * @param assessmentDate the date on which ages are taken (minors)
   */
  public static RiskModel of(
      BreachCircumstances circumstances, ControllerType controller, LocalDate assessmentDate) {
    return new RiskModel(
        requireNonNull(circumstances, "circumstances"),
        requireNonNull(controller, "controller"),
        requireNonNull(assessmentDate, "assessmentDate"));
  }

  public BreachCircumstances circumstances() {
    return circumstances;
  }

  /** Scores one subject. */
  public SubjectAssessment assess(SubjectExposure subject) {
    return new SubjectAssessment(
        dpcRule(subject), isMinor(subject), eiRule(subject), circumstances, harms(subject));
  }

  private DpcRule dpcRule(SubjectExposure s) {
    if (s.has(TEST_RESULT) || s.has(DIAGNOSIS)) {
      return DpcRule.TEST_RESULT;
    }
    if (s.has(TEST_TYPE)) {
      return DpcRule.TEST_TYPE;
    }
    if (controller == ControllerType.HEALTH) {
      return DpcRule.HEALTH_CONTROLLER;
    }
    if (isIdentityKit(s)) {
      return DpcRule.IDENTITY_KIT;
    }
    return s.has(BANK_ACCOUNT) ? DpcRule.BANK_ACCOUNT : DpcRule.SIMPLE_DATA;
  }

  private static EiRule eiRule(SubjectExposure s) {
    boolean name = s.hasName();
    boolean address = hasFullAddress(s);
    if (name && s.has(NATIONAL_ID)) {
      return EiRule.ID_WITH_NAME;
    }
    if (name && s.has(BIRTH_DATE)) {
      return EiRule.NAME_WITH_BIRTH_DATE;
    }
    if (name && address) {
      return EiRule.NAME_WITH_ADDRESS;
    }
    if (name && (s.has(PHONE) || s.has(EMAIL))) {
      return EiRule.NAME_WITH_CONTACT;
    }
    if (s.has(NATIONAL_ID) && (s.has(BIRTH_DATE) || address)) {
      return EiRule.ID_WITH_BIRTH_DATE_OR_ADDRESS;
    }
    if (s.has(EMAIL)) {
      return EiRule.EMAIL;
    }
    if (s.has(BIRTH_DATE) && s.has(POSTCODE)) {
      return EiRule.BIRTH_DATE_WITH_POSTCODE;
    }
    return name || s.has(PHONE) || address ? EiRule.NAME_PHONE_OR_ADDRESS
        : EiRule.NO_DIRECT_IDENTIFIER;
  }

  private Set<Harm> harms(SubjectExposure s) {
    Set<Harm> harms = EnumSet.noneOf(Harm.class);
    if (isIdentityKit(s)) {
      harms.add(Harm.IDENTITY_FRAUD);
    }
    boolean contact = s.has(PHONE) || s.has(EMAIL) || hasFullAddress(s) || s.has(STREET_ADDRESS);
    boolean health = s.has(TEST_RESULT) || s.has(DIAGNOSIS) || s.has(TEST_TYPE)
        || controller == ControllerType.HEALTH;
    if (contact && health) {
      harms.add(Harm.PHISHING_EXTORTION);
    }
    if (s.resultGrade().isAbnormal()) {
      harms.add(Harm.STIGMA);
    }
    if (s.has(BANK_ACCOUNT) && s.hasName()) {
      harms.add(Harm.FINANCIAL_FRAUD);
    }
    return harms;
  }

  private static boolean isIdentityKit(SubjectExposure s) {
    return s.has(NATIONAL_ID) && s.hasName() && (s.has(BIRTH_DATE) || hasFullAddress(s));
  }

  /** Postcode and house number identify a Dutch address; so does a street line with a place. */
  private static boolean hasFullAddress(SubjectExposure s) {
    return (s.has(POSTCODE) && s.has(HOUSE_NUMBER))
        || (s.has(STREET_ADDRESS) && (s.has(POSTCODE) || s.has(CITY)));
  }

  private boolean isMinor(SubjectExposure s) {
    return s.birthDate()
        .map(d -> ChronoUnit.YEARS.between(d, assessmentDate) < MINOR_AGE)
        .orElse(false);
  }
}
