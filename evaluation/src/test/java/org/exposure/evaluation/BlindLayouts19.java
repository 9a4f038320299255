package org.exposure.evaluation;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.exposure.model.ResultGrade;

/**
 * The nineteenth blind part of the corpus, <b>sealed</b>: written without reading the classifier, its
 * dictionaries or any other layout part, and never run through the classifier by its author. Its
 * per-layout detail is read once, after its first unseen run.
 *
 * <p>Its theme: the same facts (a cervical screening sample, its hrHPV and cytology, its follow-up) as
 * competing systems of one country export them, each with its own header wording, column order, date
 * form and result phrasing, so that one fact meets the classifier in many forms. Two systems per
 * country where the country has several in common use. The layouts and the conventions they follow
 * (the national message, coding and programme specifications these systems implement, and the export
 * forms they are publicly known for; the values are the generator's synthetic persons, the wording is
 * written here):
 *
 * <ol>
 *   <li>{@code nl-b19-lis-uitslagen}: a Dutch laboratory information system's result list (the
 *       GLIMS / Labosys kind), one row per determination, as a lab exports it for the screening
 *       organisation; Windows-1252, semicolons, {@code dd-MM-yyyy}; result wording of the NVVP
 *       guideline and the BVO-BMHK protocol ({@code shared/reference/dutch-health-data.md}).
 *   <li>{@code nl-b19-his-journaal}: a Dutch GP information system's (HIS: Medicom, Promedico, CGM
 *       HIS) journal export of the incoming lab message (MEDLAB), one row per woman, HPV and Pap in one
 *       memo cell; pipe-delimited, lower-case headers, {@code yyyy-MM-dd}.
 *   <li>{@code us-b19-ehr-chart-results}: a US EHR's results report (the Epic / Cerner "chart review
 *       results" kind), one row per component, {@code LAST, FIRST} names, {@code MM/dd/yyyy}, Bethesda
 *       2001 terms and hrHPV wording of US reference labs.
 *   <li>{@code us-b19-reflab-flat}: a US reference laboratory's flat results file for a client
 *       (Quest / LabCorp kind), one row per accession, HL7 v2 style {@code yyyyMMdd} dates, tab
 *       delimited, upper-case underscore headers, genotype in its own column.
 *   <li>{@code uk-b19-emis-search}: an EMIS Web search-and-report CSV export, every cell quoted, CRLF,
 *       {@code dd-MMM-yyyy}, one row per coded entry, NHS Cervical Screening Programme wording.
 *   <li>{@code uk-b19-systmone-report}: a TPP SystmOne clinical report export, one row per woman, NHS
 *       number in its {@code 3 3 4} spaced form, age column, combined result, recall action and
 *       colposcopy histology.
 *   <li>{@code be-b19-lab-nl}: a Flemish laboratory's results as a GP's EMD (Medidoc / HealthOne lab
 *       report) lists them, the hrHPV and cytology as separate observations of one request, as the
 *       eHealth platform's HL7 BE Laboratory implementation guide models a report; Dutch headers, rijksregisternummer in its printed {@code yy.mm.dd-nnn.cc}
 *       form, Bethesda cytology, semicolons, {@code dd/MM/yyyy}.
 *   <li>{@code be-b19-lab-fr}: a Walloon laboratory's extract in French, NISS, mutuelle number,
 *       French Bethesda wording, Windows-1252, semicolons.
 *   <li>{@code de-b19-labor-befunde}: a German laboratory's findings export (LDT-based lab systems),
 *       one row per examination, Munich nomenclature III, KVNR, {@code dd.MM.yyyy}.
 *   <li>{@code de-b19-praxis-diagnosen}: a German practice system's (PVS: Medistar, Albis, CGM)
 *       diagnosis and prescription list, ICD-10-GM with its German text, PZN-less drug names, BOM.
 *   <li>{@code fr-b19-logiciel-medecin}: a French GP software's results list from HPRIM Santé 2.x
 *       messages (the Weda / HelloDoc kind; HPRIM files are ISO 8859-1, kept here as its Windows
 *       superset), NIR, combined HPV and cytology cell.
 *   <li>{@code ie-b19-gp-cervicalcheck}: an Irish GP system's (Socrates / Helix Practice Manager)
 *       CervicalCheck results list, PPSN, Eircode, NHS-style cytology wording, and the laboratory's
 *       management recommendation (routine recall, repeat, refer to colposcopy) and smeartaker, as
 *       CervicalCheck's public FAQ on cytology results and recommendations describes the report.
 * </ol>
 *
 * <p>Labelling notes (the guide in {@code docs/evaluation.md} decides; these are where it needed
 * reading):
 *
 * <ul>
 *   <li>A determination name ({@code Bepaling}, {@code Component}, {@code Untersuchung},
 *       {@code Examen}, an EMIS term of a test) is TEST_TYPE: "which test".
 *   <li>A genotype column is TEST_RESULT graded low grade when it holds a type, blank otherwise: the
 *       guide's "a genotype cell"; the virus's genotype, not the woman's, so not GENETIC_DATA.
 *   <li>A recall or referral ({@code Action}, {@code Recommendation}) is PROCEDURE: a plan of care.
 *   <li>A colposcopy histology column is DIAGNOSIS, graded by its CIN grade.
 *   <li>The German health insurer's name ({@code Krankenkasse}) is OTHER: a payer, an organisation;
 *       the KVNR is NATIONAL_ID per the guide.
 *   <li>A Belgian mutuelle number is INSURANCE_ID: an insurer's member number.
 *   <li>{@code QNS} (quantity not sufficient), a US laboratory's word for a sample it could not
 *       test, is graded UNSATISFACTORY, as the guide's {@code Inadequate}.
 *   <li>An ICD-10 code and its German text are both DIAGNOSIS, each graded as the diagnosis is (a
 *       cancer CANCER, CIN by its grade, others UNGRADED).
 * </ul>
 */
