package org.exposure.cohort;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.Policy;
import org.exposure.score.SeverityLevel;

/**
 * Whom the controller must notify: the supervisory authority (GDPR Art. 33) unless every subject is at
 * Low, and the data subjects at High or Very high (Art. 34), both unless the data were unintelligible to
 * whoever obtained them (Art. 34(3)(a)). ENISA's two flags, more than 100 individuals and unintelligible
 * data, are reported beside it; neither changes SE. A cohort without subjects gets no advice, only the
 * reason why.
 *
 * @param supervisoryAuthority whether the supervisory authority must be notified
 * @param dataSubjects how many data subjects must be informed
 * @param moreThan100 ENISA's flag: more than 100 individuals breached
 * @param unintelligible ENISA's flag: the data were unintelligible
 * @param reasons one sentence per rule that fired
 */
public record Notification(
    boolean supervisoryAuthority,
    long dataSubjects,
    boolean moreThan100,
    boolean unintelligible,
    List<String> reasons) {

  public Notification {
    reasons = List.copyOf(reasons);
  }

  /** The decision for a cohort under the given circumstances and the default policy. */
  public static Notification decide(CohortSummary cohort, BreachCircumstances circumstances) {
    return decide(cohort, circumstances, Policy.defaults());
  }

  /**
   * The decision for a cohort under the given circumstances; the policy says from which level data
   * subjects are informed (High by default).
   */
  public static Notification decide(
      CohortSummary cohort, BreachCircumstances circumstances, Policy policy) {
    requireNonNull(cohort, "cohort");
    requireNonNull(circumstances, "circumstances");
    requireNonNull(policy, "policy");
    List<String> reasons = new ArrayList<>();
    if (cohort.subjects() == 0) {
      // Nothing assessed is no evidence of no risk: every record may have been rejected.
      reasons.add("No data subject was found in what could be read: this assessment gives no ground "
          + "for a decision. Check the rejected records and the files that were skipped before "
          + "deciding, and document the breach either way (GDPR Art. 33(5)).");
      return new Notification(false, 0, false, circumstances.unintelligible(), reasons);
    }
    long high = 0;
    for (SeverityLevel level : SeverityLevel.values()) {
      if (atInformedLevel(level, policy)) {
        high += cohort.count(level);
      }
    }
    String levels = policy.informFrom() == SeverityLevel.HIGH ? "High or Very high"
        : policy.informFrom().displayName() + " or above";
    long aboveLow = cohort.subjects() - cohort.count(SeverityLevel.LOW);
    boolean unintelligible = circumstances.unintelligible();
    boolean authority;
    long inform;
    boolean otherRisk = circumstances.integrity() != BreachCircumstances.Integrity.NONE
        || circumstances.availability() != BreachCircumstances.Availability.NONE;
    if (unintelligible) {
      inform = 0;
      reasons.add("The data were unintelligible to whoever obtained them (strong encryption, key not "
          + "compromised): data subjects need not be informed (GDPR Art. 34(3)(a)).");
    } else {
      inform = high;
      reasons.add(high > 0
          ? format("%,d subjects are at %s severity: inform each of them without undue delay (GDPR "
              + "Art. 34).", high, levels)
          : "No subject is at " + levels + " severity: no data subject needs to be informed (GDPR "
              + "Art. 34).");
    }
    if (unintelligible && !otherRisk) {
      authority = false;
      reasons.add(0, "No other risk remains (integrity and availability were not lost): the supervisory "
          + "authority need not be notified; document the breach (GDPR Art. 33(5)).");
    } else {
      authority = aboveLow > 0;
      reasons.add(0, authority
          ? format("%,d of %,d subjects are above Low severity%s: notify the supervisory authority "
              + "within 72 hours (GDPR Art. 33).", aboveLow, cohort.subjects(),
              unintelligible ? ", and integrity or availability was lost" : "")
          : format("All %,d subjects are at Low severity: the breach is unlikely to result in a risk; "
              + "document it (GDPR Art. 33(5)) without notifying the supervisory authority.",
              cohort.subjects()));
    }
    boolean many = cohort.subjects() > 100;
    if (many) {
      reasons.add(format("More than 100 individuals were breached (%,d): ENISA's volume flag.",
          cohort.subjects()));
    }
    return new Notification(authority, inform, many, unintelligible, reasons);
  }

  /**
   * Whether a data subject at the given level is informed under these circumstances and policy: at or
   * above the policy's {@code inform.from}, unless the data were unintelligible. The rule behind
   * {@link #dataSubjects}, known before the cohort is summed, so that each subject can be told as she
   * is scored ({@code AssessedSubject.toInform}).
   */
  public static boolean informs(SeverityLevel level, BreachCircumstances circumstances,
      Policy policy) {
    return !circumstances.unintelligible() && atInformedLevel(level, policy);
  }

  private static boolean atInformedLevel(SeverityLevel level, Policy policy) {
    return level.compareTo(policy.informFrom()) >= 0;
  }

  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
