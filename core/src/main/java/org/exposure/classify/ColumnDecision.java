package org.exposure.classify;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.exposure.model.ColumnClassification;

/**
 * A column's classification and the detector that decided or confirmed it, if one did: the rest of the
 * stream is checked against that detector, and values that fail it are counted as contradicting.
 *
 * @param classification the decision
 * @param check the detector behind it, if any
 */
public record ColumnDecision(ColumnClassification classification, Optional<ValueDetector> check) {

  public ColumnDecision {
    requireNonNull(classification, "classification");
    requireNonNull(check, "check");
  }

  /**
   * The national-ID scheme whose check decided or confirmed the column, if one did: the scheme by
   * which its values link.
   */
  public Optional<NationalIdScheme> scheme() {
    if (check.isEmpty()) {
      return Optional.empty();
    }
    ValueDetector d = check.get();
    if (d instanceof BuiltInDetector b) {
      return Optional.ofNullable(b.scheme != null ? b.scheme
          : b == BuiltInDetector.US_SSN_BARE ? BuiltInScheme.US_SSN : null);
    }
    return d instanceof SchemeDetector s ? Optional.of(s.scheme()) : Optional.empty();
  }

  /**
   * The country whose rules the check that decided or confirmed the column applies (a US ZIP code, a
   * UK phone number), if it applies one's.
   */
  public Optional<String> country() {
    return check.flatMap(ValueDetector::country);
  }

  /** A decision from the header alone, or from no evidence. */
  static ColumnDecision of(ColumnClassification classification) {
    return new ColumnDecision(classification, Optional.empty());
  }
}
