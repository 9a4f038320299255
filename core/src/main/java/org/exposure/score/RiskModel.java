package org.exposure.score;

import static java.util.Objects.requireNonNull;
import static org.exposure.model.FieldType.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.exposure.model.FieldType;
import org.exposure.model.SubjectExposure;

/**
 * ENISA's severity method applied to one data subject: SE = DPC × EI + CB over what was exposed about
 * her (ENISA 2013; DESIGN.md, "The risk model").
 *
 * <ul>
 *   <li><b>DPC</b>, the highest that applies ({@link DpcRule}): by default an actual test result or
 *       diagnosis 4; the type of test (participation in screening) 3; simple data 1, or 3 where the
 *       controller's nature reveals health; a national ID with a name and a birth date or address (an
 *       identity-fraud kit) at least 3; a bank account at least 2. A minor (under 16 on the assessment
 *       date) +1. Capped at 4.
 *   <li><b>EI</b>, the highest her identifiers reach ({@link EiRule}): by default a national ID with a
 *       name, a name with a birth date, or a name with a full address 1; a name with a phone or e-mail,
 *       a national ID with a birth date or address, or an e-mail address 0.75; a name, a phone number or
 *       a full address 0.5. Without a direct identifier, her equivalence class on quasi-identifiers
 *       decides: unique 0.75, prosecutor risk 1/k above the threshold 0.5, otherwise 0.25.
 *   <li><b>CB</b> from the {@link BreachCircumstances}, the same for every subject.
 * </ul>
 *
 * <p>Every score, threshold and adjustment comes from a {@link Policy}. Immutable and thread-safe: one
 * model serves all threads of a run.
 *
 * <pre>{@code
 * RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true),
 *     ControllerType.HEALTH, LocalDate.of(2025, 7, 1));
 * SubjectAssessment a = model.assess(exposure);
 * a.level(); // VERY_HIGH for a BSN, name and HPV result
 * }</pre>
 */
public final class RiskModel {
  private final Policy policy;
  private final BreachCircumstances circumstances;
  private final ControllerType controller;
  private final LocalDate assessmentDate;
  // The rules by the policy's score, highest first; a stable sort keeps ties in the order listed, so
  // the first that applies is the one to take.
  private final DpcRule[] dpcRules;
  private final EiRule[] eiRules;

  private RiskModel(Policy policy, BreachCircumstances circumstances, ControllerType controller,
      LocalDate assessmentDate) {
    this.policy = policy;
    this.circumstances = circumstances;
    this.controller = controller;
    this.assessmentDate = assessmentDate;
    this.dpcRules = Arrays.stream(DpcRule.values())
        .sorted(Comparator.comparingInt((DpcRule r) -> policy.dpc(r)).reversed()).toArray(DpcRule[]::new);
    this.eiRules = Arrays.stream(EiRule.values())
        .sorted(Comparator.comparingDouble((EiRule r) -> policy.ei(r)).reversed()).toArray(EiRule[]::new);
  }

  /**
   * A model for one breach.
   *
   * @param policy the scores, thresholds and adjustments to apply
   * @param circumstances the breach circumstances, giving CB
   * @param controller what the controller's nature reveals
   * @param assessmentDate the date on which ages are taken (minors)
   */
  public static RiskModel of(Policy policy, BreachCircumstances circumstances,
      ControllerType controller, LocalDate assessmentDate) {
    return new RiskModel(
        requireNonNull(policy, "policy"),
        requireNonNull(circumstances, "circumstances"),
        requireNonNull(controller, "controller"),
        requireNonNull(assessmentDate, "assessmentDate"));
  }

  /** A model with the {@linkplain Policy#defaults() default policy}. */
  public static RiskModel of(
      BreachCircumstances circumstances, ControllerType controller, LocalDate assessmentDate) {
    return of(Policy.defaults(), circumstances, controller, assessmentDate);
  }

  public BreachCircumstances circumstances() {
    return circumstances;
  }

  public Policy policy() {
    return policy;
  }

  /**
   * Scores one subject as if no other subject shared her quasi-identifiers (the worst case); use
   * {@link #assess(SubjectExposure, int)} within a cohort.
   */
  public SubjectAssessment assess(SubjectExposure subject) {
    return assess(subject, subject.quasiIdentifiers().isEmpty() ? 0 : 1);
  }

  /**
   * Scores one subject of a cohort.
   *
   * @param classSize the number k of subjects in the extract with her quasi-identifiers (her
   *     equivalence class), at least 1; 0 if she has none
   */
  public SubjectAssessment assess(SubjectExposure subject, int classSize) {
    return assess(subject, classSize, circumstances);
  }

  /**
   * Scores one subject of a cohort whose sources were breached in different circumstances.
   *
   * @param classSize the size k of her equivalence class; 0 if she has no quasi-identifiers
   * @param circumstances the circumstances of her data: the worst over her sources
   */
  public SubjectAssessment assess(
      SubjectExposure subject, int classSize, BreachCircumstances circumstances) {
    Facts facts = new Facts(subject);
    DpcRule dpc = dpcRule(subject, facts);
    EiRule ei = eiRule(subject, facts, classSize);
    int basic = policy.dpc(dpc);
    // The raise as applied: a DPC at its cap of 4 is not raised, and no explanation may say it was.
    int raise = isMinor(subject) ? Math.max(0, Math.min(policy.minorRaise(), 4 - basic)) : 0;
    return new SubjectAssessment(dpc, basic, raise, ei, policy.ei(ei), classSize,
        requireNonNull(circumstances, "circumstances"), subject.fieldTypes(), harms(subject, facts));
  }

