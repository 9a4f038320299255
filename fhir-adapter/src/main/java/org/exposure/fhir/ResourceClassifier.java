package org.exposure.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exposure.classify.Values;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads what a parsed FHIR R4 resource exposes, by element path: a Patient's identifiers (by system),
 * names with the nl-core name-part extensions, addresses with the line extensions, telecom, birth
 * date, gender and GP; the codes, values and conclusions of lab resources; the identifiers of
 * practitioners and organisations; the narrative of any resource. Stateless and thread-safe.
 */
final class ResourceClassifier {
  /** The BSN's naming system, as a URI, an OID URN and a bare OID (Nictiz nl-core). */
  static final Set<String> BSN_SYSTEMS = Set.of("http://fhir.nl/fhir/NamingSystem/bsn",
      "urn:oid:2.16.840.1.113883.2.4.6.3", "2.16.840.1.113883.2.4.6.3");
  /** Other national person numbers: US SSN, NHS number. */
  private static final Set<String> OTHER_NATIONAL_SYSTEMS = Set.of("http://hl7.org/fhir/sid/us-ssn",
      "urn:oid:2.16.840.1.113883.4.1", "https://fhir.nhs.uk/Id/nhs-number");
  private static final String EN_QUALIFIER =
      "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier";
  private static final String ADXP = "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-";

  // Element paths made once, so that their hashes are computed once when values are counted by path.

  private record NamePaths(String text, String family, String familyParts, String given) {
    static NamePaths under(String parent) {
      return new NamePaths(parent + ".text", parent + ".family", parent + ".family.extension",
          parent + ".given");
    }
  }

  private record TelecomPaths(String phone, String email) {
    static TelecomPaths under(String parent) {
      return new TelecomPaths(parent + "(phone)", parent + "(email)");
    }
  }

  private record AddressPaths(String text, String line, String streetName, String houseNumber,
      String postalCode, String city, String district) {
    static AddressPaths under(String parent) {
      return new AddressPaths(parent + ".text", parent + ".line", parent + ".line.streetName",
          parent + ".line.houseNumber", parent + ".postalCode", parent + ".city",
          parent + ".district");
    }
  }

  private static final NamePaths PATIENT_NAME = NamePaths.under("Patient.name");
  private static final NamePaths CONTACT_NAME = NamePaths.under("Patient.contact.name");
  private static final NamePaths RELATED_NAME = NamePaths.under("RelatedPerson.name");
  private static final TelecomPaths PATIENT_TELECOM = TelecomPaths.under("Patient.telecom");
  private static final TelecomPaths CONTACT_TELECOM = TelecomPaths.under("Patient.contact.telecom");
  private static final TelecomPaths RELATED_TELECOM = TelecomPaths.under("RelatedPerson.telecom");
  private static final AddressPaths PATIENT_ADDRESS = AddressPaths.under("Patient.address");
  private static final AddressPaths CONTACT_ADDRESS = AddressPaths.under("Patient.contact.address");
  private static final AddressPaths RELATED_ADDRESS = AddressPaths.under("RelatedPerson.address");

  private ResourceClassifier() {}

