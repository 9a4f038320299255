package org.exposure.model;

import static java.util.Objects.requireNonNull;

/**
 * One classified, non-empty value of a record: what kind of data it is and the value itself.
 * {@link #toString()} never shows the value.
 *
 * @param type the field type of the column the value came from
 * @param value the raw value as read, never empty
 */
public record ExposedValue(FieldType type, String value) {

  public ExposedValue {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
  }

  /** The type and the value's length only: an extract value must never reach a log. */
  @Override
  public String toString() {
    return type + "=<redacted, " + value.length() + " chars>";
  }
}