final class BlindLayouts19 {
  private BlindLayouts19() {}

  static List<CsvLayout> all() {
    return List.of(nlLis(), nlHis(), usEhr(), usRefLab(), ukEmis(), ukSystmOne(), beLabDutch(),
        beLabFrench(), deLabor(), dePraxis(), frMedecin(), ieGp());
  }

  // ------------------------------------------------------------------------------- helpers

  private static boolean hpvRow(CsvLayout.Row r) {
    return r.part() == CsvLayout.Part.HPV;
  }

  /** The grade of the row's own result: the HPV row's or the cytology row's. */
  private static ResultGrade partGrade(CsvLayout.Row r) {
    return hpvRow(r) ? r.s().hpvGrade() : r.s().papGrade();
  }

  private static int age(CsvLayout.Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  /** A Belgian national number as printed on the eID: {@code yy.mm.dd-nnn.cc}. */
  private static String belgianPrinted(String n) {
    if (n.length() != 11) {
      return n;
    }
    return n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6) + "-"
        + n.substring(6, 9) + "." + n.substring(9);
  }

  /** An NHS number in its {@code 3 3 4} form. */
  private static String nhsSpaced(String n) {
    if (n.length() != 10) {
      return n;
    }
    return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** A recall or referral that follows the sample's worst result (NHS / CervicalCheck style). */
  private static String nextStep(CsvLayout.Row r, List<String> routine, List<String> repeat,
      List<String> refer) {
    ResultGrade g = r.s().grade();
    List<String> from = g == ResultGrade.NORMAL ? routine
        : g == ResultGrade.UNSATISFACTORY || g == ResultGrade.ABNORMAL_LOW_GRADE
            && r.s().papGrade().compareTo(ResultGrade.ABNORMAL_LOW_GRADE) < 0 ? repeat : refer;
    return from.get(r.visitPick("step", from.size()));
  }

  // ------------------------------------------------------------------------------- NL

  private static CsvLayout nlLis() {
    return CsvLayout.of("nl-b19-lis-uitslagen", Country.NL).women().ages(30, 65).people(70)
        .rows(1, 2).onePerResult().byDate().delimiter(';').windows1252().dates("dd-MM-yyyy")
        .col("Monsternr", RECORD_ID, r -> r.sample())
        .col("Afnamedatum", CLINICAL_DATE, r -> r.when())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", FAMILY_NAME, r -> r.p().fullFamily())
        .col("Vrl", INITIALS, r -> r.p().initials())
        .col("Geb.dat.", BIRTH_DATE, r -> r.birth())
        .col("Bepaling", TEST_TYPE, r -> hpvRow(r) ? "hrHPV (PCR)" : "Cytologie cervix (BVO)")
        .graded("Uitslag", TEST_RESULT, r -> new CsvLayout.Cell(hpvRow(r)
            ? r.s().hpvDutch(r.rng()) : r.visitPick("kopac", 3) == 0
                ? "KOPAC-B " + r.s().kopac(r.rng()) : r.s().papDutch(r.rng()),
            hpvRow(r) ? r.s().hpvGrade()
                : r.visitPick("kopac", 3) == 0 ? Screening.papGrade(r.s().kopacPap())
                    : r.s().papGrade()))
        .col("Status", OTHER, r -> r.visitPick("st", 6) == 0 ? "voorlopig" : "definitief");
  }

  private static CsvLayout nlHis() {
    return CsvLayout.of("nl-b19-his-journaal", Country.NL).women().ages(30, 60).people(90)
        .delimiter('|').dates("yyyy-MM-dd")
        .col("patientnummer", RECORD_ID, r -> r.p().recordNumber())
        .col("achternaam", FAMILY_NAME, r -> r.p().family())
        .col("voorvoegsel", FAMILY_NAME, r -> r.p().prefix())
        .col("roepnaam", GIVEN_NAME, r -> r.p().given())
        .col("geboortedatum", BIRTH_DATE, r -> r.birth())
        .col("adres", STREET_ADDRESS, r -> r.p().streetLine())
        .col("postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("woonplaats", CITY, r -> upper(r.p().city()))
        .col("datum", CLINICAL_DATE, r -> r.when())
        .graded("memo", TEST_RESULT,
            r -> new CsvLayout.Cell("BVO BMHK: " + r.s().combinedDutch(r.rng()), r.s().grade()))
        .col("huisarts", PROVIDER, r -> List.of("Huisartsenpraktijk De Linde",
            "Gezondheidscentrum Oost", "Praktijk Bakker & Smit").get(r.stable("ha", 3)));
  }

  // ------------------------------------------------------------------------------- US

  private static CsvLayout usEhr() {
    return CsvLayout.of("us-b19-ehr-chart-results", Country.US).women().ages(25, 65).people(65)
        .rows(1, 2).onePerResult().dates("MM/dd/yyyy").crlf()
        .col("MRN", RECORD_ID, r -> "E" + r.p().recordNumber())
        .col("Patient Name", PERSON_NAME,
            r -> upper(r.p().family()) + ", " + upper(r.p().given()))
        .col("DOB", BIRTH_DATE, r -> r.birth())
        .col("Legal Sex", SEX, r -> "Female")
        .col("Collected", CLINICAL_DATE, r -> r.when() + " " + r.clock("c"))
        .col("Component", TEST_TYPE, r -> hpvRow(r) ? "HPV HIGH RISK DNA" : "PAP INTERPRETATION")
        .graded("Value", TEST_RESULT, r -> new CsvLayout.Cell(hpvRow(r)
            ? r.s().hpvEnglish(r.rng()) : r.s().bethesda(r.rng()), partGrade(r)))
        .col("Result Status", OTHER, r -> r.visitPick("rs", 8) == 0 ? "Edited" : "Final")
        .col("Ordering Provider", PROVIDER, r -> List.of("Kim, Susan MD", "Patel, Ravi DO",
            "Nguyen, Linda NP").get(r.stable("op", 3)));
  }

  private static CsvLayout usRefLab() {
    return CsvLayout.of("us-b19-reflab-flat", Country.US).women().ages(25, 65).people(75)
        .rows(1, 2).delimiter('\t').dates("yyyyMMdd")
        .col("ACCESSION_NO", RECORD_ID, r -> "QA" + r.sample().substring(1))
        .col("PT_LAST_NAME", FAMILY_NAME, r -> upper(r.p().family()))
        .col("PT_FIRST_NAME", GIVEN_NAME, r -> upper(r.p().given()))
        .col("PT_DOB", BIRTH_DATE, r -> r.birth())
        .col("PT_SSN", NATIONAL_ID, r -> r.p().nationalId().replace("-", "")).blank(30)
        .col("PT_ZIP", POSTCODE, r -> r.p().postcode())
        .col("PT_PHONE", PHONE, r -> r.p().phone().replace("-", ""))
        .col("INS_MEMBER_ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("COLLECTION_DT", CLINICAL_DATE, r -> r.when())
        .col("TEST_NAME", TEST_TYPE, r -> r.s().hasCytology() ? "PAP LB RFX HPV HR"
            : "HPV HR DNA PRIMARY")
        .graded("HPV_HR_RESULT", TEST_RESULT, r -> new CsvLayout.Cell(
            switch (r.s().hpv()) {
              case NEGATIVE -> "NEGATIVE";
              case POSITIVE -> "POSITIVE";
              case UNSATISFACTORY -> "QNS";
            }, r.s().hpv() == Screening.Hpv.UNSATISFACTORY ? ResultGrade.UNSATISFACTORY
                : r.s().hpvGrade()))
        .graded("HPV_GENOTYPE", TEST_RESULT, r -> r.s().genotype().isEmpty() ? CsvLayout.Cell.of("")
            : new CsvLayout.Cell(r.s().genotype().equals("other") ? "OTHER HR TYPES"
                : "HPV " + r.s().genotype() + " DETECTED", ResultGrade.ABNORMAL_LOW_GRADE))
        .graded("CYTOLOGY_INTERP", TEST_RESULT, r -> r.s().hasCytology()
            ? new CsvLayout.Cell(upper(r.s().bethesda(r.rng())), r.s().papGrade())
            : CsvLayout.Cell.of(""))
        .col("PHYSICIAN_NPI", PROVIDER, r -> List.of("1467582910", "1538294761", "1902837465")
            .get(r.stable("npi", 3)));
  }

  // ------------------------------------------------------------------------------- UK

  private static CsvLayout ukEmis() {
    return CsvLayout.of("uk-b19-emis-search", Country.UK).women().ages(25, 64).people(70)
        .rows(1, 2).onePerResult().quoteAll().crlf().dates("dd-MMM-yyyy")
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("Forenames", GIVEN_NAME,
            r -> (r.p().given() + " " + r.p().middle()).trim())
        .col("Date of Birth", BIRTH_DATE, r -> r.birth())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Date", CLINICAL_DATE, r -> r.when())
        .col("Term", TEST_TYPE, r -> hpvRow(r) ? "High risk human papillomavirus test"
            : "Cervical cytology test")
        .graded("Value", TEST_RESULT, r -> new CsvLayout.Cell(hpvRow(r)
            ? r.s().hpvEnglish(r.rng()) : r.s().nhsCytology(r.rng()), partGrade(r)))
        .col("Usual GP", PROVIDER, r -> List.of("Dr A Hughes", "Dr P Shah", "Dr K O'Neill")
            .get(r.stable("gp", 3)));
  }

  private static CsvLayout ukSystmOne() {
    return CsvLayout.of("uk-b19-systmone-report", Country.UK).women().ages(25, 64).people(85)
        .dates("dd/MM/yyyy")
        .col("Patient ID", RECORD_ID, r -> r.p().recordNumber())
        .col("NHS number", NATIONAL_ID, r -> nhsSpaced(r.p().nationalId()))
        .col("Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("Date of birth", BIRTH_DATE, r -> r.birth())
        .col("Age", AGE, r -> String.valueOf(age(r)))
        .col("Mobile telephone", PHONE, r -> r.p().phone()).blank(15)
        .col("Sample taken", CLINICAL_DATE, r -> r.when())
        .graded("Test result", TEST_RESULT, r -> new CsvLayout.Cell(
            r.s().hasCytology() ? "HPV positive; " + r.s().nhsCytology(r.rng())
                : r.s().hpvEnglish(r.rng()), r.s().grade()))
        .col("Action", PROCEDURE, r -> nextStep(r, List.of("Routine recall (3 years)",
            "Routine recall (5 years)"), List.of("Repeat test in 12 months", "Repeat in 3 months"),
            List.of("Refer to colposcopy", "Urgent colposcopy referral")))
        .graded("Colposcopy histology", DIAGNOSIS, r -> r.s().grade().compareTo(
            ResultGrade.ABNORMAL_HIGH_GRADE) >= 0 ? new CsvLayout.Cell(
                r.histology().english, r.histology().grade) : CsvLayout.Cell.of(""));
  }

  // ------------------------------------------------------------------------------- BE

  private static CsvLayout beLabDutch() {
    return CsvLayout.of("be-b19-lab-nl", Country.BE).women().ages(25, 64).people(65).rows(1, 2)
        .onePerResult().delimiter(';').dates("dd/MM/yyyy")
        .col("Rijksregisternr", NATIONAL_ID, r -> belgianPrinted(r.p().nationalId()))
        .col("Naam", FAMILY_NAME, r -> upper(r.p().family()))
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, r -> r.birth())
        .col("Geslacht", SEX, r -> "V")
        .col("Datum afname", CLINICAL_DATE, r -> r.when())
        .col("Aanvraagnr", RECORD_ID, r -> r.sample())
        .col("Analyse", TEST_TYPE, r -> hpvRow(r) ? "HPV hoog risico (PCR)"
            : "Cervicaal uitstrijkje - cytologie")
        .graded("Resultaat", TEST_RESULT, r -> new CsvLayout.Cell(hpvRow(r)
            ? r.s().hpvDutch(r.rng()) : "Bethesda: " + r.s().bethesda(r.rng()), partGrade(r)))
        .col("Voorschrijver", PROVIDER, r -> List.of("Dr. Peeters An", "Dr. Maes Griet",
            "Dr. Claes Wout").get(r.stable("vs", 3)));
  }

  private static CsvLayout beLabFrench() {
    return CsvLayout.of("be-b19-lab-fr", Country.BE).women().ages(25, 64).people(80)
        .delimiter(';').windows1252().dates("dd/MM/yyyy")
        .col("NISS", NATIONAL_ID, r -> r.p().nationalId())
        .col("NOM", FAMILY_NAME, r -> upper(r.p().family()))
        .col("PRENOM", GIVEN_NAME, r -> upper(r.p().given()))
        .col("DATE NAISSANCE", BIRTH_DATE, r -> r.birth())
        .col("CP", POSTCODE, r -> r.p().postcode())
        .col("LOCALITE", CITY, r -> r.p().city())
        .col("N° MUTUELLE", INSURANCE_ID, r -> r.p().insuranceNumber()).blank(10)
        .col("DATE PRELEVEMENT", CLINICAL_DATE, r -> r.when())
        .graded("HPV HR", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade()))
        .graded("CYTOLOGIE (BETHESDA 2014)", TEST_RESULT, r -> r.s().hasCytology()
            ? new CsvLayout.Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade())
            : CsvLayout.Cell.of(""));
  }

  // ------------------------------------------------------------------------------- DE

  private static CsvLayout deLabor() {
    return CsvLayout.of("de-b19-labor-befunde", Country.DE).women().ages(30, 65).people(70)
        .rows(1, 2).onePerResult().delimiter(';').dates("dd.MM.yyyy")
        .col("Auftragsnr.", RECORD_ID, r -> r.sample())
        .col("Versichertennr.", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name", FAMILY_NAME, r -> r.p().family())
        .col("Vorname", GIVEN_NAME, r -> r.p().given())
        .col("Geb.-Datum", BIRTH_DATE, r -> r.birth())
        .col("PLZ", POSTCODE, r -> r.p().postcode())
        .col("Ort", CITY, r -> r.p().city())
        .col("Entnahme", CLINICAL_DATE, r -> r.when())
        .col("Untersuchung", TEST_TYPE, r -> hpvRow(r) ? "HPV-Test (HR-HPV DNA)"
            : "Zytologie (Dünnschicht)")
        .graded("Befund", TEST_RESULT, r -> new CsvLayout.Cell(hpvRow(r)
            ? r.s().hpvGerman(r.rng()) : r.s().papMunich(),
            hpvRow(r) ? r.s().hpvGrade() : r.s().papMunichGrade()))
        .col("Einsender", PROVIDER, r -> List.of("Frauenarztpraxis Dr. med. Weber",
            "MVZ Gynäkologie Mitte", "Dr. med. Schulz").get(r.stable("es", 3)));
  }

  private static CsvLayout dePraxis() {
    return CsvLayout.of("de-b19-praxis-diagnosen", Country.DE).ages(18, 85).people(60).rows(1, 3)
        .bom().delimiter(';').dates("dd.MM.yyyy").byDate()
        .col("Pat.-Nr.", RECORD_ID, r -> r.p().recordNumber())
        .col("Patient", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.", BIRTH_DATE, r -> r.birth())
        .col("Geschl.", SEX, r -> r.p().female() ? "W" : "M")
        .col("Krankenkasse", OTHER, r -> List.of("AOK", "TK", "BARMER", "DAK-Gesundheit")
            .get(r.stable("kk", 4)))
        .col("Datum", CLINICAL_DATE, r -> r.when())
        .graded("ICD-10-GM", DIAGNOSIS, r -> new CsvLayout.Cell(r.dx().icd() + " G",
            r.dx().grade()))
        .graded("Diagnosetext", DIAGNOSIS,
            r -> new CsvLayout.Cell(r.dx().german(), r.dx().grade()))
        .col("Verordnung", MEDICATION, r -> r.med().european()).blank(40);
  }

  // ------------------------------------------------------------------------------- FR

  private static CsvLayout frMedecin() {
    return CsvLayout.of("fr-b19-logiciel-medecin", Country.FR).women().ages(25, 65).people(85)
        .delimiter(';').windows1252().dates("dd/MM/yyyy")
        .col("N° dossier", RECORD_ID, r -> r.p().recordNumber())
        .col("Nom de naissance", FAMILY_NAME, r -> upper(r.p().family()))
        .col("Prénom", GIVEN_NAME, r -> r.p().given())
        .col("Né(e) le", BIRTH_DATE, r -> r.birth())
        .col("N° sécu", NATIONAL_ID, r -> r.p().nationalId())
        .col("Mail", EMAIL, r -> r.p().email()).blank(25)
        .col("Date prélèvement", CLINICAL_DATE, r -> r.when())
        .col("Examen", TEST_TYPE, r -> r.s().hasCytology() ? "Test HPV + cytologie réflexe"
            : "Test HPV-HR (dépistage)")
        .graded("Résultat", TEST_RESULT, r -> new CsvLayout.Cell(r.s().hasCytology()
            ? r.s().hpvFrench(r.rng()) + " ; cytologie : " + r.s().bethesdaFrench(r.rng())
            : r.s().hpvFrench(r.rng()), r.s().grade()))
        .col("Laboratoire", OTHER, r -> "LBM Biopole Centre");
  }

  // ------------------------------------------------------------------------------- IE

  private static CsvLayout ieGp() {
    return CsvLayout.of("ie-b19-gp-cervicalcheck", Country.IE).women().ages(25, 65).people(80)
        .dates("dd/MM/yyyy")
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Surname", FAMILY_NAME, r -> r.p().family())
        .col("First Name", GIVEN_NAME, r -> r.p().given())
        .col("DOB", BIRTH_DATE, r -> r.birth())
        .col("Address 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Eircode", POSTCODE, r -> r.p().postcode())
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Date Taken", CLINICAL_DATE, r -> r.when())
        .graded("HPV Result", TEST_RESULT,
            r -> new CsvLayout.Cell(r.s().hpvEnglish(r.rng()), r.s().hpvGrade()))
        .graded("Cytology", TEST_RESULT, r -> r.s().hasCytology()
            ? new CsvLayout.Cell(r.s().nhsCytology(r.rng()), r.s().papGrade())
            : CsvLayout.Cell.of(""))
        .col("Recommendation", PROCEDURE, r -> nextStep(r, List.of("Routine recall 5 years",
            "Routine recall 3 years"), List.of("Repeat HPV test in 12 months",
            "Repeat screening in 3 months"), List.of("Refer to colposcopy")))
        .col("Smeartaker", PROVIDER, r -> List.of("Dr. Murphy", "Nurse O'Brien", "Dr. Kelly")
            .get(r.stable("st", 3)));
  }
}