  /** What the resource exposes. */
  static ResourceExposure classify(Resource resource) {
    String type = resource.fhirType();
    ResourceExposure e;
    if (resource instanceof Patient) {
      e = new ResourceExposure(type, Role.PATIENT);
      patient((Patient) resource, e);
    } else if (resource instanceof Observation) {
      e = new ResourceExposure(type, Role.ABOUT_PATIENT);
      observation((Observation) resource, e);
    } else if (resource instanceof DiagnosticReport) {
      e = new ResourceExposure(type, Role.ABOUT_PATIENT);
      diagnosticReport((DiagnosticReport) resource, e);
    } else if (resource instanceof Specimen) {
      e = new ResourceExposure(type, Role.ABOUT_PATIENT);
      specimen((Specimen) resource, e);
    } else if (resource instanceof Condition) {
      e = new ResourceExposure(type, Role.ABOUT_PATIENT);
      Condition c = (Condition) resource;
      concept("Condition.code", FieldType.DIAGNOSIS, c.getCode(), e);
      about(c, c.getSubject(), e);
    } else if (resource instanceof Practitioner) {
      e = new ResourceExposure(type, Role.PROVIDER);
      Practitioner p = (Practitioner) resource;
      p.getIdentifier().forEach(id -> e.add("Practitioner.identifier", FieldType.PROVIDER, id.getValue()));
      p.getName().forEach(n -> e.add("Practitioner.name", FieldType.PROVIDER, fullName(n)));
    } else if (resource instanceof PractitionerRole) {
      e = new ResourceExposure(type, Role.PROVIDER);
      ((PractitionerRole) resource).getIdentifier()
          .forEach(id -> e.add("PractitionerRole.identifier", FieldType.PROVIDER, id.getValue()));
    } else if (resource instanceof Organization) {
      e = new ResourceExposure(type, Role.PROVIDER);
      Organization o = (Organization) resource;
      o.getIdentifier().forEach(id -> e.add("Organization.identifier", FieldType.PROVIDER, id.getValue()));
      e.add("Organization.name", FieldType.PROVIDER, o.getName());
    } else if (resource instanceof RelatedPerson) {
      e = new ResourceExposure(type, Role.RELATED_PERSON);
      RelatedPerson r = (RelatedPerson) resource;
      ResourceExposure person = new ResourceExposure(type, Role.RELATED_PERSON);
      r.getName().forEach(n -> name(RELATED_NAME, n, person));
      r.getTelecom().forEach(t -> telecom(RELATED_TELECOM, t, person));
      r.getAddress().forEach(a -> address(RELATED_ADDRESS, a, person));
      e.relatedPersons.add(person.values);
      e.patientReference = reference(r.getPatient());
    } else {
      // Encounter, Procedure, Coverage, Composition...: about the patient they name, so that what
      // they expose (their narrative) is hers.
      e = new ResourceExposure(type, Role.ABOUT_PATIENT);
      aboutAny(resource, e);
    }
    if (resource instanceof DomainResource) {
      narrative((DomainResource) resource, e);
    }
    e.id = resource.getIdElement().getIdPart();
    return e;
  }

  private static void patient(Patient p, ResourceExposure e) {
    for (Identifier id : p.getIdentifier()) {
      String system = id.getSystem() == null ? "" : id.getSystem();
      if (BSN_SYSTEMS.contains(system)) {
        e.add("Patient.identifier(bsn)", FieldType.NATIONAL_ID, id.getValue());
      } else if (OTHER_NATIONAL_SYSTEMS.contains(system)) {
        e.add("Patient.identifier(national)", FieldType.NATIONAL_ID, id.getValue());
      } else {
        e.add("Patient.identifier", FieldType.RECORD_ID, id.getValue());
      }
    }
    p.getName().forEach(n -> name(PATIENT_NAME, n, e));
    p.getTelecom().forEach(t -> telecom(PATIENT_TELECOM, t, e));
    p.getAddress().forEach(a -> address(PATIENT_ADDRESS, a, e));
    if (p.hasBirthDateElement()) {
      e.add("Patient.birthDate", FieldType.BIRTH_DATE, p.getBirthDateElement().getValueAsString());
    }
    if (p.hasGender()) {
      // The code as written: an invalid one ("F") leaves getGender() null, yet still tells her sex.
      e.add("Patient.gender", FieldType.SEX, p.getGenderElement().getValueAsString());
    }
    for (Reference gp : p.getGeneralPractitioner()) {
      e.add("Patient.generalPractitioner", FieldType.PROVIDER, gp.getDisplay());
      if (gp.hasIdentifier()) {
        e.add("Patient.generalPractitioner.identifier", FieldType.PROVIDER, gp.getIdentifier().getValue());
      }
    }
    for (Patient.ContactComponent contact : p.getContact()) {
      ResourceExposure person = new ResourceExposure("Patient.contact", Role.RELATED_PERSON);
      if (contact.hasName()) {
        name(CONTACT_NAME, contact.getName(), person);
      }
      contact.getTelecom().forEach(t -> telecom(CONTACT_TELECOM, t, person));
      if (contact.hasAddress()) {
        address(CONTACT_ADDRESS, contact.getAddress(), person);
      }
      if (!person.values.isEmpty()) {
        e.relatedPersons.add(person.values);
      }
    }
  }