  /** The highest-scoring rule that applies; ties go to the rule listed first; the last always applies. */
  private DpcRule dpcRule(SubjectExposure s, Facts facts) {
    for (DpcRule rule : dpcRules) {
      if (applies(rule, s, facts)) {
        return rule;
      }
    }
    throw new AssertionError("the last rule always applies");
  }

  private boolean applies(DpcRule rule, SubjectExposure s, Facts facts) {
    switch (rule) {
      case TEST_RESULT:
        return s.has(TEST_RESULT) || s.has(DIAGNOSIS) || s.has(MEDICATION) || s.has(PROCEDURE);
      case SPECIAL_CATEGORY:
        return facts.specialCategory;
      case TEST_TYPE:
        return s.has(TEST_TYPE);
      case HEALTH_CONTROLLER:
        return controller == ControllerType.HEALTH;
      case IDENTITY_KIT:
        return facts.identityKit;
      case BANK_ACCOUNT:
        return s.has(BANK_ACCOUNT);
      default:
        return true;
    }
  }

  /** The highest-scoring rule that applies (ENISA: EI is the maximum reached). */
  private EiRule eiRule(SubjectExposure s, Facts facts, int classSize) {
    for (EiRule rule : eiRules) {
      if (applies(rule, s, facts, classSize)) {
        return rule;
      }
    }
    throw new AssertionError("the last rule always applies");
  }

  private boolean applies(EiRule rule, SubjectExposure s, Facts facts, int classSize) {
    boolean name = facts.name;
    boolean address = facts.address;
    boolean quasi = classSize > 0;
    double risk = quasi ? 1.0 / classSize : 0;
    switch (rule) {
      case ID_WITH_NAME:
        return name && facts.idNumber;
      case NAME_WITH_BIRTH_DATE:
        return name && s.has(BIRTH_DATE);
      case NAME_WITH_ADDRESS:
        return name && address;
      case NAME_WITH_CONTACT:
        return name && (s.has(PHONE) || s.has(EMAIL));
      case ID_WITH_BIRTH_DATE_OR_ADDRESS:
        return facts.idNumber && (s.has(BIRTH_DATE) || address);
      case EMAIL:
        return s.has(EMAIL);
      case NAME_PHONE_OR_ADDRESS:
        return name || s.has(PHONE) || address;
      case QUASI_IDENTIFIERS_UNIQUE:
        return quasi && classSize == 1;
      case QUASI_IDENTIFIERS_RARE:
        return quasi && classSize > 1 && risk > policy.reidentificationThreshold();
      case QUASI_IDENTIFIERS_COMMON:
        return quasi && risk <= policy.reidentificationThreshold();
      case ID_ALONE:
        return facts.idNumber;
      default:
        return true;
    }
  }

  private Set<Harm> harms(SubjectExposure s, Facts facts) {
    Set<Harm> harms = EnumSet.noneOf(Harm.class);
    if (facts.identityKit) {
      harms.add(Harm.IDENTITY_FRAUD);
    }
    boolean contact = s.has(PHONE) || s.has(EMAIL) || facts.address || s.has(STREET_ADDRESS);
    boolean health = s.has(TEST_RESULT) || s.has(DIAGNOSIS) || s.has(TEST_TYPE)
        || s.has(MEDICATION) || s.has(PROCEDURE) || controller == ControllerType.HEALTH;
    if (contact && health) {
      harms.add(Harm.PHISHING_EXTORTION);
    }
    if (s.resultGrade().isAbnormal() || s.sensitiveDiagnosis()) {
      harms.add(Harm.STIGMA);
    }
    if (facts.specialCategory) {
      harms.add(Harm.DISCRIMINATION);
    }
    if (s.has(BANK_ACCOUNT) && facts.name) {
      harms.add(Harm.FINANCIAL_FRAUD);
    }
    return harms;
  }

  /** What several rules ask of a subject, worked out once. */
  private static final class Facts {
    final boolean name;
    final boolean address;
    /** A number that names her: a national ID, or a health-insurance number, as good as one. */
    final boolean idNumber;
    final boolean identityKit;
    final boolean specialCategory;

    Facts(SubjectExposure s) {
      name = s.hasName();
      address = hasFullAddress(s);
      idNumber = s.has(NATIONAL_ID) || s.has(INSURANCE_ID);
      identityKit = idNumber && name && (s.has(BIRTH_DATE) || address);
      boolean special = false;
      for (FieldType type : s.fieldTypes()) {
        special |= type.isSpecialCategory();
      }
      specialCategory = special;
    }
  }

  /**
   * Postcode and house number identify a Dutch address; so does a street line with a postcode or a
   * place, and so do coordinates.
   */
  private static boolean hasFullAddress(SubjectExposure s) {
    return (s.has(POSTCODE) && s.has(HOUSE_NUMBER))
        || (s.has(STREET_ADDRESS) && (s.has(POSTCODE) || s.has(CITY))) || s.has(GEOLOCATION);
  }

  private boolean isMinor(SubjectExposure s) {
    OptionalInt age = s.quasiIdentifiers().ageOn(assessmentDate);
    return age.isPresent() && age.getAsInt() < policy.minorAge();
  }
}
