package org.exposure.fhir;

import java.util.ArrayList;
import java.util.List;
import org.exposure.model.FieldType;

/**
 * What one FHIR resource exposes: its values by element path, the people it names who are not its
 * subject, and the patient it is about. Mutable while a {@link ResourceClassifier} fills it. {@link
 * #toString()} shows no value.
 */
final class ResourceExposure {
  /** What a resource is to the assessment. */
  enum Role {
    /** A Patient: a data subject, identified by her own values. */
    PATIENT,
    /** A resource about a patient it refers to: an Observation, a DiagnosticReport... */
    ABOUT_PATIENT,
    /** A practitioner or an organisation: exposed, but not a data subject. */
    PROVIDER,
    /** A RelatedPerson: someone named in a patient's record, counted apart. */
    RELATED_PERSON,
    /**
     * A resource about no patient in particular (a Medication, a Location, an AuditEvent): what it
     * exposes is counted by path, but no subject is made of it.
     */
    NO_SUBJECT
  }

  /**
   * One value found at an element path.
   *
   * @param path the element path, e.g. {@code Patient.name.family}
   * @param type what the value is
   * @param value the value; never log it
   */
  record PathValue(String path, FieldType type, String value) {
    @Override
    public String toString() {
      return "PathValue[" + path + ", " + type + ", value redacted]";
    }
  }

  final String resourceType;
  final Role role;
  final List<PathValue> values = new ArrayList<>();
  /** Each related person's values: a patient's contacts, a RelatedPerson. */
  final List<List<PathValue>> relatedPersons = new ArrayList<>();
  /** The reference to the patient the resource is about, if any: only one that may name a patient. */
  String patientReference;
  /**
   * Whether the resource is about someone or something that is not a patient (its subject is a Device,
   * a Group, an Organization, a local reference to no contained Patient) and names no patient.
   */
  boolean aboutNonPatient;
  /** The id of the resource, for references to a patient. */
  String id;

  ResourceExposure(String resourceType, Role role) {
    this.resourceType = resourceType;
    this.role = role;
  }

  void add(String path, FieldType type, String value) {
    if (value != null && !value.isBlank()) {
      values.add(new PathValue(path, type, value));
    }
  }

  @Override
  public String toString() {
    return "ResourceExposure[" + resourceType + ", " + role + ", " + values.size() + " values, "
        + relatedPersons.size() + " related persons]";
  }
}
