package org.exposure.fhir;

/**
 * Which element paths of which FHIR R4 resource types carry which {@link
 * org.exposure.model.FieldType}: the data {@link ElementTable} reads, kept apart from the code that
 * walks it so that it reads as a table (and {@code docs/fhir.md} shows it as one). Patients and
 * RelatedPersons are read by {@link ResourceClassifier} itself: their identifiers by system, names
 * with nl-core parts and contacts need more than a path.
 */
final class FhirElements {
  private FhirElements() {}

  /**
   * The resources. A resource line gives its type, its role ({@link ResourceExposure.Role}) and the
   * element that names its patient ({@code -}: none); each indented line below it an element path
   * (children joined by {@code .}, a choice element as {@code name[x]}) and the type of what it holds.
   * What a leaf holds is read by its FHIR type: a CodeableConcept gives each coding's code and display
   * and its text, a Reference its display and identifier, an Attachment its title and text data, a
   * Period its start and end; a date under a health element is a {@code CLINICAL_DATE}.
   */
  static final String RESOURCES = """
      # clinical
      Condition                 ABOUT_PATIENT  subject
        identifier                RECORD_ID
        code                      DIAGNOSIS
        severity                  DIAGNOSIS
        bodySite                  DIAGNOSIS
        stage.summary             DIAGNOSIS
        evidence.code             DIAGNOSIS
        onset[x]                  CLINICAL_DATE
        abatement[x]              CLINICAL_DATE
        recordedDate              CLINICAL_DATE
        recorder                  PROVIDER
        asserter                  PROVIDER
        note                      FREE_TEXT
      Procedure                 ABOUT_PATIENT  subject
        identifier                RECORD_ID
        code                      PROCEDURE
        bodySite                  PROCEDURE
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        outcome                   TEST_RESULT
        complication              DIAGNOSIS
        performed[x]              CLINICAL_DATE
        performer.actor           PROVIDER
        note                      FREE_TEXT
      Encounter                 ABOUT_PATIENT  subject
        identifier                RECORD_ID
        type                      PROCEDURE
        serviceType               PROCEDURE
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        diagnosis.condition       DIAGNOSIS
        period                    CLINICAL_DATE
        participant.individual    PROVIDER
        serviceProvider           PROVIDER
      AllergyIntolerance        ABOUT_PATIENT  patient
        code                      DIAGNOSIS
        reaction.substance        DIAGNOSIS
        reaction.manifestation    DIAGNOSIS
        onset[x]                  CLINICAL_DATE
        recordedDate              CLINICAL_DATE
        recorder                  PROVIDER
        note                      FREE_TEXT
      FamilyMemberHistory       ABOUT_PATIENT  patient
        reasonCode                DIAGNOSIS
        condition.code            DIAGNOSIS
        condition.outcome         DIAGNOSIS
        condition.onset[x]        CLINICAL_DATE
        date                      CLINICAL_DATE
        note                      FREE_TEXT
      CarePlan                  ABOUT_PATIENT  subject
        title                     PROCEDURE
        category                  PROCEDURE
        description               FREE_TEXT
        addresses                 DIAGNOSIS
        activity.detail.code      PROCEDURE
        activity.detail.reasonCode  DIAGNOSIS
        activity.detail.description FREE_TEXT
        period                    CLINICAL_DATE
        author                    PROVIDER
        note                      FREE_TEXT
      CareTeam                  ABOUT_PATIENT  subject
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        participant.member        PROVIDER
        managingOrganization      PROVIDER
        period                    CLINICAL_DATE
      Goal                      ABOUT_PATIENT  subject
        description               DIAGNOSIS
        addresses                 DIAGNOSIS
        target.measure            TEST_TYPE
        start[x]                  CLINICAL_DATE
        note                      FREE_TEXT
      ServiceRequest            ABOUT_PATIENT  subject
        identifier                RECORD_ID
        category                  PROCEDURE
        code                      PROCEDURE
        bodySite                  PROCEDURE
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        occurrence[x]             CLINICAL_DATE
        authoredOn                CLINICAL_DATE
        requester                 PROVIDER
        performer                 PROVIDER
        note                      FREE_TEXT
        patientInstruction        FREE_TEXT
      Observation               ABOUT_PATIENT  subject
        identifier                RECORD_ID
        code                      TEST_TYPE
        value[x]                  TEST_RESULT
        interpretation            TEST_RESULT
        component.code            TEST_TYPE
        component.value[x]        TEST_RESULT
        component.interpretation  TEST_RESULT
        effective[x]              CLINICAL_DATE
        note                      FREE_TEXT
        performer                 PROVIDER
      DiagnosticReport          ABOUT_PATIENT  subject
        identifier                RECORD_ID
        code                      TEST_TYPE
        result                    TEST_TYPE
        conclusion                TEST_RESULT
        conclusionCode            TEST_RESULT
        presentedForm             FREE_TEXT
        effective[x]              CLINICAL_DATE
        issued                    CLINICAL_DATE
        performer                 PROVIDER
        resultsInterpreter        PROVIDER
      DocumentReference         ABOUT_PATIENT  subject
        masterIdentifier          RECORD_ID
        identifier                RECORD_ID
        description               FREE_TEXT
        content.attachment        FREE_TEXT
        date                      CLINICAL_DATE
        context.period            CLINICAL_DATE
        author                    PROVIDER
        authenticator             PROVIDER
      ImagingStudy              ABOUT_PATIENT  subject
        identifier                RECORD_ID
        modality                  TEST_TYPE
        procedureCode             PROCEDURE
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        description               FREE_TEXT
        series.modality           TEST_TYPE
        series.bodySite           TEST_TYPE
        series.description        FREE_TEXT
        started                   CLINICAL_DATE
        referrer                  PROVIDER
        interpreter               PROVIDER
        note                      FREE_TEXT
      Specimen                  ABOUT_PATIENT  subject
        identifier                RECORD_ID
        accessionIdentifier       RECORD_ID
        type                      TEST_TYPE
        collection.bodySite       TEST_TYPE
        collection.collected[x]   CLINICAL_DATE
        collection.collector      PROVIDER
        receivedTime              CLINICAL_DATE
        note                      FREE_TEXT
      QuestionnaireResponse     ABOUT_PATIENT  subject
        item.answer.value[x]      FREE_TEXT
        item.item.answer.value[x] FREE_TEXT
        item.answer.item.answer.value[x] FREE_TEXT
        authored                  CLINICAL_DATE
      Consent                   ABOUT_PATIENT  patient
        dateTime                  CLINICAL_DATE
        organization              PROVIDER
        source[x]                 FREE_TEXT
      MolecularSequence         ABOUT_PATIENT  patient
        identifier                RECORD_ID
        observedSeq               GENETIC_DATA
        referenceSeq.chromosome   GENETIC_DATA
        referenceSeq.referenceSeqId GENETIC_DATA
        variant.observedAllele    GENETIC_DATA
        variant.referenceAllele   GENETIC_DATA
        variant.cigar             GENETIC_DATA
        performer                 PROVIDER
      # medication
      Medication                NO_SUBJECT     -
        code                      MEDICATION
        ingredient.item[x]        MEDICATION
      MedicationRequest         ABOUT_PATIENT  subject
        identifier                RECORD_ID
        medication[x]             MEDICATION
        dosageInstruction.text    MEDICATION
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        authoredOn                CLINICAL_DATE
        requester                 PROVIDER
        note                      FREE_TEXT
      MedicationStatement       ABOUT_PATIENT  subject
        medication[x]             MEDICATION
        dosage.text               MEDICATION
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        effective[x]              CLINICAL_DATE
        dateAsserted              CLINICAL_DATE
        note                      FREE_TEXT
      MedicationAdministration  ABOUT_PATIENT  subject
        medication[x]             MEDICATION
        dosage.text               MEDICATION
        reasonCode                DIAGNOSIS
        reasonReference           DIAGNOSIS
        effective[x]              CLINICAL_DATE
        performer.actor           PROVIDER
        note                      FREE_TEXT
      MedicationDispense        ABOUT_PATIENT  subject
        medication[x]             MEDICATION
        dosageInstruction.text    MEDICATION
        whenPrepared              CLINICAL_DATE
        whenHandedOver            CLINICAL_DATE
        performer.actor           PROVIDER
        note                      FREE_TEXT
      Immunization              ABOUT_PATIENT  patient
        vaccineCode               MEDICATION
        reasonCode                DIAGNOSIS
        protocolApplied.targetDisease DIAGNOSIS
        occurrence[x]             CLINICAL_DATE
        performer.actor           PROVIDER
        note                      FREE_TEXT
      # financial
      Claim                     ABOUT_PATIENT  patient
        identifier                INSURANCE_ID
        insurance.identifier      INSURANCE_ID
        diagnosis.diagnosis[x]    DIAGNOSIS
        procedure.procedure[x]    PROCEDURE
        procedure.date            CLINICAL_DATE
        item.productOrService     PROCEDURE
        item.serviced[x]          CLINICAL_DATE
        prescription              MEDICATION
        billablePeriod            CLINICAL_DATE
        careTeam.provider         PROVIDER
      ExplanationOfBenefit      ABOUT_PATIENT  patient
        identifier                INSURANCE_ID
        insurance.preAuthRef      INSURANCE_ID
        diagnosis.diagnosis[x]    DIAGNOSIS
        procedure.procedure[x]    PROCEDURE
        item.productOrService     PROCEDURE
        item.serviced[x]          CLINICAL_DATE
        prescription              MEDICATION
        billablePeriod            CLINICAL_DATE
        careTeam.provider         PROVIDER
      Coverage                  ABOUT_PATIENT  beneficiary
        identifier                INSURANCE_ID
        subscriberId              INSURANCE_ID
        dependent                 INSURANCE_ID
        class.value               INSURANCE_ID
      Account                   ABOUT_PATIENT  subject
        identifier                RECORD_ID
        servicePeriod             CLINICAL_DATE
      Invoice                   ABOUT_PATIENT  subject
        identifier                RECORD_ID
        date                      CLINICAL_DATE
        lineItem.chargeItem[x]    PROCEDURE
        participant.actor         PROVIDER
        note                      FREE_TEXT
      # people and places that are not the patient
      Practitioner              PROVIDER       -
        identifier                PROVIDER
        name                      PROVIDER
      PractitionerRole          PROVIDER       -
        identifier                PROVIDER
        practitioner              PROVIDER
        organization              PROVIDER
      Organization              PROVIDER       -
        identifier                PROVIDER
        name                      PROVIDER
      Location                  NO_SUBJECT     -
        name                      PROVIDER
        address                   STREET_ADDRESS
        position.latitude         GEOLOCATION
        position.longitude        GEOLOCATION
      Provenance                NO_SUBJECT     -
        agent.who                 PROVIDER
        agent.onBehalfOf          PROVIDER
      AuditEvent                NO_SUBJECT     -
        agent.who                 PERSON_NAME
        agent.name                PERSON_NAME
        entity.what               RECORD_ID
      """;

