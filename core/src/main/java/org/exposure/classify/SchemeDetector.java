package org.exposure.classify;

import java.util.Optional;
import java.util.OptionalDouble;
import org.exposure.model.FieldType;

/** The detector of a national-ID scheme registered through {@link java.util.ServiceLoader}. */
final class SchemeDetector implements ValueDetector {
  private final NationalIdScheme scheme;

  SchemeDetector(NationalIdScheme scheme) {
    this.scheme = scheme;
  }

  NationalIdScheme scheme() {
    return scheme;
  }

  @Override
  public FieldType type() {
    return FieldType.NATIONAL_ID;
  }

  @Override
  public String evidence() {
    return scheme.evidence();
  }

  /** The scheme's own check, made total: a user's scheme that throws fails the value. */
  @Override
  public boolean matches(String value) {
    try {
      return scheme.matches(value);
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public OptionalDouble decidingShare() {
    return scheme.decidingShare();
  }

  @Override
  public boolean confirms(String normalizedHeader, FieldType headerType) {
    if (headerType != FieldType.NATIONAL_ID) {
      return false;
    }
    Optional<NationalIdScheme> named = NationalIdSchemes.namedBy(normalizedHeader);
    return named.isEmpty() || named.get() == scheme;
  }

  @Override
  public Optional<String> country() {
    return Optional.of(scheme.country());
  }

  @Override
  public String toString() {
    return "SchemeDetector[" + scheme.id() + "]";
  }
}