  /** A name: its text, family name, given names and initials (nl-core's EN qualifier "IN"). */
  private static void name(NamePaths path, HumanName n, ResourceExposure e) {
    e.add(path.text(), FieldType.PERSON_NAME, n.getText());
    if (n.hasFamily()) {
      e.add(path.family(), FieldType.FAMILY_NAME, n.getFamily());
    } else { // only the parts, as nl-core's extensions on family
      for (Extension x : n.getFamilyElement().getExtension()) {
        if (x.getUrl() != null && x.getUrl().contains("humanname-") && x.getValue() != null) {
          e.add(path.familyParts(), FieldType.FAMILY_NAME, x.getValue().primitiveValue());
        }
      }
    }
    for (StringType given : n.getGiven()) {
      e.add(path.given(), isInitial(given) ? FieldType.INITIALS : FieldType.GIVEN_NAME,
          given.getValue());
    }
  }

  /** Whether a given name is an initial: nl-core marks one with the EN qualifier {@code IN}. */
  static boolean isInitial(StringType given) {
    // Not getExtensionByUrl: it throws where a part has two qualifiers (BR and CL, as older nl-core
    // profiles allow), and that Patient would be lost to the assessment.
    for (Extension qualifier : given.getExtension()) {
      if (EN_QUALIFIER.equals(qualifier.getUrl()) && qualifier.getValue() != null
          && "IN".equals(qualifier.getValue().primitiveValue())) {
        return true;
      }
    }
    return false;
  }

  private static String fullName(HumanName n) {
    return n.hasText() ? n.getText() : singleName(n);
  }

  /**
   * The name's prefixes, given names, family name and suffixes, space-separated, leaving out parts
   * with no value (a given name that has only extensions): HAPI's {@code getNameAsSingleString} writes
   * those as "null". Its text if no part has a value.
   */
  static String singleName(HumanName n) {
    List<String> parts = new ArrayList<>();
    n.getPrefix().forEach(p -> addPart(parts, p.getValue()));
    n.getGiven().forEach(g -> addPart(parts, g.getValue()));
    addPart(parts, n.getFamily());
    n.getSuffix().forEach(x -> addPart(parts, x.getValue()));
    return parts.isEmpty() ? n.getText() : String.join(" ", parts);
  }

  /** Adds a name part if it has a value, stripped. */
  static void addPart(List<String> parts, String part) {
    if (part != null && !part.isBlank()) {
      parts.add(part.strip());
    }
  }

  private static void telecom(TelecomPaths path, ContactPoint t, ResourceExposure e) {
    if (!t.hasSystem()) {
      return;
    }
    if (t.getSystem() == null) { // an invalid system code ("mobile"): the value tells what it is
      String value = t.getValue();
      if (value != null && Values.isEmail(value)) {
        e.add(path.email(), FieldType.EMAIL, value);
      } else if (value != null && Values.isPhone(value)) {
        e.add(path.phone(), FieldType.PHONE, value);
      }
      return;
    }
    switch (t.getSystem()) {
      case PHONE:
      case FAX:
      case SMS:
        e.add(path.phone(), FieldType.PHONE, t.getValue());
        break;
      case EMAIL:
        e.add(path.email(), FieldType.EMAIL, t.getValue());
        break;
      default:
        break;
    }
  }

  /** An address: its lines with nl-core's street and house-number parts, postcode, city, district. */
  private static void address(AddressPaths path, Address a, ResourceExposure e) {
    e.add(path.text(), FieldType.STREET_ADDRESS, a.getText());
    for (StringType line : a.getLine()) {
      e.add(path.line(), FieldType.STREET_ADDRESS, line.getValue());
      for (Extension x : line.getExtension()) {
        String value = x.getValue() == null ? null : x.getValue().primitiveValue();
        FieldType part = addressPart(x);
        if (part == FieldType.STREET_ADDRESS) {
          e.add(path.streetName(), part, value);
        } else if (part == FieldType.HOUSE_NUMBER) {
          e.add(path.houseNumber(), part, value);
        }
      }
    }
    e.add(path.postalCode(), FieldType.POSTCODE, a.getPostalCode());
    e.add(path.city(), FieldType.CITY, a.getCity());
    e.add(path.district(), FieldType.CITY, a.getDistrict());
  }

  /**
   * What part of an address line one of its nl-core extensions holds: the street name
   * ({@link FieldType#STREET_ADDRESS}), the house number or its suffix ({@link FieldType#HOUSE_NUMBER});
   * null for any other extension.
   */
  static FieldType addressPart(Extension x) {
    String url = x.getUrl() == null ? "" : x.getUrl();
    if (url.equals(ADXP + "streetName")) {
      return FieldType.STREET_ADDRESS;
    }
    if (url.equals(ADXP + "houseNumber") || url.equals(ADXP + "buildingNumberSuffix")) {
      return FieldType.HOUSE_NUMBER;
    }
    return null;
  }