  /**
   * Extensions of any resource, by URL: the name its path shows ({@code Patient.extension(name)}) and
   * the type of its value, or of its nested extensions' values (US Core race: ombCategory, detailed,
   * text). There is no nl-core race or ethnicity; nl-core's nationality is not a special category and
   * stays untyped.
   */
  static final String EXTENSIONS = """
      http://hl7.org/fhir/us/core/StructureDefinition/us-core-race       RACIAL_OR_ETHNIC_ORIGIN
      http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity  RACIAL_OR_ETHNIC_ORIGIN
      http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex   SEX
      http://hl7.org/fhir/StructureDefinition/patient-religion           RELIGION_OR_BELIEF
      http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName  FAMILY_NAME
      http://hl7.org/fhir/StructureDefinition/patient-birthPlace         CITY
      http://hl7.org/fhir/StructureDefinition/observation-geneticsGene   GENETIC_DATA
      http://hl7.org/fhir/StructureDefinition/observation-geneticsVariant  GENETIC_DATA
      http://hl7.org/fhir/StructureDefinition/observation-geneticsAllele   GENETIC_DATA
      http://hl7.org/fhir/StructureDefinition/observation-geneticsAminoAcidChange  GENETIC_DATA
      http://hl7.org/fhir/StructureDefinition/observation-geneticsDNARegionName  GENETIC_DATA
      """;

