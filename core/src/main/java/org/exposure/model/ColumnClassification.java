package org.exposure.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The decision about one column (CSV) or element path (FHIR) of a source: its type, how sure the
 * classifier is, and the evidence in words a DPO can check. Header names are metadata, not extract
 * values; the evidence never quotes a cell.
 *
 * @param source the source's display name
 * @param field the column header or element path
 * @param type the field type decided
 * @param confidence in [0, 1]
 * @param evidence a short human sentence, e.g. "header 'bsn'; 4,998 of 5,000 sampled values pass the
 *     11-proef"
 */
public record ColumnClassification(
    String source, String field, FieldType type, double confidence, String evidence) {

  public ColumnClassification {
    requireNonNull(source, "source");
    requireNonNull(field, "field");
    requireNonNull(type, "type");
    requireNonNull(evidence, "evidence");
    checkArgument(
        confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], was %s", confidence);
  }
}
