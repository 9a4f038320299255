package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;

class ColumnClassifierTest {
  private final ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  @Test
  void bsnHeaderWithValidValuesIsConfident() {
    ColumnClassification c = classifier.classify("lab.csv", "BSN", validBsns(500));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.confidence()).isGreaterThan(0.95);
    assertThat(c.evidence()).isEqualTo("header 'BSN'; 500 of 500 sampled values pass the 11-proef");
  }

  @Test
  void aColumnOfZerosExposesNothingWhateverItsHeader() {
    List<String> zeros = java.util.Collections.nCopies(40, "0");
    assertThat(classifier.classify("person.csv", "gender_source_concept_id", zeros).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("person.csv", "gender", List.of("0", "0", "0")).type())
        .as("three values say too little").isEqualTo(FieldType.SEX);
    List<String> mixed = new ArrayList<>(zeros);
    mixed.add("1");
    assertThat(classifier.classify("person.csv", "gender", mixed).type()).isEqualTo(FieldType.SEX);
  }

  @Test
  void insuranceColumnsOfPlanNamesAreNoMemberNumbers() {
    List<String> plans = cycle(30, "Medicare", "Medicaid", "Other");
    assertThat(classifier.classify("admissions.csv", "insurance", plans).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("admissions.csv", "insurance", List.of("AB123456", "CD654321"))
        .type()).isEqualTo(FieldType.INSURANCE_ID);
  }

  @Test
  void smallNumbersAndFewSharedValuesUnderAnIdHeaderAreNoRecordNumbers() {
    List<String> fills = new ArrayList<>();
    List<String> groups = cycle(40, "RX1234", "MA01", "GRP77");
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      fills.add(String.valueOf(i % 6));
      orders.add("ORD" + (100_000 + 7 * i));
    }
    assertThat(classifier.classify("fills.csv", "Refill Nbr", fills).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("fills.csv", "plan_group_id", groups).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("fills.csv", "order_id", orders).type())
        .isEqualTo(FieldType.RECORD_ID);
    assertThat(classifier.classify("fills.csv", "patient_id", fills).type())
        .as("a patient number names a person however short").isEqualTo(FieldType.RECORD_ID);
  }

  @Test
  void aConclusionIsAResultUnlessATissueWasDiagnosed() {
    List<String> cytology = cycle(30, "HPV HR non détecté", "LSIL", "Carcinome épidermoïde");
    assertThat(classifier.classify("acp.csv", "Conclusion", cytology).type())
        .isEqualTo(FieldType.TEST_RESULT);
    List<String> withHistology = new ArrayList<>(cytology);
    withHistology.add("CIN 2 / HSIL");
    assertThat(classifier.classify("acp.csv", "Conclusion", withHistology).type())
        .isEqualTo(FieldType.DIAGNOSIS);
    assertThat(classifier.classify("colpo.csv", "Verwijsreden", cytology).type())
        .as("a reason stays a reason").isEqualTo(FieldType.DIAGNOSIS);
  }

  @Test
  void plansOfCareWithoutAHeaderAreProcedures() {
    List<String> plans = cycle(30, "Discharge to routine recall", "Test of cure at 6 months",
        "Repeat colposcopy in 6 months");
    assertThat(classifier.classify("clinic.csv", "Outcome", plans).type())
        .isEqualTo(FieldType.PROCEDURE);
  }

  @Test
  void aRecallIntervalIsASchedulePlanOfCareOnlyWhereAReferralStandsAmongIt() {
    assertThat(classifier.classify("lab.csv", "Recall (mths)", cycle(30, "60", "12", "3")).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("lab.csv", "Recall (months)",
        cycle(30, "36", "60", "12", "36", "Refer colposcopy")).type())
        .isEqualTo(FieldType.PROCEDURE);
  }

  @Test
  void laterAddressLinesHoldingTownsOrCountiesAreNoStreets() {
    assertThat(classifier.classify("ie.csv", "Address Line 2",
        cycle(30, "Ennis", "Tralee", "Newcastle upon Tyne", "Carrick-on-Shannon")).type())
        .isEqualTo(FieldType.CITY);
    assertThat(classifier.classify("ie.csv", "Address 3", cycle(30, "Co. Clare", "County Kerry"))
        .type()).isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("uk.csv", "Address Line 2",
        cycle(30, "Flat 3", "Rose Cottage", "Church Lane", "Unit 4")).type())
        .as("a flat or a lane is part of the street address").isEqualTo(FieldType.STREET_ADDRESS);
    assertThat(classifier.classify("fr.csv", "ADRESSE_L3",
        cycle(30, "RESIDENCE LES PINS BAT A", "RESIDENCE LES GLYCINES BAT B")).type())
        .isEqualTo(FieldType.STREET_ADDRESS);
    assertThat(classifier.classify("ie.csv", "Address 1", cycle(30, "Ennis", "Tralee")).type())
        .as("the first line is the street's, whatever it holds").isEqualTo(FieldType.STREET_ADDRESS);
    List<ColumnDecision> besideATown = classifier.decideAll("uk.csv",
        List.of("Address Line 1", "Address Line 2", "Town"), List.of(
            cycle(30, "144 Acacia Road", "79 Acacia Road"), cycle(30, "Chapel Allerton", "Southville"),
            cycle(30, "Leeds", "Bristol")));
    assertThat(besideATown).extracting(d -> d.classification().type()).as("a locality")
        .containsExactly(FieldType.STREET_ADDRESS, FieldType.STREET_ADDRESS, FieldType.CITY);
  }

  @Test
  void reportTextsOfScreeningResultsAndLabValuesAreResults() {
    List<String> texts = cycle(30, "Recherche HPV à haut risque : négatif.",
        "Frottis cervico-utérin. Conclusion : NILM", "Glycémie à jeun : 1,18 g/L.",
        "Recherche HPV à haut risque : positif (HPV 16). Cytologie réflexe : ASC-US.",
        "Cholestérol total : 5.4 mmol/l");
    assertThat(classifier.classify("cr.csv", "Texte", texts).type())
        .isEqualTo(FieldType.TEST_RESULT);
  }

  @Test
  void datesUnderAResultsHeaderAreTheResultsDate() {
    assertThat(classifier.classify("log.csv", "Result Rec'd",
        cycle(30, "27/11/2022", "23/01/2020", "04/04/2021")).type())
        .isEqualTo(FieldType.CLINICAL_DATE);
  }

  @Test
  void aClinicsOutcomesOfTreatmentsAndPlansAreProcedures() {
    assertThat(classifier.classify("colp.csv", "Outcome", cycle(30, "LLETZ under LA",
        "Follow-up colposcopy 12 months", "Discharge to routine recall", "Test of cure 6 months",
        "Refer gynae-oncology MDT")).type()).isEqualTo(FieldType.PROCEDURE);
  }

  @Test
  void aReferralsPriorityIsNoPlanOfCare() {
    assertThat(classifier.classify("clinic.csv", "Priority", cycle(30, "Routine", "2WW")).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("clinic.csv", "Urgency level", cycle(30, "Routine", "Urgent",
        "Routine")).type()).as("by its values alone").isNotEqualTo(FieldType.PROCEDURE);
  }

  @Test
  void germanTestNamesAreTests() {
    assertThat(classifier.classify("praxis.csv", "Leistung",
        cycle(30, "Ko-Test (Zytologie + HPV)", "Zytologie (Primärscreening)")).type())
        .isEqualTo(FieldType.TEST_TYPE);
  }

  @Test
  void aNotesHeaderOverAFewShortLabelsIsACategory() {
    assertThat(classifier.classify("audit.csv", "Bevinding",
        cycle(30, "Akkoord", "Teruggevorderd", "Nader onderzoek")).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("audit.csv", "Bevinding",
        cycle(30, "Declaratie akkoord na telefonisch overleg met de praktijk",
            "Verrichting niet onderbouwd in het dossier, teruggevorderd")).type())
        .as("sentences, even repeated, are notes").isEqualTo(FieldType.FREE_TEXT);
  }

  @Test
  void aDescriptionBesideACodeIsOfTheCodesKind() {
    List<String> codes = cycle(30, "114030", "101076");
    List<String> texts = cycle(30, "Cytologisch onderzoek", "Raadpleging huisarts");
    List<ColumnDecision> d = classifier.decideAll("fonds.csv",
        List.of("Nomenclatuurcode", "Omschrijving"), List.of(codes, texts));
    assertThat(d).extracting(x -> x.classification().type())
        .containsExactly(FieldType.PROCEDURE, FieldType.PROCEDURE);
  }

  @Test
  void ukBiobankColumnsAreNamedAndTypedByTheirFieldNumber() {
    assertThat(HeaderDictionary.lookup("41270-0.1")).contains(FieldType.DIAGNOSIS);
    assertThat(HeaderDictionary.lookup("f.31.0.0")).contains(FieldType.SEX);
    assertThat(HeaderDictionary.lookup("p21022_i0")).contains(FieldType.AGE);
    assertThat(HeaderDictionary.lookup("20074-0.0")).contains(FieldType.GEOLOCATION);
    assertThat(HeaderDictionary.lookup("99999-0.0")).as("a field not typed").isEmpty();
    assertThat(HeaderDictionary.mayBeAValue("41270-0.1")).isFalse();
    List<String> header = List.of("eid", "31-0.0", "34-0.0", "41270-0.0");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(List.of(String.valueOf(1_000_000 + 17 * i), String.valueOf(i % 2), "19" + (40 + i),
          "C53" + i));
    }
    assertThat(HeaderDictionary.isHeader(header, rows)).isTrue();
  }

  @Test
  void timesOfDayUnderADateHeaderAreNoDates() {
    List<String> times = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      times.add(String.format(Locale.ROOT, "%02d:%02d", 8 + i % 10, (7 * i) % 60));
      dates.add(String.format(Locale.ROOT, "%02d.%02d.19", 1 + i % 28, 1 + i % 12));
    }
    assertThat(classifier.classify("lab.csv", "SPECIMEN_TIME", times).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("apo.csv", "Abgabedatum", dates).type())
        .as("dd.MM.yy is a date, not a time").isEqualTo(FieldType.CLINICAL_DATE);
  }

  @Test
  void aTreatmentOfMedicinesNamedByTheirInnIsMedication() {
    List<String> treatments = cycle(30, "PrEP (emtricitabine/tenofovir)",
        "Aciclovir 400mg TDS x5/7", "Doxycycline");
    assertThat(classifier.classify("gum.csv", "Treatment", treatments).type())
        .isEqualTo(FieldType.MEDICATION);
    List<String> procedures = cycle(30, "LLETZ", "Cholesterol check");
    assertThat(classifier.classify("gum.csv", "Treatment", procedures).type())
        .isEqualTo(FieldType.PROCEDURE);
  }

  @Test
  void aPostalLineOfPostcodeAndPlaceIsAPostcode() {
    List<String> lines = cycle(30, "75011 PARIS", "3511 AB Utrecht", "69003 Lyon");
    assertThat(classifier.classify("kits.csv", "ADRESSE_L6", lines).type())
        .isEqualTo(FieldType.POSTCODE);
    List<String> streets = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      streets.add((10 + i) + " rue Nationale");
    }
    assertThat(classifier.classify("kits.csv", "ADRESSE_L4", streets).type())
        .isEqualTo(FieldType.STREET_ADDRESS);
  }

  @Test
  void anActionOrAdviceIsAPlanOfCare() {
    assertThat(HeaderDictionary.lookup("Actie")).contains(FieldType.PROCEDURE);
    assertThat(HeaderDictionary.lookup("Vervolgadvies")).contains(FieldType.PROCEDURE);
    assertThat(HeaderDictionary.lookup("Verwijsreden")).contains(FieldType.DIAGNOSIS);
  }

  @Test
  void aLaboratoryUnitInTheHeaderMakesAResult() {
    assertThat(HeaderDictionary.lookup("Anti-HBs (IU/l)")).contains(FieldType.TEST_RESULT);
    assertThat(HeaderDictionary.lookup("Glucose [mmol/L]")).contains(FieldType.TEST_RESULT);
    assertThat(HeaderDictionary.lookup("Ferritine (µg/l)")).contains(FieldType.TEST_RESULT);
    assertThat(HeaderDictionary.lookup("Terugbetaald (EUR)")).isNotEqualTo(
        java.util.Optional.of(FieldType.TEST_RESULT));
  }

  @Test
  void orderNumbersWithoutHeaderAreNotNationalIds() {
    // About one in eleven random nine-digit numbers passes the 11-proef by chance.
    ColumnClassification c = classifier.classify("lab.csv", "nummer", randomNineDigits(5000));
    assertThat(c.type()).isNotEqualTo(FieldType.NATIONAL_ID);
  }

  @Test
  void bsnHeaderWhoseValuesFailIsFlaggedWithLowConfidence() {
    ColumnClassification c = classifier.classify("lab.csv", "bsn", randomNineDigits(1000));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.confidence()).isLessThan(0.5);
    assertThat(c.evidence()).contains("warning");
  }

  @Test
  void gpNamesUnderAGpHeaderAreProvidersWithoutAnAgbCheck() {
    List<String> names = List.of("dr. A. Bakker", "Huisartsenpraktijk De Boog", "J. de Vries",
        "Gezondheidscentrum Het Anker", "dr. M. Jansen");
    ColumnDecision d = classifier.decide("lab.csv", "huisarts", names);

    assertThat(d.classification().type()).isEqualTo(FieldType.PROVIDER);
    assertThat(d.classification().evidence()).doesNotContain("warning");
    assertThat(d.check()).as("no AGB check: every later name would count as contradicting").isEmpty();
    assertThat(classifier.decide("lab.csv", "agb_huisarts", List.of("01234567", "01765432")).check())
        .as("AGB codes under a provider header keep theirs").isPresent();
  }

  @Test
  void recordNumberHeaderHoldingBsnsIsANationalId() {
    ColumnClassification c = classifier.classify("lab.csv", "patient_id", validBsns(200));
    assertThat(c.type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(c.evidence()).contains("suggests a record number").contains("pass the 11-proef");
  }

  @Test
  void valuesAloneDecideWhenTheHeaderIsUnknown() {
    List<String> emails = List.of("a.jansen@example.nl", "b.devries@example.com", "c@example.org");
    ColumnClassification c = classifier.classify("x.csv", "kolom 7", emails);
    assertThat(c.type()).isEqualTo(FieldType.EMAIL);
    assertThat(c.evidence()).isEqualTo("no known header; 3 of 3 sampled values are e-mail addresses");
  }

  @Test
  void smallNumbersWithoutHeaderAreNotHouseNumbers() {
    ColumnClassification c = classifier.classify("x.csv", "aantal", List.of("1", "2", "3", "12"));
    assertThat(c.type()).isEqualTo(FieldType.OTHER);
  }

  @Test
  void birthDatesInTheFutureFailThePlausibilityCheck() {
    ColumnClassification c = classifier.classify("x.csv", "geboortedatum",
        List.of("01-02-2030", "05-06-2031", "1970-01-01"));
    assertThat(c.type()).isEqualTo(FieldType.BIRTH_DATE);
    assertThat(c.evidence()).contains("1 of 3 sampled values are plausible birth dates");
  }

  @Test
  void kopacBCodesAreResultsOnlyUnderTheirHeader() {
    List<String> codes = List.of("211111", "213111", "115111");
    ColumnClassification headed = classifier.classify("x.csv", "KOPAC-B", codes);
    assertThat(headed.type()).isEqualTo(FieldType.TEST_RESULT);
    assertThat(headed.evidence()).isEqualTo("header 'KOPAC-B'; 3 of 3 sampled values are KOPAC-B codes");
    assertThat(classifier.classify("x.csv", "code", codes).type()).isEqualTo(FieldType.OTHER);
  }

  /** Under a test's header, the NHS's result, infection and action codes are results. */
  @Test
  void nhsTestCodesUnderATestHeaderAreResults() {
    List<String> codes = List.of("X0A", "29R", "79S", "N9R", "1UR", "2/9/R", "X0A", "49S");
    assertThat(classifier.classify("x.csv", "Test Code", codes).type())
        .isEqualTo(FieldType.TEST_RESULT);
    assertThat(classifier.classify("x.csv", "Test Code", List.of("HPV", "CYT", "LBC", "HPV"))
        .type()).as("a lab's own test codes").isEqualTo(FieldType.TEST_TYPE);
  }

  /** An incident log's "Description" of sentences is free text; long test names stay test names. */
  @Test
  void sentencesUnderADescriptionHeaderAreFreeText() {
    List<String> sentences = List.of("Patient not sent result letter; identified at audit.",
        "Result received by practice 7 weeks after sample.",
        "Recall date set incorrectly on system, corrected by CSAS.",
        "Patient not sent result letter; identified at audit.");
    assertThat(classifier.classify("x.csv", "Description", sentences).type())
        .isEqualTo(FieldType.FREE_TEXT);
    List<String> tests = List.of(
        "HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA [Presence] in Cervix",
        "Cytology report of Cervical or vaginal smear or scraping thin prep",
        "HPV 16+18+31+33+35+39+45+51+52+56+58+59+66+68 DNA [Presence] in Cervix");
    assertThat(classifier.classify("x.csv", "OBX-3 Observation Identifier", tests).type())
        .isEqualTo(FieldType.TEST_TYPE);
  }

  /** Results that are all histology, under no known header, are a tissue's diagnosis. */
  @Test
  void histologyUnderNoKnownHeaderIsADiagnosis() {
    assertThat(classifier.classify("x.csv", "kolom 9", List.of("CIN 1", "CIN 2", "geen dysplasie",
        "CIN 3", "CIN 1")).type()).isEqualTo(FieldType.DIAGNOSIS);
    assertThat(classifier.classify("x.csv", "kolom 9", List.of("hrHPV pos / CIN 2", "Pap 1",
        "CIN 3", "HSIL")).type()).as("a smear's results beside").isEqualTo(FieldType.TEST_RESULT);
    assertThat(classifier.classify("x.csv", "kolom 9", List.of("Normal", "Low grade",
        "High grade", "Normal")).type()).as("a colposcopic impression")
        .isEqualTo(FieldType.TEST_RESULT);
  }

  /** Plans of care under headers no list holds: "CAT", "Action Code" of coded plans. */
  @Test
  void plansOfCareUnderUnknownHeadersAreProcedures() {
    assertThat(classifier.classify("x.csv", "CAT", List.of("Rappel à 5 ans", "Colposcopie",
        "Test HPV-HR à 1 an", "Nouveau prélèvement", "Rappel à 5 ans")).type())
        .isEqualTo(FieldType.PROCEDURE);
    assertThat(classifier.classify("x.csv", "Action Code", List.of("A - Routine recall",
        "R - Repeat in 12 months", "S - Suspend (colposcopy referral)", "A - Routine recall"))
        .type()).isEqualTo(FieldType.PROCEDURE);
    assertThat(classifier.classify("x.csv", "kolom 12", List.of("A", "R", "S", "A", "A"))
        .type()).as("bare codes tell nothing").isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("x.csv", "ACTION_CODE", List.of("A", "R", "S", "A", "A"))
        .type()).as("but the NHS's action code is the plan").isEqualTo(FieldType.PROCEDURE);
  }

  /** Read codes of the NHS programme's results decide a "Read Code" column, a generic header. */
  @Test
  void readCodesOfScreeningResultsAreResults() {
    List<String> codes = List.of("4K22", "4K3E", "4K2J", "4K290", "4K21", "4K2L", "4K22");
    assertThat(classifier.classify("x.csv", "Read Code", codes).type())
        .isEqualTo(FieldType.TEST_RESULT);
    assertThat(classifier.classify("x.csv", "Read Code", List.of("H33..", "C10E.", "G20..", "H33.."))
        .type()).as("other Read codes").isNotEqualTo(FieldType.TEST_RESULT);
  }

  /** A British address line of counties without the word "County" is a region. */
  @Test
  void englishCountiesInALaterAddressLineAreARegion() {
    assertThat(classifier.classify("x.csv", "Address 3", List.of("Nottinghamshire", "Avon",
        "South Yorkshire", "Greater Manchester", "West Midlands", "Oxfordshire")).type())
        .isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("x.csv", "Address 3", List.of("Oxford", "Leeds", "Bristol",
        "Newcastle upon Tyne", "Nottingham")).type()).isEqualTo(FieldType.CITY);
  }

  /** A vaccination against HPV is a vaccine given, not an HPV test's result. */
  @Test
  void anHpvVaccinationIsAMedication() {
    assertThat(classifier.classify("x.csv", "HPV-vaccinatie", List.of("Cervarix", "Gardasil",
        "Gardasil 9", "Gardasil")).type()).isEqualTo(FieldType.MEDICATION);
  }

  /** A notes header over values that are all results: a GP journal's memo of the programme's results. */
  @Test
  void notesThatAreAllResultsAreResults() {
    List<String> results = java.util.Collections.nCopies(6, List.of(
        "BVO BMHK: hrHPV positief / Pap 3a2", "BVO BMHK: HPV: neg",
        "BVO BMHK: HPV type 16 positief, cytologie Pap 1", "BVO BMHK: HPV: neg")).stream()
        .flatMap(List::stream).toList();
    assertThat(classifier.classify("x.csv", "memo", results).type())
        .isEqualTo(FieldType.TEST_RESULT);
    assertThat(classifier.classify("x.csv", "memo", results.subList(0, 4)).type())
        .as("too few to say").isEqualTo(FieldType.FREE_TEXT);
    List<String> notes = java.util.Collections.nCopies(6, List.of(
        "Bloedverlies na coitus, klachten.", "Telefonisch uitslag besproken, gerustgesteld.",
        "HPV: neg", "Afspraak verzet op verzoek van patiente.")).stream()
        .flatMap(List::stream).toList();
    assertThat(classifier.classify("x.csv", "memo", notes).type()).isEqualTo(FieldType.FREE_TEXT);
  }

  /** A sickness fund's column holds its name, its code, or a member's number with it. */
  @Test
  void aFundsColumnOfMemberNumbersIsAnInsuranceNumber() {
    assertThat(classifier.classify("x.csv", "Ziekenfonds", List.of("782/6347252", "379/3905475",
        "220/4299099", "896/0012895")).type()).isEqualTo(FieldType.INSURANCE_ID);
    assertThat(classifier.classify("x.csv", "Ziekenfonds", List.of("100", "300", "600", "100"))
        .type()).as("the fund's code").isEqualTo(FieldType.OTHER);
    assertThat(classifier.classify("x.csv", "Ziekenfonds", List.of("CM", "Solidaris",
        "Helan", "CM")).type()).as("the fund's name").isEqualTo(FieldType.OTHER);
  }

  /** Headers read on the last parts: a programme's result, a whole name, a service. */
  @Test
  void aProgrammesResultAWholeNameAndAServiceAreReadByTheirHeaders() {
    assertThat(HeaderDictionary.lookup("uitslag BMHK")).contains(FieldType.TEST_RESULT);
    assertThat(HeaderDictionary.lookup("Naam en voornaam")).contains(FieldType.PERSON_NAME);
    assertThat(HeaderDictionary.lookup("Verstrekking")).contains(FieldType.PROCEDURE);
  }

  @Test
  void emptyColumnKeepsItsHeaderType() {
    ColumnClassification c = classifier.classify("x.csv", "email", List.of("", " "));
    assertThat(c.type()).isEqualTo(FieldType.EMAIL);
    assertThat(c.evidence()).contains("no values in the sample");
  }

  @Test
  void evidenceNeverQuotesAValue() {
    List<String> values = validBsns(20);
    ColumnClassification c = classifier.classify("x.csv", "kolom", values);
    assertThat(values).noneMatch(v -> c.evidence().contains(v) || c.toString().contains(v));
  }

  static List<String> validBsns(int n) {
    List<String> out = new ArrayList<>();
    Random random = new Random(7);
    while (out.size() < n) {
      String candidate = String.format(Locale.ROOT, "%09d", 100_000_000 + random.nextInt(800_000_000));
      if (Bsn.isValid(candidate)) {
        out.add(candidate);
      }
    }
    return out;
  }

  private static List<String> randomNineDigits(int n) {
    List<String> out = new ArrayList<>();
    Random random = new Random(11);
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf(100_000_000 + random.nextInt(900_000_000)));
    }
    return out;
  }

  /** {@code n} values, the given ones over and over in turn: a column of a few distinct values. */
  private static List<String> cycle(int n, String... values) {
    List<String> column = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      column.add(values[i % values.length]);
    }
    return column;
  }
}
