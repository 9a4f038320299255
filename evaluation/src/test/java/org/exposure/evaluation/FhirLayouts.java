package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.exposure.evaluation.Json.a;
import static org.exposure.evaluation.Json.o;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GEOLOCATION;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.exposure.evaluation.Json.Raw;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The FHIR R4 layouts of the corpus, in Synthea's style (one transaction Bundle per patient, a bulk
 * export of NDJSON files) and as Dutch and UK services would send them (BSN and NHS-number identifier
 * systems, a collection Bundle written on one line). The truth of a FHIR layout is, per element group
 * ({@code Resource.element}, choice types as {@code value[x]}), the set of personal field types its
 * values hold; OTHER elements (status, category, the resource's own id) are not listed.
 */
final class FhirLayouts {
  private FhirLayouts() {}

  private static final String SNOMED = "http://snomed.info/sct";
  private static final String LOINC = "http://loinc.org";
  private static final String V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203";

  /** A resource and the patient it belongs to. */
  private record Resource(String type, Raw json) {}

  /** Collects one layout's resources, element groups and grades. */
  private static final class Builder {
    final Country country;
    final Random rng;
    final Set<String> groups = new TreeSet<>();
    final Map<Integer, List<Resource>> byPatient = new LinkedHashMap<>();
    final Map<Integer, ResultGrade> grades = new LinkedHashMap<>();
    /** Bundles reference their Patient by her entry's {@code urn:uuid:}, NDJSON by {@code Patient/id}. */
    final boolean urn;

    Builder(Country country, long seed, boolean urn) {
      this.country = country;
      this.rng = new Random(seed);
      this.urn = urn;
    }

    void group(String resource, String element, FieldType type) {
      groups.add(resource + "." + element + "\t" + type);
    }

    void add(Person p, String type, Raw json, ResultGrade grade) {
      byPatient.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new Resource(type, json));
      grades.merge(p.id(), grade, ResultGrade::max);
    }

    List<Truth.Field> fields() {
      return groups.stream().map(g -> g.split("\t"))
          .map(g -> new Truth.Field("*", 0, g[0], FieldType.valueOf(g[1]))).toList();
    }
  }

  static List<Truth> write(Path root, long seed) throws IOException {
    return List.of(
        syntheaBundles(root, seed),
        bulkNdjson(root, seed),
        dutchScreeningNdjson(root, seed),
        ukCollectionBundle(root, seed));
  }

  /**
   * The FHIR layouts of the fresh part ({@link FreshLayouts}): resource types the first FHIR layouts do
   * not hold, from a country they do not cover.
   */
  static List<Truth> writeFresh(Path root, long seed) throws IOException {
    return List.of(belgianNdjson(root, seed));
  }

  // ------------------------------------------------------------------------------- layouts

  private static Truth syntheaBundles(Path root, long seed) throws IOException {
    String name = "us-fhir-synthea-bundles";
    Builder b = new Builder(Country.US, seed ^ name.hashCode(), true);
    List<Person> people = people(b, 30, 18, 90);
    for (Person p : people) {
      usRecord(b, p, true);
    }
    Path dir = Files.createDirectories(root.resolve(name));
    List<Truth.Subject> subjects = new ArrayList<>();
    for (Person p : people) {
      String file = p.given() + "_" + p.family() + "_" + p.uuid().substring(0, 8) + ".json";
      StringBuilder s = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"transaction\","
          + "\"entry\":[\n");
      List<String> where = new ArrayList<>();
      List<Resource> resources = b.byPatient.get(p.id());
      for (int i = 0; i < resources.size(); i++) {
        Resource r = resources.get(i);
        String id = i == 0 ? p.uuid() : uuid(b.rng);
        s.append(o("fullUrl", "urn:uuid:" + id, "resource", r.json(), "request",
            o("method", "POST", "url", r.type())).json());
        s.append(i + 1 < resources.size() ? ",\n" : "\n");
        where.add(file + ":" + (i + 2) + ":0");
      }
      s.append("]}\n");
      Files.writeString(dir.resolve(file), s, UTF_8);
      subjects.add(new Truth.Subject(p.id(), b.grades.get(p.id()), where));
    }
    return new Truth(name, Country.US, "fhir", b.fields(), subjects);
  }

  private static Truth bulkNdjson(Path root, long seed) throws IOException {
    String name = "us-fhir-bulk-ndjson";
    Builder b = new Builder(Country.US, seed ^ name.hashCode(), false);
    List<Person> people = people(b, 50, 0, 95);
    for (Person p : people) {
      usRecord(b, p, false);
    }
    return ndjson(root, name, b, people);
  }

  private static Truth dutchScreeningNdjson(Path root, long seed) throws IOException {
    String name = "nl-fhir-screening-ndjson";
    Builder b = new Builder(Country.NL, seed ^ name.hashCode(), false);
    List<Person> people = people(b, 80, 30, 65);
    for (Person p : people) {
      b.add(p, "Patient", o("resourceType", "Patient", "id", p.uuid(),
          "identifier", a(o("system", "http://fhir.nl/fhir/NamingSystem/bsn",
              "value", p.nationalId())),
          "name", a(o("use", "official", "family", p.fullFamily(), "given", a(p.initials()))),
          "telecom", a(o("system", "phone", "value", p.phone())),
          "gender", "female", "birthDate", p.birthDate().toString(),
          "address", a(o("line", a(p.streetLine()), "postalCode", p.postcode(),
              "city", p.city(), "country", "NL"))), ResultGrade.NONE);
      b.group("Patient", "identifier", NATIONAL_ID);
      b.group("Patient", "name", FAMILY_NAME);
      b.group("Patient", "name", FieldType.INITIALS);
      b.group("Patient", "telecom", PHONE);
      b.group("Patient", "gender", SEX);
      b.group("Patient", "birthDate", BIRTH_DATE);
      b.group("Patient", "address", STREET_ADDRESS);
      b.group("Patient", "address", POSTCODE);
      b.group("Patient", "address", CITY);
      int visits = 1 + b.rng.nextInt(2);
      for (int v = 0; v < visits; v++) {
        Screening s = Screening.draw(b.rng);
        String date = date(b.rng).toString();
        hpvObservation(b, p, s, date);
        if (s.hasCytology()) {
          b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(b.rng),
              "status", "final",
              "code", concept(LOINC, "47527-7", "Cytology report of Cervical or vaginal smear"),
              "subject", ref(b, p), "effectiveDateTime", date,
              "valueString", "Pap " + s.pap()), s.papGrade());
        }
      }
    }
    return ndjson(root, name, b, people);
  }

  /**
   * A Belgian hub's bulk export in NDJSON (be-patient profile, SSIN identifier system of the eHealth
   * platform's federal core profiles): allergies, medication statements, care plans, a cytology
   * DiagnosticReport whose conclusion holds HPV and cytology in one French sentence, and the
   * mutualité's Coverage.
   */
  private static Truth belgianNdjson(Path root, long seed) throws IOException {
    String name = "be-fhir-hub-ndjson";
    Builder b = new Builder(Country.BE, seed ^ name.hashCode(), false);
    List<Person> people = people(b, 60, 25, 70);
    for (Person p : people) {
      b.add(p, "Patient", o("resourceType", "Patient", "id", p.uuid(),
          "meta", o("profile", a("https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/"
              + "be-patient")),
          "identifier", a(o("use", "official",
              "system", "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin",
              "value", p.nationalId())),
          "name", a(o("use", "official", "family", p.family(), "given", a(p.given()))),
          "telecom", a(o("system", "phone", "value", p.phone(), "use", "mobile")),
          "gender", "female", "birthDate", p.birthDate().toString(),
          "address", a(o("line", a(p.streetLine()), "postalCode", p.postcode(),
              "city", p.city(), "country", "BE"))), ResultGrade.NONE);
      b.group("Patient", "identifier", NATIONAL_ID);
      b.group("Patient", "name", FAMILY_NAME);
      b.group("Patient", "name", GIVEN_NAME);
      b.group("Patient", "telecom", PHONE);
      b.group("Patient", "gender", SEX);
      b.group("Patient", "birthDate", BIRTH_DATE);
      b.group("Patient", "address", STREET_ADDRESS);
      b.group("Patient", "address", POSTCODE);
      b.group("Patient", "address", CITY);
      String date = date(b.rng).toString();
      if (b.rng.nextInt(3) == 0) {
        String[] allergy = Clinical.pick(b.rng, List.of("91935009|Allergie aux arachides",
            "91936005|Allergie à la pénicilline", "300916003|Allergie au latex")).split("\\|");
        b.add(p, "AllergyIntolerance", o("resourceType", "AllergyIntolerance", "id", uuid(b.rng),
            "clinicalStatus", o("coding", a(o("system",
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                "code", "active"))),
            "code", concept(SNOMED, allergy[0], allergy[1]), "patient", ref(b, p),
            "recordedDate", date,
            "reaction", a(o("manifestation", a(concept(SNOMED, "271807003",
                "Éruption cutanée"))))), ResultGrade.UNGRADED);
        b.group("AllergyIntolerance", "code", DIAGNOSIS);
        b.group("AllergyIntolerance", "recordedDate", CLINICAL_DATE);
        b.group("AllergyIntolerance", "reaction", DIAGNOSIS);
      }
      Clinical.Med med = Clinical.MEDICINES.get(b.rng.nextInt(Clinical.MEDICINES.size()));
      Clinical.Dx dx = Clinical.diagnosis(b.rng);
      b.add(p, "MedicationStatement", o("resourceType", "MedicationStatement", "id", uuid(b.rng),
          "status", "active", "medicationCodeableConcept", o("text", med.european()),
          "subject", ref(b, p), "effectiveDateTime", date,
          "reasonCode", a(concept(SNOMED, dx.snomed(), dx.french()))), dx.grade());
      b.group("MedicationStatement", "medication[x]", MEDICATION);
      b.group("MedicationStatement", "effective[x]", CLINICAL_DATE);
      b.group("MedicationStatement", "reasonCode", DIAGNOSIS);
      Screening s = Screening.draw(b.rng);
      String conclusion = s.hasCytology() ? s.hpvFrench(b.rng) + " ; cytologie : "
          + s.bethesdaFrench(b.rng) : s.hpvFrench(b.rng);
      b.add(p, "DiagnosticReport", o("resourceType", "DiagnosticReport", "id", uuid(b.rng),
          "status", "final", "code", concept(LOINC, "47527-7",
              "Cytology report of Cervical or vaginal smear or scraping"),
          "subject", ref(b, p), "effectiveDateTime", date, "conclusion", conclusion),
          s.grade());
      b.group("DiagnosticReport", "code", TEST_TYPE);
      b.group("DiagnosticReport", "effective[x]", CLINICAL_DATE);
      b.group("DiagnosticReport", "conclusion", TEST_RESULT);
      if (b.rng.nextBoolean()) {
        b.add(p, "CarePlan", o("resourceType", "CarePlan", "id", uuid(b.rng), "status", "active",
            "intent", "plan", "category", a(concept(SNOMED, "698360004",
                "Plan d'autogestion du diabète")),
            "subject", ref(b, p), "period", o("start", date)), ResultGrade.NONE);
        b.group("CarePlan", "category", PROCEDURE);
        b.group("CarePlan", "period", CLINICAL_DATE);
      }
      b.add(p, "Coverage", o("resourceType", "Coverage", "id", uuid(b.rng), "status", "active",
          "subscriberId", p.insuranceNumber(), "beneficiary", ref(b, p),
          "payor", a(o("display", Clinical.pick(b.rng, List.of("Mutualité chrétienne",
              "Solidaris", "Helan"))))), ResultGrade.NONE);
      b.group("Coverage", "subscriberId", INSURANCE_ID);
    }
    return ndjson(root, name, b, people);
  }

  private static Truth ukCollectionBundle(Path root, long seed) throws IOException {
    String name = "uk-fhir-collection-bundle";
    Builder b = new Builder(Country.UK, seed ^ name.hashCode(), true);
    List<Person> people = people(b, 40, 25, 64);
    for (Person p : people) {
      b.add(p, "Patient", o("resourceType", "Patient", "id", p.uuid(),
          "identifier", a(o("system", "https://fhir.nhs.uk/Id/nhs-number",
              "value", p.nationalId())),
          "name", a(o("family", p.family(), "given", a(p.given()))),
          "gender", "female", "birthDate", p.birthDate().toString(),
          "address", a(o("line", a(p.streetLine()), "city", p.city(),
              "postalCode", p.postcode()))), ResultGrade.NONE);
      b.group("Patient", "identifier", NATIONAL_ID);
      b.group("Patient", "name", FAMILY_NAME);
      b.group("Patient", "name", GIVEN_NAME);
      b.group("Patient", "gender", SEX);
      b.group("Patient", "birthDate", BIRTH_DATE);
      b.group("Patient", "address", STREET_ADDRESS);
      b.group("Patient", "address", CITY);
      b.group("Patient", "address", POSTCODE);
      Screening s = Screening.draw(b.rng);
      String date = date(b.rng).toString();
      b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(b.rng),
          "status", "final", "code", concept(LOINC, "30167-1", "HPV high-risk DNA"),
          "subject", ref(b, p), "effectiveDateTime", date,
          "valueString", s.hpvEnglish(b.rng)), s.hpvGrade());
      if (s.hasCytology()) {
        b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(b.rng),
            "status", "final", "code", concept(LOINC, "47528-5", "Cervical cytology"),
            "subject", ref(b, p), "effectiveDateTime", date,
            "valueString", s.nhsCytology(b.rng)), s.papGrade());
      }
      b.group("Observation", "code", TEST_TYPE);
      b.group("Observation", "value[x]", TEST_RESULT);
      b.group("Observation", "effective[x]", CLINICAL_DATE);
      if (b.rng.nextInt(3) == 0) {
        condition(b, p, Clinical.diagnosis(b.rng));
      }
    }
    Path dir = Files.createDirectories(root.resolve(name));
    String file = "screening-collection.json";
    List<Raw> entries = new ArrayList<>();
    List<Truth.Subject> subjects = new ArrayList<>();
    for (Person p : people) {
      List<String> where = new ArrayList<>();
      for (Resource r : b.byPatient.get(p.id())) {
        entries.add(o("fullUrl", "urn:uuid:" + (r.type().equals("Patient") ? p.uuid()
            : uuid(b.rng)), "resource", r.json()));
        where.add(file + ":1:" + entries.size());
      }
      subjects.add(new Truth.Subject(p.id(), b.grades.get(p.id()), where));
    }
    Files.writeString(dir.resolve(file), o("resourceType", "Bundle", "type", "collection",
        "entry", a(entries)).json(), UTF_8);
    return new Truth(name, Country.UK, "fhir", b.fields(), subjects);
  }

  // ------------------------------------------------------------------------------- US records

  /** A Synthea-style record: Patient, encounters, conditions, observations, medicines... */
  private static void usRecord(Builder b, Person p, boolean withClaims) {
    Random rng = b.rng;
    String race = Clinical.pick(rng, List.of("White", "Black or African American", "Asian"));
    String raceCode = switch (race) {
      case "White" -> "2106-3";
      case "Asian" -> "2028-9";
      default -> "2054-5";
    };
    boolean hispanic = rng.nextInt(4) == 0;
    b.add(p, "Patient", o("resourceType", "Patient", "id", p.uuid(),
        "extension", a(
            o("url", "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                "extension", a(o("url", "ombCategory", "valueCoding",
                    o("system", "urn:oid:2.16.840.1.113883.6.238", "code", raceCode,
                        "display", race)), o("url", "text", "valueString", race))),
            o("url", "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
                "extension", a(o("url", "ombCategory", "valueCoding",
                    o("system", "urn:oid:2.16.840.1.113883.6.238",
                        "code", hispanic ? "2135-2" : "2186-5",
                        "display", hispanic ? "Hispanic or Latino" : "Not Hispanic or Latino")),
                    o("url", "text", "valueString", hispanic ? "Hispanic or Latino"
                        : "Not Hispanic or Latino"))),
            o("url", "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
                "valueString", Clinical.pick(rng, List.of("Garcia", "Miller", "Lee")) + rng.nextInt(
                    1000)),
            o("url", "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
                "valueAddress", o("city", p.city(), "state", "Massachusetts", "country", "US"))),
        "identifier", a(
            o("system", "https://github.com/synthetichealth/synthea", "value", p.uuid()),
            o("type", typeCode("MR", "Medical Record Number"),
                "system", "http://hospital.smarthealthit.org", "value", p.uuid()),
            o("type", typeCode("SS", "Social Security Number"),
                "system", "http://hl7.org/fhir/sid/us-ssn", "value", p.nationalId()),
            o("type", typeCode("DL", "Driver's license number"),
                "system", "urn:oid:2.16.840.1.113883.4.3.25",
                "value", "S999" + CheckDigits.digits(rng, 5)),
            o("type", typeCode("PPN", "Passport Number"),
                "system", "http://standardhealthrecord.org/fhir/StructureDefinition/passportNumber",
                "value", "X" + CheckDigits.digits(rng, 8) + "X")),
        "name", a(o("use", "official", "family", p.family() + rng.nextInt(1000),
            "given", a(p.given() + rng.nextInt(1000)), "prefix", a(p.female() ? "Mrs." : "Mr."))),
        "telecom", a(o("system", "phone", "value", p.phone(), "use", "home")),
        "gender", p.female() ? "female" : "male", "birthDate", p.birthDate().toString(),
        "address", a(o("extension", a(o("url",
            "http://hl7.org/fhir/StructureDefinition/geolocation", "extension", a(
                o("url", "latitude", "valueDecimal", new Raw(String.format(Locale.ROOT, "%.6f",
                    p.latitude()))),
                o("url", "longitude", "valueDecimal", new Raw(String.format(Locale.ROOT, "%.6f",
                    p.longitude())))))),
            "line", a(p.streetLine()), "city", p.city(), "state", "MA",
            "postalCode", p.postcode(), "country", "US")),
        "maritalStatus", o("coding", a(o("system",
            "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code", "M")), "text", "M")),
        ResultGrade.NONE);
    b.group("Patient", "extension", RACIAL_OR_ETHNIC_ORIGIN);
    b.group("Patient", "extension", FAMILY_NAME);
    b.group("Patient", "extension", CITY);
    b.group("Patient", "identifier", RECORD_ID);
    b.group("Patient", "identifier", NATIONAL_ID);
    b.group("Patient", "name", FAMILY_NAME);
    b.group("Patient", "name", GIVEN_NAME);
    b.group("Patient", "telecom", PHONE);
    b.group("Patient", "gender", SEX);
    b.group("Patient", "birthDate", BIRTH_DATE);
    b.group("Patient", "address", STREET_ADDRESS);
    b.group("Patient", "address", CITY);
    b.group("Patient", "address", POSTCODE);
    b.group("Patient", "address", GEOLOCATION);

    int encounters = 1 + rng.nextInt(3);
    for (int e = 0; e < encounters; e++) {
      String date = date(rng).toString();
      Clinical.Dx dx = Clinical.diagnosis(rng);
      boolean reason = rng.nextBoolean();
      b.add(p, "Encounter", o("resourceType", "Encounter", "id", uuid(rng), "status", "finished",
          "class", o("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code", "AMB"),
          "type", a(concept(SNOMED, "185349003", "Encounter for check up (procedure)")),
          "subject", ref(b, p),
          "participant", a(o("individual", o("reference",
              "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|99999" + CheckDigits.digits(
                  rng, 5), "display", "Dr. " + Clinical.pick(rng, List.of("Ana Lopez", "Ian Reed",
                      "Mia Park"))))),
          "period", o("start", date + "T09:00:00-05:00", "end", date + "T09:30:00-05:00"),
          "reasonCode", reason ? a(concept(SNOMED, dx.snomed(), dx.english())) : null),
          reason ? dx.grade() : ResultGrade.NONE);
      b.group("Encounter", "type", PROCEDURE);
      b.group("Encounter", "participant", PROVIDER);
      b.group("Encounter", "period", CLINICAL_DATE);
      if (reason) {
        b.group("Encounter", "reasonCode", DIAGNOSIS);
      }
      if (rng.nextBoolean()) {
        condition(b, p, dx);
      }
      Clinical.Obs obs = Clinical.OBSERVATIONS.get(rng.nextInt(Clinical.OBSERVATIONS.size()));
      b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(rng), "status", "final",
          "category", a(o("coding", a(o("system",
              "http://terminology.hl7.org/CodeSystem/observation-category",
              "code", obs.category())))),
          "code", concept(LOINC, obs.loinc(), obs.name()), "subject", ref(b, p),
          "effectiveDateTime", date + "T09:10:00-05:00",
          "valueQuantity", o("value", new Raw(String.format(Locale.ROOT, "%.1f",
              obs.low() + rng.nextDouble() * (obs.high() - obs.low()))), "unit", obs.unit(),
              "system", "http://unitsofmeasure.org", "code", obs.unit())), ResultGrade.UNGRADED);
      b.group("Observation", "code", TEST_TYPE);
      b.group("Observation", "value[x]", TEST_RESULT);
      b.group("Observation", "effective[x]", CLINICAL_DATE);
      if (p.female() && rng.nextBoolean()) {
        Screening s = Screening.draw(rng);
        hpvObservation(b, p, s, date);
        if (s.hasCytology()) {
          b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(rng),
              "status", "final", "code", concept(LOINC, "47527-7",
                  "Cytology report of Cervical or vaginal smear or scraping Cyto stain.thin prep"),
              "subject", ref(b, p), "effectiveDateTime", date,
              "valueCodeableConcept", bethesdaConcept(s)), s.papGrade());
        }
      }
      Clinical.Med med = Clinical.MEDICINES.get(rng.nextInt(Clinical.MEDICINES.size()));
      b.add(p, "MedicationRequest", o("resourceType", "MedicationRequest", "id", uuid(rng),
          "status", "active", "intent", "order",
          "medicationCodeableConcept", concept("http://www.nlm.nih.gov/research/umls/rxnorm",
              med.rxnorm(), med.name()),
          "subject", ref(b, p), "authoredOn", date + "T09:20:00-05:00",
          "requester", o("reference", "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|"
              + "99999" + CheckDigits.digits(rng, 5), "display", "Dr. Ana Lopez")),
          ResultGrade.NONE);
      b.group("MedicationRequest", "medication[x]", MEDICATION);
      b.group("MedicationRequest", "authoredOn", CLINICAL_DATE);
      b.group("MedicationRequest", "requester", PROVIDER);
      if (rng.nextInt(3) == 0) {
        Clinical.Vaccine v = Clinical.VACCINES.get(rng.nextInt(Clinical.VACCINES.size()));
        b.add(p, "Immunization", o("resourceType", "Immunization", "id", uuid(rng),
            "status", "completed",
            "vaccineCode", concept("http://hl7.org/fhir/sid/cvx", v.cvx(), v.name()),
            "patient", ref(b, p), "occurrenceDateTime", date + "T09:25:00-05:00",
            "primarySource", new Raw("true")), ResultGrade.NONE);
        b.group("Immunization", "vaccineCode", MEDICATION);
        b.group("Immunization", "occurrence[x]", CLINICAL_DATE);
      }
      if (rng.nextInt(3) == 0) {
        Clinical.Proc proc = Clinical.PROCEDURES.get(rng.nextInt(Clinical.PROCEDURES.size()));
        b.add(p, "Procedure", o("resourceType", "Procedure", "id", uuid(rng),
            "status", "completed", "code", concept(SNOMED, proc.snomed(), proc.english()),
            "subject", ref(b, p), "performedPeriod", o("start", date + "T10:00:00-05:00",
                "end", date + "T10:40:00-05:00")), ResultGrade.NONE);
        b.group("Procedure", "code", PROCEDURE);
        b.group("Procedure", "performed[x]", CLINICAL_DATE);
      }
      if (withClaims) {
        b.add(p, "Claim", o("resourceType", "Claim", "id", uuid(rng), "status", "active",
            "identifier", a(o("system", "urn:ietf:rfc:3986", "value",
                "CLM" + CheckDigits.digits(rng, 9))),
            "type", o("coding", a(o("system",
                "http://terminology.hl7.org/CodeSystem/claim-type", "code", "professional"))),
            "use", "claim", "patient", ref(b, p),
            "billablePeriod", o("start", date + "T09:00:00-05:00",
                "end", date + "T09:30:00-05:00"),
            "created", date + "T09:30:00-05:00",
            "provider", o("display", "Worcester Family Health Center"),
            "priority", o("coding", a(o("system",
                "http://terminology.hl7.org/CodeSystem/processpriority", "code", "normal"))),
            "diagnosis", a(o("sequence", new Raw("1"), "diagnosisCodeableConcept",
                concept("http://hl7.org/fhir/sid/icd-10-cm", dx.icd(), dx.english()))),
            "insurance", a(o("sequence", new Raw("1"), "focal", new Raw("true"),
                "coverage", o("display", "Aetna")))), dx.grade());
        b.group("Claim", "identifier", INSURANCE_ID);
        b.group("Claim", "billablePeriod", CLINICAL_DATE);
        b.group("Claim", "diagnosis", DIAGNOSIS);
      }
    }
    b.add(p, "Coverage", o("resourceType", "Coverage", "id", uuid(rng), "status", "active",
        "subscriberId", p.insuranceNumber(), "beneficiary", ref(b, p),
        "payor", a(o("display", Clinical.pick(rng, List.of("Aetna", "Medicaid",
            "Blue Cross Blue Shield"))))), ResultGrade.NONE);
    b.group("Coverage", "subscriberId", INSURANCE_ID);
  }

  // ------------------------------------------------------------------------------- parts

  private static void hpvObservation(Builder b, Person p, Screening s, String date) {
    String code = switch (s.hpv()) {
      case NEGATIVE -> "260415000";
      case POSITIVE -> "260373001";
      case UNSATISFACTORY -> "125154007";
    };
    String display = switch (s.hpv()) {
      case NEGATIVE -> "Not detected";
      case POSITIVE -> "Detected";
      case UNSATISFACTORY -> "Specimen unsatisfactory for evaluation";
    };
    b.add(p, "Observation", o("resourceType", "Observation", "id", uuid(b.rng), "status", "final",
        "code", concept(LOINC, "59420-0", "HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA "
            + "[Presence] in Cervix by Probe"),
        "subject", ref(b, p), "effectiveDateTime", date,
        "valueCodeableConcept", concept(SNOMED, code, display)), s.hpvGrade());
    b.group("Observation", "code", TEST_TYPE);
    b.group("Observation", "value[x]", TEST_RESULT);
    b.group("Observation", "effective[x]", CLINICAL_DATE);
  }

  private static Raw bethesdaConcept(Screening s) {
    return switch (s.pap()) {
      case "0" -> concept(SNOMED, "125154007", "Specimen unsatisfactory for evaluation");
      case "1" -> concept(SNOMED, "373887005",
          "Negative for intraepithelial lesion or malignancy");
      case "2" -> concept(SNOMED, "441087007", "Atypical squamous cells of undetermined significance");
      case "3a1" -> concept(SNOMED, "62051000119105", "Low grade squamous intraepithelial lesion");
      case "3a2" -> concept(SNOMED, "441088002",
          "Atypical squamous cells, cannot exclude high grade squamous intraepithelial lesion");
      case "3b", "4" -> concept(SNOMED, "62061000119107",
          "High grade squamous intraepithelial lesion");
      default -> concept(SNOMED, "1162767002", "Squamous cell carcinoma");
    };
  }

  private static void condition(Builder b, Person p, Clinical.Dx dx) {
    String date = date(b.rng).toString();
    b.add(p, "Condition", o("resourceType", "Condition", "id", uuid(b.rng),
        "clinicalStatus", o("coding", a(o("system",
            "http://terminology.hl7.org/CodeSystem/condition-clinical", "code", "active"))),
        "code", concept(SNOMED, dx.snomed(), dx.english()), "subject", ref(b, p),
        "onsetDateTime", date, "recordedDate", date), dx.grade());
    b.group("Condition", "code", DIAGNOSIS);
    b.group("Condition", "onset[x]", CLINICAL_DATE);
    b.group("Condition", "recordedDate", CLINICAL_DATE);
  }

  /** Writes one NDJSON file per resource type, Patient first, and the subjects' locations. */
  private static Truth ndjson(Path root, String name, Builder b, List<Person> people)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve(name));
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    files.put("Patient", new StringBuilder());
    List<Truth.Subject> subjects = new ArrayList<>();
    for (Person p : people) {
      List<String> where = new ArrayList<>();
      for (Resource r : b.byPatient.get(p.id())) {
        files.computeIfAbsent(r.type(), k -> new StringBuilder()).append(r.json().json())
            .append('\n');
        int line = lines.merge(r.type(), 1, Integer::sum);
        where.add(r.type() + ".ndjson:" + line + ":0");
      }
      subjects.add(new Truth.Subject(p.id(), b.grades.get(p.id()), where));
    }
    for (Map.Entry<String, StringBuilder> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey() + ".ndjson"), f.getValue(), UTF_8);
    }
    return new Truth(name, b.country, "fhir", b.fields(), subjects);
  }

  private static List<Person> people(Builder b, int n, int minAge, int maxAge) {
    List<Person> people = new ArrayList<>();
    Set<LocalDate> births = new HashSet<>();
    while (people.size() < n) {
      Person p = b.country.person(people.size() + 1, b.rng, b.country != Country.US, minAge,
          maxAge, LocalDate.of(2025, 6, 30));
      if (births.add(p.birthDate())) {
        people.add(p);
      }
    }
    return people;
  }

  private static Raw ref(Builder b, Person p) {
    return o("reference", b.urn ? "urn:uuid:" + p.uuid() : "Patient/" + p.uuid());
  }

  private static Raw concept(String system, String code, String display) {
    return o("coding", a(o("system", system, "code", code, "display", display)),
        "text", display);
  }

  private static Raw typeCode(String code, String display) {
    return o("coding", a(o("system", V2_0203, "code", code, "display", display)),
        "text", display);
  }

  private static LocalDate date(Random rng) {
    return LocalDate.of(2019, 1, 1).plusDays(rng.nextInt(2300));
  }

  private static String uuid(Random rng) {
    return new UUID(rng.nextLong(), rng.nextLong()).toString();
  }
}
