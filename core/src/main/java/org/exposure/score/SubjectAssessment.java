package org.exposure.score;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ENISA severity of a breach for one data subject, SE = DPC × EI + CB, with the rules that set each
 * part and the harms her exposure opens. Holds no extract value. The words of the explanation are built
 * only when asked for: a cohort of millions is scored without formatting a sentence.
 *
 * @param dpcRule the rule that set the basic DPC
 * @param minor whether DPC was raised by one because she was a minor
 * @param eiRule the rule that set EI
 * @param circumstances the breach circumstances, giving CB
 * @param harms the harms her exposure opens
 */
public record SubjectAssessment(
    DpcRule dpcRule, boolean minor, EiRule eiRule, BreachCircumstances circumstances,
    Set<Harm> harms) {
  private static final int MAX_DPC = 4;

  public SubjectAssessment {
    requireNonNull(dpcRule, "dpcRule");
    requireNonNull(eiRule, "eiRule");
    requireNonNull(circumstances, "circumstances");
    harms = Sets.immutableEnumSet(harms);
  }

  /** Data processing context, 1 to 4: the rule's score, plus one for a minor, capped at 4. */
  public int dpc() {
    return Math.min(MAX_DPC, dpcRule.score() + (minor ? 1 : 0));
  }

  /** Ease of identification: 0.25, 0.5, 0.75 or 1. */
  public double ei() {
    return eiRule.score();
  }

  /** Circumstances of the breach, 0 to 2. */
  public double cb() {
    return circumstances.score();
  }

  /** SE = DPC × EI + CB, in [0.25, 6]; exact, as every part is a multiple of 0.25. */
  public double se() {
    return dpc() * ei() + cb();
  }

  /** The band of {@link #se()}. */
  public SeverityLevel level() {
    return SeverityLevel.ofScore(se());
  }

  /** One sentence per component and adjustment that set the score. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>(5);
    reasons.add("DPC " + dpcRule.score() + ": " + dpcRule.reason() + ".");
    if (minor) {
      reasons.add("DPC raised to " + dpc() + ": she was under 16 on the assessment date "
          + "(vulnerable individual).");
    }
    reasons.add("EI " + number(ei()) + ": " + eiRule.reason() + ".");
    reasons.add("CB " + number(cb()) + ": " + String.join(", ", circumstances.describe()) + ".");
    SeverityLevel level = level();
    reasons.add(String.format(Locale.ROOT, "SE = %d × %s + %s = %s: %s. %s", dpc(), number(ei()),
        number(cb()), number(se()), level.displayName(), level.description()));
    return reasons;
  }

  /** The reasons as one paragraph. */
  public String explanation() {
    return String.join(" ", reasons());
  }

  private static String number(double value) {
    return BreachCircumstances.trim(value);
  }
}
