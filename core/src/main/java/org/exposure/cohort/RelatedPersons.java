package org.exposure.cohort;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumMap;
import java.util.Map;
import java.util.Collections;
import org.exposure.model.FieldType;

/**
 * People named in data subjects' records who are not subjects themselves: a partner, a parent, an
 * emergency contact (FHIR {@code Patient.contact}, {@code RelatedPerson}). Their data were exposed too,
 * but they are counted apart from the subjects, without linking or scoring.
 *
 * @param count how many were named, one per mention
 * @param fieldTypes per field type, how many of them had it exposed
 */
public record RelatedPersons(long count, Map<FieldType, Long> fieldTypes) {
  private static final RelatedPersons NONE = new RelatedPersons(0, Map.of());

  public RelatedPersons {
    checkArgument(count >= 0, "count must be >= 0, was %s", count);
    fieldTypes = fieldTypes.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(fieldTypes));
  }

  /** No related person. */
  public static RelatedPersons none() {
    return NONE;
  }
}