  /**
   * Codes that say what a resource's results are: a resource whose {@code code} has one of these
   * codings has its result and diagnosis elements typed as given (a sexual-orientation Observation's
   * value is not a test result but Art. 9 data), their paths tagged with the name given ({@code
   * Observation.valueCodeableConcept(sexual-orientation)}) so that a file's results and its Art. 9
   * values are counted apart. Then a description.
   */
  static final String CODES = """
      http://loinc.org        76690-7    SEX_LIFE_OR_ORIENTATION  sexual-orientation  Sexual orientation
      http://snomed.info/sct  160538000  RELIGION_OR_BELIEF       religion  Religious affiliation observable (zib LifeStance)
      http://loinc.org        81247-9    GENETIC_DATA             genetics  Master HL7 genetic variant reporting panel
      http://loinc.org        69548-6    GENETIC_DATA             genetics  Genetic variant assessment
      http://loinc.org        51969-4    GENETIC_DATA             genetics  Genetic analysis report
      http://loinc.org        48018-6    GENETIC_DATA             genetics  Gene studied [ID]
      http://loinc.org        69547-8    GENETIC_DATA             genetics  Genomic ref allele [ID]
      http://loinc.org        69551-0    GENETIC_DATA             genetics  Genomic alt allele [ID]
      http://loinc.org        48004-6    GENETIC_DATA             genetics  DNA change (c.HGVS)
      """;

  /**
   * Profiles (as URL prefixes) whose resources' results and diagnoses are genetic data, their paths
   * tagged {@code (genetics)}.
   */
  static final String GENETIC_PROFILES = """
      http://hl7.org/fhir/StructureDefinition/observation-genetics
      http://hl7.org/fhir/uv/genomics-reporting/
      """;
}
