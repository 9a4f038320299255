package org.exposure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.exposure.model.ExposedValue;
import org.exposure.model.SourceLocation;

/**
 * A record read again after an assessment ({@link ExposureAnalysis#reread}): where it starts, the key
 * of the subject its own values give, and its values typed as the assessment typed them. It holds raw
 * identifiers: {@link #toString()} shows none.
 *
 * @param location where the record starts
 * @param subjectKey the pseudonymous key of the subject its own values identify, 16 hex digits
 * @param onlyRecordAtLocation whether no other record starts at its location (a CSV row), so that the
 *     subject located there is this record's whatever its key; false where several may (the entries
 *     of a FHIR Bundle on one line), and then only the key tells whose record it is
 * @param values its values, typed as assessed
 */
public record RereadRecord(SourceLocation location, String subjectKey, boolean onlyRecordAtLocation,
    List<ExposedValue> values) {
  public RereadRecord {
    requireNonNull(location, "location");
    requireNonNull(subjectKey, "subjectKey");
    values = List.copyOf(values);
  }

  @Override
  public String toString() {
    return "RereadRecord[" + location + ", values redacted]";
  }
}
