package org.exposure.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exposure.classify.Values;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads what a parsed FHIR R4 resource exposes, by element path: a Patient's identifiers (by system),
 * names with the nl-core name-part extensions, addresses with the line extensions, telecom, birth
 * date, gender and GP; a RelatedPerson's name, telecom and address; every other resource type's
 * elements as the table of {@link FhirElements} says ({@link ElementTable}); the extensions that
 * table names, of any resource; the narrative of any resource. Stateless and thread-safe.
 */
final class ResourceClassifier {
  /** The BSN's naming system, as a URI, an OID URN and a bare OID (Nictiz nl-core). */
  static final Set<String> BSN_SYSTEMS = Set.of("http://fhir.nl/fhir/NamingSystem/bsn",
      "urn:oid:2.16.840.1.113883.2.4.6.3", "2.16.840.1.113883.2.4.6.3");
  /**
   * Other national person numbers: US SSN, NHS number, Belgian SSIN (eHealth), French INS-NIR,
   * Irish PPSN, German KVNR.
   */
  private static final Set<String> OTHER_NATIONAL_SYSTEMS = Set.of("http://hl7.org/fhir/sid/us-ssn",
      "urn:oid:2.16.840.1.113883.4.1", "https://fhir.nhs.uk/Id/nhs-number",
      "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin",
      "https://www.ehealth.fgov.be/standards/fhir/NamingSystem/ssin", "urn:oid:1.2.250.1.213.1.4.8",
      "http://fhir.de/sid/gkv/kvid-10", "http://fhir.de/NamingSystem/gkv/kvid-10",
      "http://www.welfare.ie/ppsn");
  private static final String EN_QUALIFIER =
      "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier";
  private static final String ADXP = "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-";

  // Element paths made once, so that their hashes are computed once when values are counted by path.

  record NamePaths(String text, String family, String familyParts, String given) {
    static NamePaths under(String parent) {
      return new NamePaths(parent + ".text", parent + ".family", parent + ".family.extension",
          parent + ".given");
    }
  }

  record TelecomPaths(String phone, String email) {
    static TelecomPaths under(String parent) {
      return new TelecomPaths(parent + "(phone)", parent + "(email)");
    }
  }

  record AddressPaths(String text, String line, String streetName, String houseNumber,
      String postalCode, String city, String district, String geolocation) {
    static AddressPaths under(String parent) {
      return new AddressPaths(parent + ".text", parent + ".line", parent + ".line.streetName",
          parent + ".line.houseNumber", parent + ".postalCode", parent + ".city",
          parent + ".district", parent + ".extension(geolocation)");
    }
  }

  /** The core extension that gives an address its latitude and longitude (Synthea writes it). */
  private static final String GEOLOCATION = "http://hl7.org/fhir/StructureDefinition/geolocation";

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

  /** The paths of a name's, a telecom's and an address's parts under one element. */
  record Paths(NamePaths name, TelecomPaths telecom, AddressPaths address) {
    static Paths under(String element) {
      return new Paths(NamePaths.under(element), TelecomPaths.under(element),
          AddressPaths.under(element));
    }
  }

  /**
   * What the resource exposes: a Patient's and a RelatedPerson's values as read here, any other type's
   * as {@link ElementTable#R4} says, its extensions, and the narrative of any.
   */
  static ResourceExposure classify(Resource resource) {
    String type = resource.fhirType();
    ResourceExposure e;
    if (resource instanceof Patient) {
      e = new ResourceExposure(type, Role.PATIENT);
      patient((Patient) resource, e);
      ElementTable.R4.expose(resource, null, e);
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
      ElementTable.ResourceRow row = ElementTable.R4.row(type);
      // A type the table does not name (Composition, List...) is about the patient it names, so
      // that what it exposes (its narrative) is hers.
      e = new ResourceExposure(type, row == null ? Role.ABOUT_PATIENT : row.role());
      ElementTable.R4.expose(resource, row, e);
      if (row == null) {
        aboutAny(resource, e);
      }
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

  /**
   * Whether a given name is an initial: nl-core marks one with the EN qualifier {@code IN}; one
   * written as initials ("J.P.") is one without it.
   */
  static boolean isInitial(StringType given) {
    if (given.getValue() != null && Values.isInitials(given.getValue())) {
      return true;
    }
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

  static void telecom(TelecomPaths path, ContactPoint t, ResourceExposure e) {
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
    for (Extension x : a.getExtension()) {
      if (GEOLOCATION.equals(x.getUrl())) {
        StringBuilder coordinates = new StringBuilder();
        for (Extension part : x.getExtension()) {
          if (part.getValue() != null && part.getValue().primitiveValue() != null) {
            coordinates.append(coordinates.length() == 0 ? "" : ",")
                .append(part.getValue().primitiveValue());
          }
        }
        if (coordinates.length() > 0) {
          e.add(path.geolocation(), FieldType.GEOLOCATION, coordinates.toString());
        }
      }
    }
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

  /**
   * A name under an element of the table: its parts by their own types if the element holds a
   * person's name, else the whole name as the element's type (a practitioner's, as {@code PROVIDER}).
   */
  static void humanName(Paths parts, String path, FieldType type, HumanName n, ResourceExposure e) {
    if (parts != null && type.isName()) {
      name(parts.name(), n, e);
    } else {
      e.add(path, type, fullName(n));
    }
  }

  /**
   * An address under an element of the table: its parts by their own types if the element holds an
   * address, else its city (or its text) as the element's type (a birth place, as {@code CITY}).
   */
  static void address(Paths parts, String path, FieldType type, Address a, ResourceExposure e) {
    if (parts != null && type == FieldType.STREET_ADDRESS) {
      address(parts.address(), a, e);
    } else {
      e.add(path, type, a.hasCity() ? a.getCity() : a.getText());
    }
  }

  /** A quantity: its value and unit; an invalid decimal ("12,5"), left empty by HAPI, gives nothing. */
  static void quantity(String path, FieldType type, Quantity q, ResourceExposure e) {
    if (q != null && q.hasValue() && q.getValue() != null) {
      e.add(path, type, q.getValue().toPlainString() + (q.hasUnit() ? " " + q.getUnit() : ""));
    }
  }

  /** A coded concept: each coding's code (SNOMED result codes grade too) and display, and its text. */
  static void concept(String path, FieldType type, CodeableConcept c, ResourceExposure e) {
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
  static void about(Resource resource, Reference r, ResourceExposure e) {
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
