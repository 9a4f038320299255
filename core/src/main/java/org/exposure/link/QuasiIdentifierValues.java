package org.exposure.link;

import java.util.Locale;
import java.util.Optional;
import org.exposure.classify.Values;

/** Reads quasi-identifier values into the forms equivalence classes compare. */
final class QuasiIdentifierValues {
  private QuasiIdentifierValues() {}

  /** {@code "F"}, {@code "M"} or {@code "X"}: Dutch, English and ISO 5218 codes alike. */
  static Optional<String> sex(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "v":
      case "f":
      case "vrouw":
      case "female":
      case "2":
        return Optional.of("F");
      case "m":
      case "man":
      case "male":
      case "1":
        return Optional.of("M");
      case "o":
      case "x":
      case "u":
      case "onbekend":
      case "unknown":
      case "anders":
      case "other":
      case "0":
      case "9":
        return Optional.of("X");
      default:
        return Optional.empty();
    }
  }

  /** A whole number of years from 0 to 120. */
  static Optional<Integer> age(String value) {
    return Values.isAge(value) ? Optional.of(Integer.parseInt(value.strip()))
        : Optional.empty();
  }
}
