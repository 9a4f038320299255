package org.exposure.link;

import java.util.Optional;
import org.exposure.classify.Values;

/** Reads quasi-identifier values into the forms equivalence classes compare. */
final class QuasiIdentifierValues {
  private QuasiIdentifierValues() {}

  /** {@code "F"}, {@code "M"} or {@code "X"}: in any language read, and ISO 5218 codes alike. */
  static Optional<String> sex(String value) {
    return Values.sex(value);
  }

  /** A whole number of years from 0 to 120. */
  static Optional<Integer> age(String value) {
    return Values.isAge(value) ? Optional.of(Integer.parseInt(value.strip()))
        : Optional.empty();
  }
}
