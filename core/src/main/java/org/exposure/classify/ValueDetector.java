package org.exposure.classify;

import java.util.Optional;
import java.util.OptionalDouble;
import org.exposure.model.FieldType;

/**
 * A validator for the values of one field type: the 11-proef for BSNs, mod-97 for IBANs, a pattern for
 * postcodes. The classifier counts how many of a column's sampled values a detector matches: a high share
 * confirms a header, and past {@link #decidingShare()} decides a column whose header is unknown.
 *
 * <p>To teach the classifier a new kind of identifier, implement this interface and register the class in
 * {@code META-INF/services/org.exposure.classify.ValueDetector}; {@link ColumnClassifier} loads every
 * registered detector with {@link java.util.ServiceLoader}. Implementations must be immutable,
 * thread-safe and total: {@link #matches} never throws, whatever the string.
 *
 * <pre>{@code
 * public final class DanishCprDetector implements ValueDetector {
 *   public FieldType type() { return FieldType.NATIONAL_ID; }
 *   public String evidence() { return "are Danish CPR numbers"; }
 *   public boolean matches(String value) { return value.matches("\\d{6}-?\\d{4}"); }
 *   public OptionalDouble decidingShare() { return OptionalDouble.of(0.9); }
 * }
 * }</pre>
 */
public interface ValueDetector {

  /** The field type that values passing this detector hold. */
  FieldType type();

  /** Words for the values that pass, completing "N of M sampled values ...", e.g. "pass the 11-proef". */
  String evidence();

  /** Whether one value passes. Never throws. */
  boolean matches(String value);

  /**
   * The least share of a column's non-blank sampled values that must pass for the values alone to decide
   * the column's type, or empty if they never may (any small number is a house number).
   */
  OptionalDouble decidingShare();

  /**
   * Whether values passing this detector confirm a column whose header announces {@code headerType}.
   * The default: the header announces this detector's type. A detector whose values mean something only
   * under a particular header (six digits under "KOPAC-B") narrows it; one that can confirm but never
   * refute (a dictionary of names) returns {@code false}. Must depend on its arguments alone: the
   * classifier runs under a known header only the detectors that confirm it.
   *
   * @param normalizedHeader the header in lower case without accents, spaces or punctuation
   * @param headerType the type the header announces
   */
  default boolean confirms(String normalizedHeader, FieldType headerType) {
    return headerType == type();
  }

  /**
   * The country (ISO 3166-1 alpha-2, upper case) whose rules this detector applies, if any: a postcode
   * form, a phone prefix, a national-ID scheme. A column's values that pass one country's detector
   * alone speak for a file's country, and in a file of that country its detector wins a tie against
   * another's (five digits are a US ZIP code in a US file, a German postcode in a German one). Empty
   * by default.
   */
  default Optional<String> country() {
    return Optional.empty();
  }
}