  private static void observation(Observation o, ResourceExposure e) {
    o.getIdentifier().forEach(id -> e.add("Observation.identifier", FieldType.RECORD_ID, id.getValue()));
    concept("Observation.code", FieldType.TEST_TYPE, o.getCode(), e);
    value(OBSERVATION_VALUE, o.getValue(), e);
    o.getInterpretation().forEach(c -> concept("Observation.interpretation", FieldType.TEST_RESULT, c, e));
    o.getComponent().forEach(c -> {
      concept("Observation.component.code", FieldType.TEST_TYPE, c.getCode(), e);
      value(COMPONENT_VALUE, c.getValue(), e);
    });
    if (o.hasEffectiveDateTimeType()) {
      e.add("Observation.effectiveDateTime", FieldType.CLINICAL_DATE,
          o.getEffectiveDateTimeType().getValueAsString());
    }
    o.getNote().forEach(n -> e.add("Observation.note", FieldType.FREE_TEXT, n.getText()));
    o.getPerformer().forEach(p -> e.add("Observation.performer", FieldType.PROVIDER, p.getDisplay()));
    about(o, o.getSubject(), e);
  }

  private static void diagnosticReport(DiagnosticReport r, ResourceExposure e) {
    concept("DiagnosticReport.code", FieldType.TEST_TYPE, r.getCode(), e);
    e.add("DiagnosticReport.conclusion", FieldType.TEST_RESULT, r.getConclusion());
    r.getConclusionCode().forEach(c -> concept("DiagnosticReport.conclusionCode", FieldType.TEST_RESULT, c, e));
    if (r.hasEffectiveDateTimeType()) {
      e.add("DiagnosticReport.effectiveDateTime", FieldType.CLINICAL_DATE,
          r.getEffectiveDateTimeType().getValueAsString());
    }
    r.getPerformer().forEach(p -> e.add("DiagnosticReport.performer", FieldType.PROVIDER, p.getDisplay()));
    about(r, r.getSubject(), e);
  }

  private static void specimen(Specimen s, ResourceExposure e) {
    concept("Specimen.type", FieldType.TEST_TYPE, s.getType(), e);
    if (s.hasAccessionIdentifier()) {
      e.add("Specimen.accessionIdentifier", FieldType.RECORD_ID, s.getAccessionIdentifier().getValue());
    }
    if (s.hasCollection() && s.getCollection().hasCollectedDateTimeType()) {
      e.add("Specimen.collection.collectedDateTime", FieldType.CLINICAL_DATE,
          s.getCollection().getCollectedDateTimeType().getValueAsString());
    }
    about(s, s.getSubject(), e);
  }

  private record ValuePaths(String prefix, String codeableConcept, String quantity, String dateTime,
      String string) {
    static ValuePaths under(String prefix) {
      return new ValuePaths(prefix, prefix + "CodeableConcept", prefix + "Quantity",
          prefix + "DateTime", prefix + "String");
    }
  }

  private static final ValuePaths OBSERVATION_VALUE = ValuePaths.under("Observation.value");
  private static final ValuePaths COMPONENT_VALUE = ValuePaths.under("Observation.component.value");

  /** A value[x]: a coded, text or quantity result. */
  private static void value(ValuePaths path, Type value, ResourceExposure e) {
    if (value instanceof CodeableConcept) {
      concept(path.codeableConcept(), FieldType.TEST_RESULT, (CodeableConcept) value, e);
    } else if (value instanceof Quantity) {
      Quantity q = (Quantity) value;
      if (q.hasValue() && q.getValue() != null) { // an invalid decimal ("12,5") is left empty
        e.add(path.quantity(), FieldType.TEST_RESULT,
            q.getValue().toPlainString() + (q.hasUnit() ? " " + q.getUnit() : ""));
      }
    } else if (value instanceof DateTimeType) {
      e.add(path.dateTime(), FieldType.CLINICAL_DATE, ((DateTimeType) value).getValueAsString());
    } else if (value instanceof StringType) {
      e.add(path.string(), FieldType.TEST_RESULT, ((StringType) value).getValue());
    } else if (value != null && value.isPrimitive()) {
      e.add(path.prefix() + value.fhirType().substring(0, 1).toUpperCase(Locale.ROOT)
          + value.fhirType().substring(1),
          FieldType.TEST_RESULT, value.primitiveValue());
    }
  }

