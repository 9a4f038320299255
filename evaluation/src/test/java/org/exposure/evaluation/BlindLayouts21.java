package org.exposure.evaluation;

import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.model.ResultGrade;

/**
 * The twenty-first blind part: twelve CSV layouts from a hospital's gynaecology and pathology
 * departments and from health insurers' member and claim files, in the first seven countries.
 * SEALED: written without reading the classifier, its dictionaries or any other layout part, and
 * never run through the classifier by its author; the evaluation measures it once, after merging.
 *
 * <p>Layouts, and the documented convention each follows:
 * <ol>
 *   <li>{@code b21-nl-colposcopie-poli}: a Dutch hospital's colposcopy clinic export, following the
 *       bevolkingsonderzoek baarmoederhalskanker referral chain (RIVM kader) and PALGA's conclusion
 *       wording: BSN, voorletters, semicolons, Windows-1252, {@code dd-MM-yyyy}.
 *   <li>{@code b21-nl-zorgverzekeraar-declaraties}: a Dutch insurer's claim lines (Vektis
 *       declaration standard's fields: verzekerdennummer, BSN, prestatie, behandeldatum).
 *   <li>{@code b21-uk-colposcopy-clinic}: an English colposcopy clinic's referral and outcome list,
 *       NHS Cervical Screening Programme wording (NHSCSP colposcopy and programme management).
 *   <li>{@code b21-uk-private-insurer-claims}: a UK private medical insurer's claim file
 *       (membership number, the procedure as text without its CCSD code, ICD-10 diagnosis).
 *   <li>{@code b21-us-pathology-gyn-results}: a US pathology lab's gynaecologic results, one row
 *       per result, Bethesda 2001 terms, {@code MM/dd/yyyy}, "LAST, FIRST" names as US lab reports
 *       print them.
 *   <li>{@code b21-us-payer-claims}: a US payer's member claim extract (X12 837 fields: member ID,
 *       subscriber, date of service, CPT, ICD-10-CM).
 *   <li>{@code b21-be-pathologie-labo}: a Flemish pathology lab's cervical results, INSZ, Bethesda
 *       (as the Belgian cytology registry asks), semicolons with BOM.
 *   <li>{@code b21-be-ziekenfonds-leden}: a Belgian mutuality's member list with the screening
 *       services reimbursed (RIZIV/INAMI nomenclature wording), semicolons.
 *   <li>{@code b21-de-gyn-ambulanz}: a German hospital's gynaecology outpatient export, Munich
 *       nomenclature III and HPV (oKFE-RL programme since 2020), {@code dd.MM.yyyy}, Windows-1252.
 *   <li>{@code b21-de-krankenkasse-leistungen}: a German sickness fund's service records (KVNR, EBM
 *       wording, ICD-10-GM diagnosis), semicolons.
 *   <li>{@code b21-fr-anapath-depistage}: a French pathology lab's screening results for the
 *       dépistage organisé du cancer du col (HAS 2019: HPV first from 30), NIR, n° adhérent
 *       mutuelle, CCAM, semicolons, Windows-1252.
 *   <li>{@code b21-ie-colposcopy-letters}: an Irish colposcopy clinic's outpatient letters'
 *       structured fields (CervicalCheck: HPV primary screening since 2020), PPSN, Eircode, a
 *       quoted cell holding two results.
 * </ol>
 *
 * <p>Labelling notes (where the guide is silent):
 * <ul>
 *   <li>A referral reason cell that repeats the screening result is labelled by what it holds:
 *       TEST_RESULT, graded as its result.
 *   <li>A letter's "Plan" or a clinic's "Management" is a plan of care: PROCEDURE.
 *   <li>A claim line's amount and the sickness fund's IK are OTHER; a claim number is INSURANCE_ID.
 *   <li>An Irish letter cell holding both HPV and cytology results is one TEST_RESULT, graded by
 *       its worst part.
 * </ul>
 */
final class BlindLayouts21 {

  private BlindLayouts21() {}

  static List<CsvLayout> all() {
    return List.of(nlColposcopy(), nlInsurerClaims(), ukColposcopy(), ukPrivateClaims(),
        usPathology(), usPayerClaims(), bePathology(), beMutuality(), deOutpatient(),
        deSicknessFund(), frPathology(), ieLetters());
  }

