package org.exposure.score;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposure.model.FieldType;

/**
 * The ENISA severity of a breach for one data subject, SE = DPC × EI + CB, with the rules that set each
 * part and the harms her exposure opens. Holds field types and rule names, no extract value. The words
 * of the explanation are built only when asked for: a cohort of millions is scored without formatting
 * a sentence.
 *
 * @param dpcRule the rule that set the basic DPC
 * @param basicDpc the DPC that rule gives under the policy
 * @param minorRaise what DPC was raised by because she is a minor; 0 if she is not
 * @param eiRule the rule that set EI
 * @param ei the EI that rule gives under the policy
 * @param classSize the size k of her equivalence class on quasi-identifiers; 0 if she has none
 * @param circumstances the breach circumstances, giving CB
 * @param exposed the field types exposed about her
 * @param harms the harms her exposure opens
 */
public record SubjectAssessment(
    DpcRule dpcRule,
    int basicDpc,
    int minorRaise,
    EiRule eiRule,
    double ei,
    int classSize,
    BreachCircumstances circumstances,
    Set<FieldType> exposed,
    Set<Harm> harms) {
  private static final int MAX_DPC = 4;

  public SubjectAssessment {
    requireNonNull(dpcRule, "dpcRule");
    requireNonNull(eiRule, "eiRule");
    requireNonNull(circumstances, "circumstances");
    checkArgument(basicDpc >= 1 && basicDpc <= MAX_DPC, "basicDpc must be in [1, 4], was %s", basicDpc);
    checkArgument(minorRaise >= 0, "minorRaise must be >= 0, was %s", minorRaise);
    checkArgument(ei == 0.25 || ei == 0.5 || ei == 0.75 || ei == 1,
        "ei must be 0.25, 0.5, 0.75 or 1, was %s", ei);
    checkArgument(classSize >= 0, "classSize must be >= 0, was %s", classSize);
    exposed = Sets.immutableEnumSet(exposed);
    harms = Sets.immutableEnumSet(harms);
  }

  /** Data processing context, 1 to 4: the rule's score plus the raise for a minor, capped at 4. */
  public int dpc() {
    return Math.min(MAX_DPC, basicDpc + minorRaise);
  }

  /** Circumstances of the breach, 0 to 2. */
  public double cb() {
    return circumstances.score();
  }

  /** SE = DPC × EI + CB, in [0.25, 6]; exact, as every part is a multiple of 0.25. */
  public double se() {
    return dpc() * ei + cb();
  }

  /** The band of {@link #se()}. */
  public SeverityLevel level() {
    return SeverityLevel.ofScore(se());
  }

  /** Her prosecutor re-identification risk 1/k on quasi-identifiers; 0 if she has none. */
  public double prosecutorRisk() {
    return classSize == 0 ? 0 : 1.0 / classSize;
  }

  /** One sentence per component, adjustment and harm. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>(6);
    reasons.add("DPC " + basicDpc + ": " + dpcRule.reason() + ".");
    if (minorRaise > 0) {
      reasons.add("DPC raised to " + dpc() + ": she was a minor on the assessment date (vulnerable "
          + "individual).");
    }
    String k = classSize > 0 && eiRule.name().startsWith("QUASI_IDENTIFIERS")
        ? String.format(Locale.ROOT, " (k = %d, prosecutor risk %s)", classSize,
            number(prosecutorRisk()))
        : "";
    reasons.add("EI " + number(ei) + ": " + eiRule.reason() + k + ".");
    reasons.add("CB " + number(cb()) + ": " + String.join(", ", circumstances.describe()) + ".");
    SeverityLevel level = level();
    reasons.add(String.format(Locale.ROOT, "SE = %d × %s + %s = %s: %s. %s", dpc(), number(ei),
        number(cb()), number(se()), level.displayName(), level.description()));
    if (!harms.isEmpty()) {
      reasons.add("Harms: " + harms.stream()
          .map(h -> h.displayName() + " (" + h.openers(exposed).stream().map(Enum::name)
              .collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining("; ")) + ".");
    }
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
