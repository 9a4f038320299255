package org.exposure.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * A column after the whole stream was read: the classifier's decision from the sample, and what the
 * stream then showed. Values that fail the check that decided or confirmed the column are counted as
 * contradicting, not silently re-typed; what composite and free-text values revealed (a postcode inside
 * an address line, a BSN inside a remark) is counted by type. Counts only; no value.
 *
 * @param classification the decision, with its confidence and evidence
 * @param values non-blank values read in the column
 * @param contradicting of those, values that fail the column's check; 0 where it has none
 * @param revealed field types found inside the column's values, with how many values revealed them
 */
public record FieldReport(
    ColumnClassification classification, long values, long contradicting,
    Map<FieldType, Long> revealed) {

  public FieldReport {
    requireNonNull(classification, "classification");
    checkArgument(values >= 0 && contradicting >= 0 && contradicting <= values,
        "need 0 <= contradicting (%s) <= values (%s)", contradicting, values);
    revealed = ImmutableSortedMap.copyOf(revealed);
  }
}
