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

  /** A decision from the header alone, or from no evidence. */
  static ColumnDecision of(ColumnClassification classification) {
    return new ColumnDecision(classification, Optional.empty());
  }
}
