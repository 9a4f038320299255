package org.exposure.benchmarks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The layouts of the whole-process suite (issue 18): each a different convention of writing a
 * screening or hospital extract, so that no optimisation is tuned to one. Every CSV layout declares the
 * delimiter and charset it is written with, which the bare parse it is paired with reads it by.
 * {@link #BE_HELDOUT} is held out: profile and tune on the others, then check it.
 */
public enum SuiteLayout {
  /** The project's own generator, defaults: Dutch headers, {@code ;}, 20 columns, UTF-8. */
  NL_LAB("nl-lab", "the project's own generator (CohortGenerator defaults): 20 columns, `;`, UTF-8",
      ';', StandardCharsets.UTF_8, false),
  /** Free-text remarks of one to three sentences, name and address combined in one cell each. */
  REMARKS("remarks", "Dutch lab export, 15 columns, name and address each in one cell, a remark of "
      + "1-3 sentences on two rows in three, `;`, UTF-8", ';', StandardCharsets.UTF_8, false),
  /** As {@link #REMARKS}, and 2% of rows carry a clinical history of 2 to 8 KB. */
  LONG_REMARKS("long-remarks", "as remarks, and 2% of rows carry a remark of 2-8 KB",
      ';', StandardCharsets.UTF_8, false),
  /** HPV and cytology in one cell, and labelled parts in one cell. */
  COMBINED_CELLS("combined-cells", "Dutch lab export, 12 columns, HPV and cytology in one cell "
      + "(`hrHPV positief / Pap 3a2`, `HPV: positief (HPV16); Cytologie: Pap 2`), `;`, UTF-8",
      ';', StandardCharsets.UTF_8, false),
  /** A hospital extract of 64 columns. */
  WIDE("wide", "hospital EHR extract, 64 columns: identifiers, contact, insurance, ICD-10 and "
      + "procedure codes, lab values, 12 flags, 8 dates, `,`, ISO dates, UTF-8",
      ',', StandardCharsets.UTF_8, false),
  /** Quoted line breaks inside address, GP and remark cells. */
  LINE_BREAKS("line-breaks", "Dutch lab export, 10 columns, quoted line breaks in address, GP and "
      + "remark cells, `;`, UTF-8", ';', StandardCharsets.UTF_8, false),
  /** Windows-1252 with accented headers and names. */
  CP1252("cp1252", "Dutch Excel export, 14 columns, Windows-1252, accented headers and a quarter "
      + "of names accented, `;`, CRLF", ';', Charset.forName("windows-1252"), false),
  /** One row per result, several rows per woman. */
  PER_RESULT("per-result", "lab result export, one row per determination (about 3 per woman, same "
      + "BSN and patient number on each), 12 columns, pipe-separated, yyyyMMdd", '|', StandardCharsets.UTF_8, false),
  /** A Synthea-like US patients table. */
  US("us-synthea", "Synthea-style US `patients.csv`, 29 columns: SSN 9xx-xx-xxxx, ZIP, phone, "
      + "race and ethnicity, `,`, ISO dates", ',', StandardCharsets.UTF_8, false),
  /** An English screening extract with NHS numbers. */
  UK("uk-nhs", "English screening extract, 19 columns: NHS number (mod 11), UK postcodes, "
      + "dd/MM/yyyy, `,`", ',', StandardCharsets.UTF_8, false),
  /** A FHIR R4 bulk export of a generated cohort. */
  FHIR("fhir-bulk", "FHIR R4 bulk export (Patient.ndjson, Observation.ndjson) of the generator's "
      + "cohort, split rows; rows count women", null, StandardCharsets.UTF_8, false),
  /** The held-out layout: Belgian lab export. */
  BE_HELDOUT("be-heldout", "held out: Belgian lab export, French headers, NISS (mod 97), tab, "
      + "UTF-8 with BOM, dd/MM/yyyy, 18 columns", '\t', StandardCharsets.UTF_8, true);

  private final String token;
  private final String description;
  private final Character delimiter;
  private final Charset charset;
  private final boolean heldOut;

  SuiteLayout(String token, String description, Character delimiter, Charset charset, boolean heldOut) {
    this.token = token;
    this.description = description;
    this.delimiter = delimiter;
    this.charset = charset;
    this.heldOut = heldOut;
  }

  /**
   * The name on the command line and in the table.
   *
   * @return the name, lower case
   */
  public String token() {
    return token;
  }

  /**
   * What the layout is, in one line of Markdown.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The field separator, for a CSV layout.
   *
   * @return the delimiter, or empty for the FHIR export
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * The character encoding the file is written in.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Whether the layout is held out from profiling and tuning.
   *
   * @return whether the layout is held out
   */
  public boolean heldOut() {
    return heldOut;
  }

  /**
   * Whether the layout is a CSV file (else a FHIR NDJSON folder).
   *
   * @return whether the layout is CSV
   */
  public boolean csv() {
    return delimiter != null;
  }

  /**
   * The layout named {@code token}.
   *
   * @param token a layout's name, any case
   * @return the layout
   * @throws IllegalArgumentException naming the layouts when none has that name
   */
  public static SuiteLayout of(String token) {
    for (SuiteLayout layout : values()) {
      if (layout.token.equals(token.toLowerCase(Locale.ROOT))) {
        return layout;
      }
    }
    StringBuilder names = new StringBuilder();
    for (SuiteLayout layout : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(layout.token);
    }
    throw new IllegalArgumentException("no layout '" + token + "'; expected one of " + names);
  }
}