  private static Cell graded(String text, ResultGrade grade) {
    return new Cell(text, grade);
  }

  private static String pick(CsvLayout.Row r, String salt, List<String> from) {
    return from.get(r.visitPick(salt, from.size()));
  }

  /** The plan a clinic writes after the sample, by its worst result. */
  private static String plan(CsvLayout.Row r, List<String> normal, List<String> low,
      List<String> high) {
    ResultGrade g = r.s().grade();
    List<String> from = g.compareTo(ResultGrade.ABNORMAL_LOW_GRADE) < 0 ? normal
        : g == ResultGrade.ABNORMAL_LOW_GRADE ? low : high;
    return pick(r, "plan", from);
  }

  static CsvLayout nlColposcopy() {
    return CsvLayout.of("b21-nl-colposcopie-poli", Country.NL).women().windows1252()
        .delimiter(';').dates("dd-MM-yyyy").people(70).rows(1, 3)
        .col("Patiëntnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Voorl.", INITIALS, r -> r.p().initials())
        .col("Achternaam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("Geb.datum", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Datum poli", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("Verwijzing (uitslag BVO)", TEST_RESULT,
            r -> graded(r.s().combinedDutch(r.rng()), r.s().grade()))
        .graded("PA-conclusie", DIAGNOSIS,
            r -> graded("cervixbiopt: " + r.histology().dutch, r.histology().grade)).blank(30)
        .col("Beleid", PROCEDURE, r -> plan(r, List.of("terug naar BVO", "controle 5 jaar"),
            List.of("controle 6 mnd", "herhaling cytologie 6 mnd"), List.of("LETZ", "lisexcisie")));
  }

  static CsvLayout nlInsurerClaims() {
    return CsvLayout.of("b21-nl-zorgverzekeraar-declaraties", Country.NL).women().delimiter('|')
        .dates("yyyyMMdd").people(75).rows(1, 3).byDate()
        .col("VERZEKERDENNUMMER", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("NAAM_VERZEKERDE", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("POSTCODE", POSTCODE, r -> r.p().postcode())
        .col("DECLARATIENUMMER", INSURANCE_ID, r -> "D" + r.sample().substring(1))
        .col("BEGINDATUM_PRESTATIE", CLINICAL_DATE, CsvLayout.Row::when)
        .col("OMSCHRIJVING_PRESTATIE", PROCEDURE, r -> pick(r, "prest", List.of(
            "Colposcopie", "Lisexcisie cervix", "Uitstrijkje baarmoederhals", "Cervixbiopt")))
        .col("BEDRAG_INGEDIEND", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            40 + r.visitPick("eur", 400), r.visitPick("ct", 100)));
  }

  static CsvLayout ukColposcopy() {
    return CsvLayout.of("b21-uk-colposcopy-clinic", Country.UK).women().ages(25, 64)
        .dates("dd/MM/yyyy").crlf().people(80).rows(1, 2)
        .col("NHS No", NATIONAL_ID, r -> r.p().nationalId())
        .col("Hospital No", RECORD_ID, r -> "RX" + r.p().recordNumber())
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forename", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("GP Practice", PROVIDER, r -> String.format(Locale.ROOT, "M%05d",
            r.stable("gp", 100_000)))
        .col("Appt Date", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("HPV", TEST_RESULT, r -> graded(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Referral Cytology", TEST_RESULT,
            r -> r.s().hasCytology() ? graded(r.s().nhsCytology(r.rng()), r.s().papGrade())
                : Cell.of(""))
        .col("Management", PROCEDURE, r -> plan(r, List.of("Discharge to routine recall"),
            List.of("Colposcopy - no treatment", "Repeat colposcopy 12 months"),
            List.of("LLETZ", "Punch biopsy")));
  }

  static CsvLayout ukPrivateClaims() {
    return CsvLayout.of("b21-uk-private-insurer-claims", Country.UK).women().dates("yyyy-MM-dd")
        .people(70).rows(1, 3).quoteAll()
        .col("Membership Number", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Member Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("Date of Birth", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Claim Ref", INSURANCE_ID, r -> "CL" + r.sample().substring(1))
        .col("Treatment Date", CLINICAL_DATE, CsvLayout.Row::when)
        .col("Procedure", PROCEDURE, r -> pick(r, "ccsd", List.of("Colposcopy",
            "Colposcopy with biopsy of cervix", "Loop excision of transformation zone (LLETZ)")))
        .graded("Diagnosis", DIAGNOSIS,
            r -> graded(r.dx().icd() + " " + r.dx().english(), r.dx().grade()))
        .col("Amount Paid", OTHER, r -> String.format(Locale.ROOT, "£%d.00",
            150 + r.visitPick("gbp", 900)));
  }

  static CsvLayout usPathology() {
    return CsvLayout.of("b21-us-pathology-gyn-results", Country.US).women().ages(21, 65)
        .dates("MM/dd/yyyy").people(70).rows(1, 3).onePerResult().byDate()
        .col("Accession #", RECORD_ID, r -> "GYN-" + r.sample().substring(1))
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient", PERSON_NAME, r -> (r.p().family() + ", " + r.p().given())
            .toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Collected", CLINICAL_DATE, CsvLayout.Row::when)
        .col("Test", TEST_TYPE, r -> r.part() == Part.HPV ? "HPV High Risk w/ 16/18 Genotyping"
            : "ThinPrep Pap Test")
        .graded("Result", TEST_RESULT, r -> r.part() == Part.HPV
            ? graded(r.s().hpvEnglish(r.rng()), r.s().hpvGrade())
            : graded(r.s().bethesda(r.rng()), r.s().papGrade()))
        .col("Ordering Provider", PROVIDER, r -> pick(r, "dr", List.of("SMITH, JANE MD",
            "PATEL, ANIKA MD", "NGUYEN, LINDA DO", "GARCIA, MARIA NP")));
  }

  static CsvLayout usPayerClaims() {
    return CsvLayout.of("b21-us-payer-claims", Country.US).women().delimiter('\t')
        .dates("yyyyMMdd").people(80).rows(1, 3)
        .col("MEMBER_ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("SUBSCRIBER_SSN", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
        .col("MEMBER_FIRST_NM", GIVEN_NAME, r -> r.p().given())
        .col("MEMBER_LAST_NM", FAMILY_NAME, r -> r.p().family())
        .col("MEMBER_DOB", BIRTH_DATE, CsvLayout.Row::birth)
        .col("MEMBER_ZIP", POSTCODE, r -> r.p().postcode())
        .col("CLAIM_ID", INSURANCE_ID, r -> "C" + r.sample().substring(1))
        .col("DOS_FROM", CLINICAL_DATE, CsvLayout.Row::when)
        .col("CPT_CD", PROCEDURE, r -> pick(r, "cpt", List.of("57452", "57454", "57460",
            "88175", "87624")))
        .graded("DX1", DIAGNOSIS, r -> graded(r.dx().icd(), r.dx().grade()));
  }

  static CsvLayout bePathology() {
    return CsvLayout.of("b21-be-pathologie-labo", Country.BE).women().ages(25, 64).bom()
        .delimiter(';').dates("dd/MM/yyyy").people(75).rows(1, 2)
        .col("Staalnummer", RECORD_ID, r -> "C" + r.sample().substring(1))
        .col("INSZ", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Afnamedatum", CLINICAL_DATE, CsvLayout.Row::when)
        .col("Aanvragend arts", PROVIDER, r -> "Dr. " + pick(r, "arts", List.of("Peeters",
            "Claes", "Wouters", "Maes")))
        .graded("HPV-test", TEST_RESULT, r -> graded(r.s().hpvDutch(r.rng()), r.s().hpvGrade()))
        .graded("Cytologie (Bethesda)", TEST_RESULT,
            r -> graded(r.s().bethesda(r.rng()), r.s().papGrade()));
  }

  static CsvLayout beMutuality() {
    return CsvLayout.of("b21-be-ziekenfonds-leden", Country.BE).women().delimiter(';')
        .dates("dd/MM/yyyy").people(70).rows(1, 2)
        .col("Lidnummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Rijksregisternr", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam en voornaam", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + " "
            + r.p().given())
        .col("Adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Datum verstrekking", CLINICAL_DATE, CsvLayout.Row::when)
        .col("Verstrekking", PROCEDURE, r -> pick(r, "riziv", List.of(
            "Cervicovaginaal uitstrijkje", "Colposcopie", "HPV-test (terugbetaald)",
            "Conisatie van de cervix")));
  }

  static CsvLayout deOutpatient() {
    return CsvLayout.of("b21-de-gyn-ambulanz", Country.DE).women().windows1252().delimiter(';')
        .dates("dd.MM.yyyy").people(80).rows(1, 2)
        .col("Fall-Nr.", RECORD_ID, r -> "F" + r.sample().substring(1))
        .col("KVNR", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Dat.", BIRTH_DATE, CsvLayout.Row::birth)
        .col("PLZ", POSTCODE, r -> r.p().postcode())
        .col("Untersuchung am", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("HPV-Test", TEST_RESULT, r -> graded(r.s().hpvGerman(r.rng()), r.s().hpvGrade()))
        .graded("Zytologie", TEST_RESULT,
            r -> r.s().hasCytology() ? graded(r.s().papMunich(), r.s().papMunichGrade())
                : Cell.of(""))
        .col("Procedere", PROCEDURE, r -> plan(r, List.of("Kontrolle im Screening-Intervall"),
            List.of("Kontrolle in 6 Mon.", "Kolposkopie in 12 Mon."),
            List.of("Konisation", "Differentialkolposkopie mit Biopsie")));
  }

  static CsvLayout deSicknessFund() {
    return CsvLayout.of("b21-de-krankenkasse-leistungen", Country.DE).women().delimiter(';')
        .dates("yyyy-MM-dd").people(70).rows(1, 3).byDate()
        .col("Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
        .col("Kassen-IK", OTHER, r -> "10" + String.format(Locale.ROOT, "%07d",
            r.stable("ik", 3) * 1_234_567))
        .col("Nachname", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geburtsdatum", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Geschlecht", SEX, r -> "W")
        .col("Leistungsdatum", CLINICAL_DATE, CsvLayout.Row::when)
        .col("Leistung", PROCEDURE, r -> pick(r, "ebm", List.of("Zytologische Untersuchung",
            "HPV-Test", "Abklärungskolposkopie", "Konisation der Cervix uteri")))
        .graded("ICD-10-GM", DIAGNOSIS,
            r -> graded(r.dx().icd() + " " + r.dx().german(), r.dx().grade()));
  }

  static CsvLayout frPathology() {
    return CsvLayout.of("b21-fr-anapath-depistage", Country.FR).women().ages(25, 65)
        .windows1252().delimiter(';').dates("dd/MM/yyyy").people(75).rows(1, 2)
        .col("N° examen", RECORD_ID, r -> "AP" + r.sample().substring(1))
        .col("NIR", NATIONAL_ID, r -> r.p().nationalId())
        .col("N° adhérent mutuelle", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(25)
        .col("Nom de naissance", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Code postal", POSTCODE, r -> r.p().postcode())
        .col("Date de prélèvement", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("Test HPV", TEST_RESULT, r -> graded(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .graded("Cytologie réflexe", TEST_RESULT,
            r -> graded(r.s().bethesdaFrench(r.rng()), r.s().papGrade()))
        .col("Acte CCAM", PROCEDURE, r -> r.proc().ccam());
  }

  static CsvLayout ieLetters() {
    return CsvLayout.of("b21-ie-colposcopy-letters", Country.IE).women().ages(25, 65)
        .dates("d MMM yyyy").crlf().people(70).rows(1, 2)
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("MRN", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("Date of Birth", BIRTH_DATE, CsvLayout.Row::birth)
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Clinic Date", CLINICAL_DATE, CsvLayout.Row::when)
        .graded("Screening Result", TEST_RESULT, r -> {
          String hpv = "HPV: " + r.s().hpvEnglish(r.rng());
          return r.s().hasCytology()
              ? graded(hpv + ", Cytology: " + r.s().bethesda(r.rng()), r.s().grade())
              : graded(hpv, r.s().hpvGrade());
        })
        .graded("Histology", DIAGNOSIS,
            r -> graded(r.histology().english, r.histology().grade)).blank(40)
        .col("Plan", PROCEDURE, r -> plan(r, List.of("Return to routine screening"),
            List.of("Repeat HPV test in 12 months"), List.of("LLETZ under local anaesthetic",
                "Review at colposcopy in 6 months")));
  }
}
