package org.exposure.score;

import static java.util.Objects.requireNonNull;
import static org.exposure.model.FieldType.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
  private static final int MAX_DPC = 4;

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
    List<String> reasons = new ArrayList<>(6);
    int dpc = dpc(subject, reasons);
    double ei = ei(subject, reasons);
    double cb = circumstances.score();
    reasons.add(String.format(Locale.ROOT, "CB %s: %s.", BreachCircumstances.trim(cb),
        String.join(", ", circumstances.describe())));
    double se = dpc * ei + cb;
    SeverityLevel level = SeverityLevel.ofScore(se);
    reasons.add(String.format(Locale.ROOT, "SE = %d × %s + %s = %s: %s. %s", dpc,
        BreachCircumstances.trim(ei), BreachCircumstances.trim(cb), BreachCircumstances.trim(se),
        level.displayName(), level.description()));
    return new SubjectAssessment(dpc, ei, cb, level, harms(subject), reasons);
  }

  private int dpc(SubjectExposure s, List<String> reasons) {
    int dpc;
    String why;
    if (s.has(TEST_RESULT) || s.has(DIAGNOSIS)) {
      dpc = 4;
      why = "an actual test result or diagnosis was exposed";
    } else if (s.has(TEST_TYPE)) {
      dpc = 3;
      why = "the type of test was exposed, revealing participation in screening";
    } else if (controller == ControllerType.HEALTH) {
      dpc = 3;
      why = "simple data only, but the controller's nature reveals health (being on a screening lab's list)";
    } else if (isIdentityKit(s)) {
      dpc = 3;
      why = "a national ID with a name and a birth date or address was exposed (identity-fraud kit)";
    } else if (s.has(BANK_ACCOUNT)) {
      dpc = 2;
      why = "a bank account number was exposed";
    } else {
      dpc = 1;
      why = "simple data only (identity and contact details)";
    }
    reasons.add("DPC " + dpc + ": " + why + ".");
    if (isMinor(s)) {
      int raised = Math.min(MAX_DPC, dpc + 1);
      reasons.add("DPC raised to " + raised + ": she was under " + MINOR_AGE
          + " on the assessment date (vulnerable individual).");
      dpc = raised;
    }
    return dpc;
  }

  private double ei(SubjectExposure s, List<String> reasons) {
    boolean name = s.hasName();
    boolean address = hasFullAddress(s);
    double ei;
    String why;
    if (name && s.has(NATIONAL_ID)) {
      ei = 1;
      why = "a national ID together with a name";
    } else if (name && s.has(BIRTH_DATE)) {
      ei = 1;
      why = "a name together with a birth date";
    } else if (name && address) {
      ei = 1;
      why = "a name together with a full address";
    } else if (name && (s.has(PHONE) || s.has(EMAIL))) {
      ei = 0.75;
      why = "a name together with a phone number or e-mail address";
    } else if (s.has(NATIONAL_ID) && (s.has(BIRTH_DATE) || address)) {
      ei = 0.75;
      why = "a national ID linked to a birth date or address";
    } else if (s.has(EMAIL)) {
      ei = 0.75;
      why = "an e-mail address, searchable on the web";
    } else if (s.has(BIRTH_DATE) && s.has(POSTCODE)) {
      ei = 0.75;
      why = "a birth date with a full postcode, unique for over 99% of the Dutch";
    } else if (name || s.has(PHONE) || address) {
      ei = 0.5;
      why = "a name, phone number or address alone";
    } else {
      ei = 0.25;
      why = "no direct identifier; identification needs other data";
    }
    reasons.add("EI " + BreachCircumstances.trim(ei) + ": " + why + ".");
    return ei;
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