  /** A coded concept: each coding's code (SNOMED result codes grade too) and display, and its text. */
  private static void concept(String path, FieldType type, CodeableConcept c, ResourceExposure e) {
    if (c == null) {
      return;
    }
    for (Coding coding : c.getCoding()) {
      e.add(path, type, coding.getCode());
      e.add(path, type, coding.getDisplay());
    }
    e.add(path, type, c.getText());
  }

  /** The narrative's text, which often repeats the resource's identifying data. */
  private static void narrative(DomainResource r, ResourceExposure e) {
    String attached = Narratives.attached(r);
    if (attached != null) { // a long one, read as it streamed by
      e.add(r.fhirType() + ".text.div", FieldType.FREE_TEXT, attached);
    } else if (r.hasText() && r.getText().hasDiv()) {
      String text = r.getText().getDiv().allText();
      e.add(r.fhirType() + ".text.div", FieldType.FREE_TEXT, text == null ? null : text.strip());
    }
  }

  /** The elements that name the patient a resource is about, in R4's resource types. */
  private static final List<String> PATIENT_ELEMENTS = List.of("subject", "patient", "beneficiary");

  /**
   * The patient the resource is about, by its {@code subject}, {@code patient} or {@code beneficiary}
   * element if it has one of type Reference: the first reference that may name a patient ({@link
   * #mayNamePatient}); else, if it has one, the resource is about someone or something that is not a
   * patient (a Device, a Group, an Organization).
   */
  static void aboutAny(Resource resource, ResourceExposure e) {
    for (String name : PATIENT_ELEMENTS) {
      Property property = resource.getNamedProperty(name);
      if (property == null) {
        continue;
      }
      for (Base value : property.getValues()) {
        if (value instanceof Reference) {
          about(resource, (Reference) value, e);
          if (e.patientReference != null) {
            return;
          }
        }
      }
    }
  }

  /** Notes the reference as the resource's patient if it may name one, else as naming another. */
  private static void about(Resource resource, Reference r, ResourceExposure e) {
    String reference = reference(r);
    if (reference == null) {
      return;
    }
    if (mayNamePatient(resource, reference)) {
      e.patientReference = reference;
    } else {
      e.aboutNonPatient = true;
    }
  }

  /**
   * Whether a reference may name a patient: one of the Patient type ({@code Patient/id}, {@code
   * Patient?identifier=...}, a URL ending in {@code .../Patient/id}), a Bundle entry's {@code urn:uuid:}
   * or {@code urn:oid:} fullUrl (which may be hers), or a local reference ({@code #p}) to a Patient the
   * resource contains. {@code Device/d1}, {@code Group/g}, {@code #p} with no contained Patient are not.
   */
  static boolean mayNamePatient(Resource resource, String reference) {
    if (reference == null || reference.isEmpty()) {
      return false;
    }
    if (reference.startsWith("#")) {
      return containedPatient(resource, reference) != null;
    }
    if (reference.regionMatches(true, 0, "urn:uuid:", 0, 9)
        || reference.regionMatches(true, 0, "urn:oid:", 0, 8)) {
      return true;
    }
    return reference.startsWith("Patient/") || reference.startsWith("Patient?")
        || reference.contains("/Patient/");
  }

  /**
   * The contained Patient a local reference ({@code #p1}) names; null if the reference is not local or
   * names no contained Patient. HAPI 8 gives a contained resource's id as written, so "p1" in current
   * FHIR but "#p1" where the extract uses the older form: both are found.
   */
  static Patient containedPatient(Resource resource, String reference) {
    if (reference == null || !reference.startsWith("#") || !(resource instanceof DomainResource)) {
      return null;
    }
    String wanted = reference.substring(1);
    for (Resource contained : ((DomainResource) resource).getContained()) {
      String id = contained.getIdElement().getIdPart();
      if (contained instanceof Patient && id != null
          && wanted.equals(id.startsWith("#") ? id.substring(1) : id)) {
        return (Patient) contained;
      }
    }
    return null;
  }

  private static String reference(Reference r) {
    return r != null && r.hasReference() ? r.getReference() : null;
  }
}
