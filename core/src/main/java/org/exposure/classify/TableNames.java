package org.exposure.classify;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;

/**
 * What a table's name says of its general columns. Exports of one system come as one file per table
 * (Synthea's CSV files, FHIR bulk exports, a hospital's extract): in {@code procedures.csv} a column
 * headed {@code CODE} holds procedure codes, in {@code medications.csv} medicine codes, though the
 * codes themselves (SNOMED CT, RxNorm) cannot tell. Only general headers ("code", "description")
 * take the table's kind; a named column keeps its own. Stateless.
 */
final class TableNames {
  /**
   * The kind of health record a table's name announces, by the word it contains, in a fixed order
   * (the first that a name contains decides, whatever the JVM).
   */
  private static final List<Map.Entry<String, FieldType>> KINDS = List.of(
      Map.entry("medication", FieldType.MEDICATION), Map.entry("immunization", FieldType.MEDICATION),
      Map.entry("immunisation", FieldType.MEDICATION), Map.entry("vaccination", FieldType.MEDICATION),
      Map.entry("medicatie", FieldType.MEDICATION), Map.entry("vaccinatie", FieldType.MEDICATION),
      Map.entry("procedure", FieldType.PROCEDURE), Map.entry("careplan", FieldType.PROCEDURE),
      Map.entry("encounter", FieldType.PROCEDURE), Map.entry("verrichting", FieldType.PROCEDURE),
      Map.entry("condition", FieldType.DIAGNOSIS), Map.entry("allerg", FieldType.DIAGNOSIS),
      Map.entry("diagnos", FieldType.DIAGNOSIS), Map.entry("problem", FieldType.DIAGNOSIS),
      Map.entry("observation", FieldType.TEST_TYPE), Map.entry("payer", FieldType.OTHER),
      Map.entry("coverage", FieldType.OTHER));

  /**
   * The types a table's kind may override: what values alone could not tell apart (a SNOMED code of
   * a procedure read as a disorder's), never an identifier or a name decided from the values.
   */
  static final Set<FieldType> OVERRIDABLE = EnumSet.of(FieldType.OTHER, FieldType.DIAGNOSIS,
      FieldType.PROCEDURE, FieldType.MEDICATION, FieldType.TEST_TYPE, FieldType.TEST_RESULT,
      FieldType.CLINICAL_DATE);

  /** The general dates of a table: a coverage's start and end are administrative, not clinical. */
  private static final Set<String> DATES = Set.of("start", "end", "stop", "startdate", "enddate",
      "stopdate", "startyear", "endyear");

  /** The general headers that take a table's kind, or their code column's beside them. */
  private static final Set<String> CODES = Set.of("code", "description", "omschrijving", "display",
      "label", "libelle", "beschreibung", "codedescription");

  private TableNames() {}

  /** Whether a header is a general description ("Libellé", "Omschrijving") that its code explains. */
  static boolean isDescription(String header) {
    String key = HeaderDictionary.normalize(header);
    return CODES.contains(key) && !key.equals("code");
  }

  /** The kind of record the source's file name announces ("procedures.csv"), if any. */
  static Optional<FieldType> kindOf(String source) {
    String name = SourceLocation.fileName(source).toLowerCase(Locale.ROOT);
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    for (Map.Entry<String, FieldType> kind : KINDS) {
      if (stem.contains(kind.getKey())) {
        return Optional.of(kind.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The type a general column of a table of the given kind holds: its code or description is of the
   * table's kind (an observation's code names the test); a value of an observation is its result.
   */
  static Optional<FieldType> typeOf(FieldType kind, String header) {
    String key = HeaderDictionary.normalize(header);
    if (kind == FieldType.OTHER) {
      return DATES.contains(key) ? Optional.of(FieldType.OTHER) : Optional.empty();
    }
    if (CODES.contains(key)) {
      return Optional.of(kind);
    }
    if (kind == FieldType.TEST_TYPE && (key.equals("value") || key.equals("waarde"))) {
      return Optional.of(FieldType.TEST_RESULT);
    }
    return Optional.empty();
  }

  /** The kind in words, for the evidence: "procedures". */
  static String describe(FieldType kind) {
    switch (kind) {
      case MEDICATION:
        return "medicines or vaccines";
      case PROCEDURE:
        return "procedures";
      case DIAGNOSIS:
        return "conditions";
      case OTHER:
        return "insurance coverage";
      default:
        return "observations";
    }
  }
}
