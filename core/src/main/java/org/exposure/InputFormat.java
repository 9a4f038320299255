package org.exposure;

/** How to read the input files: detected by content, or forced. */
public enum InputFormat {
  /** Detect each file's format from its content. */
  AUTO,
  /** Read every file as CSV. */
  CSV,
  /** Read every file as FHIR (a resource, a Bundle or NDJSON), with the FHIR adapter. */
  FHIR,
  /** Read every file as an Excel workbook ({@code .xlsx}), with the Excel adapter. */
  XLSX
}
