package org.exposure.score;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;

/**
 * The ENISA severity of a breach for one data subject, SE = DPC × EI + CB, with its level, the harms her
 * exposure opens, and the reasons in plain language. Holds no extract value.
 *
 * @param dpc data processing context, 1 to 4
 * @param ei ease of identification: 0.25, 0.5, 0.75 or 1
 * @param cb circumstances of the breach, 0 to 2
 * @param level the band of {@link #se()}
 * @param harms the harms her exposure opens
 * @param reasons one sentence per component and adjustment that set the score
 */
public record SubjectAssessment(
    int dpc, double ei, double cb, SeverityLevel level, Set<Harm> harms, List<String> reasons) {

  public SubjectAssessment {
    checkArgument(dpc >= 1 && dpc <= 4, "dpc must be in [1, 4], was %s", dpc);
    checkArgument(ei == 0.25 || ei == 0.5 || ei == 0.75 || ei == 1, "ei must be 0.25, 0.5, 0.75 or 1, was %s", ei);
    checkArgument(cb >= 0 && cb <= 2, "cb must be in [0, 2], was %s", cb);
    requireNonNull(level, "level");
    checkArgument(level == SeverityLevel.ofScore(dpc * ei + cb),
        "level %s does not match SE %s", level, dpc * ei + cb);
    harms = Sets.immutableEnumSet(harms);
    reasons = List.copyOf(reasons);
  }

  /** SE = DPC × EI + CB, in [0.25, 6]; exact, as every part is a multiple of 0.25. */
  public double se() {
    return dpc * ei + cb;
  }

  /** The reasons as one paragraph. */
  public String explanation() {
    return String.join(" ", reasons);
  }
}
