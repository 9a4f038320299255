package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.BANK_ACCOUNT;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.HOUSE_NUMBER;
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
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.SEX_LIFE_OR_ORIENTATION;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;
import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNGRADED;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Hpv;
import org.exposure.model.ResultGrade;

/**
 * The second blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, written by someone who has read neither the classifier nor any of its figures, so that
 * one run of the classifier on them, before anyone who changes it reads them, says whether it
 * generalises. Screening programmes, registers, insurers, pharmacies, sexual-health and mental-health
 * services, hospital and lab systems, and a clinic's hand-kept spreadsheet.
 *
 * <p>Each row's wording is drawn from its sample ({@link #fixed}) or its person ({@link #stable}), so
 * that the columns of a row agree and the same seed writes the same bytes. The truth follows
 * {@code docs/evaluation.md}'s labelling guides; where they name no row, the nearest row decided.
 * {@link Corpus} does not write these layouts: the lead wires them in after their one unseen run.
 */
final class BlindLayouts2 {
  private BlindLayouts2() {}

  static List<CsvLayout> all() {
    return List.of(
        // ---------------------------------------------------------------- The Netherlands
        // The cervical-screening programme's self-sampling results: the kit's hrHPV outcome, the
        // follow-up smear at the GP when the kit was positive, the programme's advice.
        CsvLayout.of("nl-bvo-zelfafnameset-uitslagen", NL).delimiter('\t').dates("dd/MM/yyyy")
            .women().ages(30, 65).people(90).rows(1, 3)
            .col("Cliëntnummer", RECORD_ID, r -> "C" + r.p().recordNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(5)
            .col("Aanschrijfnaam", PERSON_NAME, r -> "Mevrouw " + r.p().initials() + " "
                + r.p().fullFamily() + (r.p().maiden().isEmpty() ? "" : "-" + r.p().maiden()))
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Huisnr", HOUSE_NUMBER, r -> r.p().houseNumber()
                + (r.p().houseSuffix().isEmpty() ? "" : "-" + r.p().houseSuffix()))
            .col("Wijze van deelname", OTHER, r -> fixed(r, "wijze", 3) == 0
                ? "uitstrijkje huisarts" : "zelfafnameset")
            .col("Datum ontvangst", CLINICAL_DATE, Row::when)
            .graded("Uitslag HPV", TEST_RESULT, BlindLayouts2::kitDutch)
            .graded("Vervolguitstrijkje", TEST_RESULT, r -> r.s().hasCytology()
                ? new Cell(papWordsDutch(r.s().pap()), r.s().papGrade()) : Cell.of(""))
            .col("Advies", PROCEDURE, BlindLayouts2::adviceDutch)
            .col("Huisarts", PROVIDER, r -> "Huisartsenpraktijk " + List.of("De Linde",
                "Oosterpoort", "Het Anker", "Waterkant", "De Brink").get(r.stable("ha", 5)))
            .col("Laboratorium", OTHER, r -> List.of("Lab Noord", "Lab Oost", "Lab Zuidwest")
                .get(r.stable("lab", 3))),
        // A health insurer's claims (declaraties): GP consults, hospital care with its diagnosis,
        // prescriptions with the medicine's ZI-number, a refund to the insured's own account.
        CsvLayout.of("nl-zorgverzekeraar-declaratieregels", NL).delimiter('|')
            .dates("yyyy-MM-dd").people(80).ages(18, 85).rows(2, 5).byDate()
            .col("Verzekerdennummer", INSURANCE_ID, r -> r.p().insuranceNumber())
            .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(4)
            .col("Naam verzekerde", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
            .col("Postcode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
            .col("Declaratienummer", INSURANCE_ID, r -> "DCL" + r.date().getYear()
                + r.sample().substring(1))
            .col("Zorgverlener AGB", PROVIDER, r -> (claimKind(r) == 0 ? "01" : "03")
                + String.format(Locale.ROOT, "%06d", 100_000 + fixed(r, "agb", 900_000)))
            .col("Prestatie", PROCEDURE, r -> switch (claimKind(r)) {
              case 0 -> "Consult huisarts regulier";
              case 1 -> r.p().female() ? "Colposcopie met biopt" : "Coloscopie";
              case 2 -> "Receptregel (terhandstelling)";
              default -> r.p().female() ? r.proc().dutch()
                  : List.of("Medicatiebeoordeling", "Appendectomie", "Dagbehandeling")
                      .get(fixed(r, "mproc", 3));
            })
            .graded("Diagnose", DIAGNOSIS, r -> claimKind(r) == 1 || claimKind(r) == 3
                ? new Cell(insurerDx(r).icd() + " " + insurerDx(r).dutch(), insurerDx(r).grade())
                : Cell.of(""))
            .col("Geneesmiddel", MEDICATION, r -> claimKind(r) == 2 ? r.med().european() : "")
            .col("ZI-nummer", MEDICATION, r -> claimKind(r) == 2 ? ziNumber(r) : "")
            .col("Behandeldatum", CLINICAL_DATE, Row::when)
            .col("Bedrag ingediend", OTHER, r -> euro(r, "bedrag", 2000, 60_000))
            .col("Eigen risico", OTHER, r -> euro(r, "er", 0, 38_500))
            .col("Uitbetalen aan IBAN", BANK_ACCOUNT, r -> r.p().iban()).blank(70),

        // ---------------------------------------------------------------- United States
        // A family-planning (Title X) clinic's visit export, after the FPAR data elements:
        // sex at birth, gender identity, orientation, race and ethnicity, income band, the
        // contraceptive method, and the Pap, HPV, chlamydia and HIV tests of the visit.
        CsvLayout.of("us-title-x-family-planning-visits", US).delimiter('\t')
            .dates("yyyy-MM-dd").people(90).ages(15, 45).rows(1, 4)
            .col("client_id", RECORD_ID, r -> "FP" + r.p().recordNumber())
            .col("last_name", FAMILY_NAME, r -> r.p().family())
            .col("first_name", GIVEN_NAME, r -> r.p().given())
            .col("dob", BIRTH_DATE, Row::birth)
            .col("sex_at_birth", SEX, r -> r.p().female() ? "F" : "M")
            .col("gender_identity", SEX, r -> List.of("Woman", "Man", "Transgender woman",
                "Transgender man", "Non-binary").get(genderIdentity(r)))
            .col("sexual_orientation", SEX_LIFE_OR_ORIENTATION, r -> List.of(
                "Straight or heterosexual", "Straight or heterosexual", "Lesbian or gay",
                "Bisexual", "Something else", "Chose not to disclose").get(r.stable("so", 6)))
            .col("race", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("White", "White",
                "Black or African American", "Asian", "American Indian or Alaska Native",
                "Native Hawaiian or Other Pacific Islander", "More than one race")
                .get(r.stable("race", 7)))
            .col("ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> r.stable("eth", 3) == 0
                ? "Hispanic or Latino" : "Not Hispanic or Latino")
            .col("zip", POSTCODE, r -> r.p().postcode())
            .col("visit_date", CLINICAL_DATE, Row::when)
            .col("income_pct_fpl", OTHER, r -> List.of("<=100%", "101-150%", "151-200%",
                "201-250%", ">250%").get(r.stable("fpl", 5)))
            .col("payer", OTHER, r -> List.of("Medicaid", "Private", "Uninsured",
                "Title X sliding fee").get(r.stable("payer", 4)))
            .col("contraceptive_method", MEDICATION, r -> r.p().female() ? List.of(
                "Oral contraceptive (COC)", "Injectable (DMPA)", "Hormonal IUD (LNG 52 mg)",
                "Copper IUD", "Implant (etonogestrel)", "Contraceptive patch")
                .get(r.stable("method", 6)) : "")
            // Cervical screening from 21 (USPSTF): younger women's visits carry no Pap or HPV.
            .graded("pap_result", TEST_RESULT, r -> screened(r) && r.s().hasCytology()
                ? new Cell(r.s().bethesda(r.rng()), r.s().papGrade()) : Cell.of(""))
            .graded("hpv_result", TEST_RESULT, r -> screened(r) ? usHpv(r) : Cell.of(""))
            .graded("ct_naat", TEST_RESULT, r -> new Cell(fixed(r, "ct", 12) == 0 ? "Positive"
                : "Negative", UNGRADED)).blank(30)
            .graded("hiv_test", TEST_RESULT, r -> new Cell(fixed(r, "hiv", 40) == 0 ? "Reactive"
                : "Non-reactive", UNGRADED)).blank(60)
            .col("provider_npi", PROVIDER, r -> npi(fixed(r, "npi", 5)))
            .col("clinic_site", OTHER, r -> List.of("Downtown Health Center", "Eastside Clinic",
                "Mobile Unit 2").get(r.stable("site", 3))),
        // A state Medicaid managed-care plan's professional claim lines: ICD-10-CM without the dot
        // as on the 837P, the R87.6 cytology codes and R87.810 for hrHPV, CPT of the service.
        CsvLayout.of("us-medicaid-mco-claim-lines", US).delimiter(',').dates("yyyyMMdd")
            .women().ages(21, 64).people(80).rows(1, 5)
            .col("MEMBER_ID", INSURANCE_ID, r -> "MA" + r.p().insuranceNumber().substring(3))
            .col("SUBSCRIBER_SSN", NATIONAL_ID, r -> r.p().nationalId().replace("-", ""))
            .blank(15)
            .col("MBR_LAST_NM", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("MBR_FIRST_NM", GIVEN_NAME, r -> r.p().given().toUpperCase(Locale.ROOT))
            .col("MBR_MI", INITIALS, r -> r.p().middle().isEmpty() ? ""
                : r.p().middle().substring(0, 1))
            .col("MBR_DOB", BIRTH_DATE, Row::birth)
            .col("MBR_GENDER", SEX, r -> "F")
            .col("MBR_ZIP", POSTCODE, r -> r.p().postcode() + "-" + String.format(Locale.ROOT,
                "%04d", r.stable("zip4", 10_000)))
            .col("CLAIM_NO", INSURANCE_ID, r -> (r.date().getYear() % 100) + r.sample()
                .substring(1) + "00")
            .col("FROM_DOS", CLINICAL_DATE, Row::when)
            .col("THRU_DOS", CLINICAL_DATE, Row::when)
            .graded("ICD10_DX1", DIAGNOSIS, BlindLayouts2::icd10CmCervical)
            .graded("ICD10_DX2", DIAGNOSIS, r -> new Cell(r.dx().icd().replace(".", ""),
                r.dx().grade())).blank(55)
            .col("CPT_HCPCS", PROCEDURE, r -> r.s().hasCytology() ? "88175"
                : r.s().hpv() == Hpv.POSITIVE ? "87624" : "99395")
            .col("RENDERING_NPI", PROVIDER, r -> npi(r.stable("rnpi", 7)))
            .col("BILLED_AMT", OTHER, r -> String.format(Locale.ROOT, "%d.%02d",
                40 + fixed(r, "bill", 300), fixed(r, "cent", 100)))
            .col("PLAN_CD", OTHER, r -> "MCO-" + (1 + r.stable("plan", 4))),

        // ---------------------------------------------------------------- United Kingdom
        // A colposcopy clinic nurse's tracking spreadsheet: the referral smear in NHS words with
        // the HPV result, the colposcopic impression, what was done, the histology when it came.
        CsvLayout.of("uk-colposcopy-clinic-tracker", UK).delimiter(',').crlf()
            .dates("dd/MM/yyyy").women().ages(25, 64).people(80).rows(1, 3)
            .col("Hosp No", RECORD_ID, r -> "K" + r.p().recordNumber())
            .col("NHS No", NATIONAL_ID, r -> spacedNhs(r.p().nationalId())).blank(10)
            .col("Patient", PERSON_NAME, r -> r.p().given() + " "
                + r.p().family().toUpperCase(Locale.ROOT))
            .col("DOB", BIRTH_DATE, r -> fixed(r, "dob", 4) == 0
                ? DateTimeFormatter.ofPattern("d.M.yy", Locale.ROOT).format(r.p().birthDate())
                : r.birth())
            .col("Tel", PHONE, r -> ukDramaPhone(r.p())).blank(25)
            .graded("Referral", TEST_RESULT, BlindLayouts2::referralUk)
            .col("Appt", CLINICAL_DATE, Row::when)
            .graded("Colp impression", TEST_RESULT, BlindLayouts2::colpImpression)
            .col("Bx/Tx", PROCEDURE, r -> switch (colpGrade(r)) {
              case CANCER, ABNORMAL_HIGH_GRADE -> fixed(r, "tx", 2) == 0 ? "LLETZ" : "See & treat LLETZ";
              case ABNORMAL_LOW_GRADE -> "Punch bx x2";
              default -> "None";
            })
            .graded("Histo", DIAGNOSIS, r -> biopsied(r) ? new Cell(r.histology().english,
                r.histology().grade) : Cell.of(""))
            .col("Colposcopist", PROVIDER, r -> List.of("Mr A Patel", "Dr S Hughes",
                "CNS J Walker").get(fixed(r, "colp", 3)))
            .col("Comments", FREE_TEXT, r -> List.of("", "", "DNA x1, rebooked",
                "interpreter req", "anxious, longer appt", "letter to GP").get(fixed(r, "c", 6))),
        // A talking-therapies (IAPT) service's local extract: NHS data dictionary codes for
        // gender and ethnic category, orientation and religion in words, PHQ-9 and GAD-7 scores.
        CsvLayout.of("uk-talking-therapies-sessions", UK).delimiter(',').dates("yyyy-MM-dd")
            .people(60).ages(18, 75).rows(2, 6)
            .col("LOCAL_PATIENT_ID", RECORD_ID, r -> "IAPT" + r.p().recordNumber())
            .col("NHS_NUMBER", NATIONAL_ID, r -> r.p().nationalId()).blank(8)
            .col("FORENAME", GIVEN_NAME, r -> r.p().given())
            .col("SURNAME", FAMILY_NAME, r -> r.p().family())
            .col("DATE_OF_BIRTH", BIRTH_DATE, Row::birth)
            .col("POSTCODE", POSTCODE, r -> r.p().postcode())
            .col("GENDER", SEX, r -> r.p().female() ? "2" : "1")
            .col("ETHNIC_CATEGORY", RACIAL_OR_ETHNIC_ORIGIN, r -> List.of("A", "A", "B", "C",
                "D", "H", "J", "K", "M", "N", "R", "Z").get(r.stable("eth", 12)))
            .col("SEXUAL_ORIENTATION", SEX_LIFE_OR_ORIENTATION,
                r -> Clinical.UK_ORIENTATION.get(r.stable("so", Clinical.UK_ORIENTATION.size())))
            .col("RELIGION", RELIGION_OR_BELIEF,
                r -> Clinical.UK_RELIGION.get(r.stable("rel", Clinical.UK_RELIGION.size())))
            .col("EMPLOYMENT_STATUS", OTHER, r -> List.of("01", "02", "03", "04", "06")
                .get(r.stable("emp", 5)))
            .col("REFERRAL_DATE", CLINICAL_DATE, r -> r.fmt(LocalDate.of(2019, 1, 1)
                .plusDays(r.stable("ref", 900))))
            .col("APPOINTMENT_DATE", CLINICAL_DATE, Row::when)
            .graded("PROVISIONAL_DIAGNOSIS", DIAGNOSIS, r -> new Cell(List.of("F32.1", "F33.1",
                "F41.1", "F41.2", "F43.1", "F42.2", "F40.1").get(r.stable("dx", 7)), UNGRADED))
            .graded("PHQ9", TEST_RESULT, r -> new Cell(String.valueOf(fixed(r, "phq", 28)),
                UNGRADED))
            .graded("GAD7", TEST_RESULT, r -> new Cell(String.valueOf(fixed(r, "gad", 22)),
                UNGRADED))
            .col("THERAPY_TYPE", PROCEDURE, r -> List.of("Guided self-help (book)",
                "Cognitive behavioural therapy", "Counselling for depression", "EMDR",
                "Interpersonal psychotherapy").get(r.stable("th", 5)))
            .col("THERAPIST", PROVIDER, r -> List.of("PWP J. Walker", "CBT L. Ahmed",
                "Counsellor R. Green").get(r.stable("tp", 3)))
            .col("CONTACT_TELEPHONE", PHONE, r -> ukDramaPhone(r.p())).blank(30),

        // ---------------------------------------------------------------- Belgium
        // A Flemish screening centre's register of cervical results (one row per examination):
        // INSZ bare, the hrHPV test and the cytology apart, the biopsy's histology beside the
        // cytology that led to it.
        CsvLayout.of("be-kankeropsporing-cervix-register", BE).delimiter(',')
            .dates("yyyy-MM-dd").women().ages(25, 64).people(85).rows(1, 2).onePerResult()
            .col("INSZ", NATIONAL_ID, r -> r.p().nationalId()).blank(7)
            .col("Naam", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Voornaam", GIVEN_NAME, r -> r.p().given())
            .col("Geboortedatum", BIRTH_DATE, Row::birth)
            .col("Postcode", POSTCODE, r -> r.p().postcode())
            .col("Gemeente", CITY, r -> r.p().city())
            .col("Uitnodigingsdatum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(
                20 + fixed(r, "uitn", 60)))).blank(50)
            .col("Staalnummer", RECORD_ID, r -> r.sample() + (r.part() == Part.HPV ? "-H" : "-C"))
            .col("Datum staalafname", CLINICAL_DATE, Row::when)
            .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV-test (PCR)"
                : "Cervixcytologie (vloeibaar)")
            .graded("Resultaat", TEST_RESULT, r -> r.part() == Part.HPV ? hpvFlemish(r)
                : new Cell(bethesdaFlemish(r.s().pap()), r.s().papGrade()))
            .graded("Histologie", DIAGNOSIS, r -> r.part() == Part.CYTOLOGY
                && (r.s().papGrade() == ABNORMAL_HIGH_GRADE || r.s().papGrade() == CANCER)
                ? new Cell("biopsie: " + histologyFlemish(r.histology()), r.histology().grade)
                : Cell.of(""))
            .col("Aanvrager RIZIV", PROVIDER, r -> String.format(Locale.ROOT, "1-%05d-%02d-%03d",
                10_000 + r.stable("riziv", 90_000), r.stable("rz2", 100),
                List.of(3, 4, 4).get(r.stable("rz3", 3))))
            .col("Labo", OTHER, r -> List.of("AML", "Labo Jans", "UZ Labo")
                .get(r.stable("labo", 3))),

        // ---------------------------------------------------------------- Germany
        // A cancer registry's notifications (Meldungen, oBDS words) of gynaecological tumours:
        // ICD-10-GM, ICD-O-3 topography and morphology, TNM, therapy as OPS; Windows-1252.
        CsvLayout.of("de-krebsregister-gyn-meldungen", DE).delimiter(';').windows1252()
            .dates("dd.MM.yyyy").women().ages(25, 85).people(70).rows(1, 3)
            .col("Register-ID", RECORD_ID, r -> "KR-" + r.p().recordNumber())
            .col("KVNR", NATIONAL_ID, r -> r.p().nationalId()).blank(10)
            .col("Name", FAMILY_NAME, r -> r.p().family())
            .col("Vorname", GIVEN_NAME, r -> r.p().given())
            .col("Geburtsname", FAMILY_NAME, r -> r.p().maiden())
            .col("Geb.-Datum", BIRTH_DATE, Row::birth)
            .col("Geschlecht", SEX, r -> "W")
            .col("Straße", STREET_ADDRESS, r -> r.p().streetLine())
            .col("PLZ", POSTCODE, r -> r.p().postcode())
            .col("Wohnort", CITY, r -> r.p().city())
            .col("Meldeanlass", OTHER, r -> List.of("diagnose", "behandlungsende",
                "statusaenderung").get(r.visit() % 3))
            .col("Diagnosedatum", CLINICAL_DATE, r -> r.fmt(LocalDate.of(2018, 1, 1)
                .plusDays(r.stable("dxd", 1500))))
            .graded("ICD-10-GM", DIAGNOSIS, r -> new Cell(tumour(r)[0], tumourGrade(r)))
            .graded("Topographie", DIAGNOSIS, r -> new Cell(tumour(r)[1], tumourGrade(r)))
            .graded("Morphologie", DIAGNOSIS, r -> new Cell(tumour(r)[2], tumourGrade(r)))
            .graded("TNM", DIAGNOSIS, r -> new Cell(tumour(r)[3], tumourGrade(r)))
            .col("Diagnosesicherung", OTHER, r -> "7")
            .col("Therapie (OPS)", PROCEDURE, r -> r.visit() % 3 == 1 ? tumour(r)[4] : "")
            .col("Meldedatum", OTHER, Row::when)
            .col("Melder", PROVIDER, r -> List.of("Dr. med. K. Wagner, Frauenärztin",
                "Dr. med. S. Richter, Gynäkologie", "Prof. Dr. M. Becker, Frauenklinik")
                .get(r.stable("melder", 3))),
        // A community pharmacy's prescription billing (§ 300 SGB V words): the e-prescription's
        // ID, KVNR, name in one cell, PZN with its check digit, dates with two-digit years.
        CsvLayout.of("de-apotheke-rezeptabrechnung", DE).delimiter('\t').bom()
            .dates("dd.MM.yy").people(70).ages(18, 85).rows(2, 5).byDate()
            .col("Rezept-ID", RECORD_ID, r -> "160." + r.sample().substring(1, 4) + "."
                + r.sample().substring(4, 7) + "." + r.sample().substring(7)
                + (r.date().getYear() % 10) + "." + String.format(Locale.ROOT, "%03d",
                fixed(r, "erx", 1000)) + "." + String.format(Locale.ROOT, "%02d",
                fixed(r, "erx2", 100)))
            .col("Versicherten-Nr.", NATIONAL_ID, r -> r.p().nationalId()).blank(5)
            .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
            .col("Geb.-Datum", BIRTH_DATE, r -> DateTimeFormatter.ofPattern("dd.MM.yyyy",
                Locale.ROOT).format(r.p().birthDate()))
            .col("Kostenträger-IK", OTHER, r -> List.of("101575519", "104212505", "108018007",
                "109519005").get(r.stable("ik", 4)))
            .col("Status", OTHER, r -> List.of("1000000", "3000000", "5000000")
                .get(r.stable("st", 3)))
            .col("PZN", MEDICATION, r -> pzn(Clinical.MEDICINES.indexOf(r.med())))
            .col("Arzneimittel", MEDICATION, r -> GERMAN_MEDICINES.get(Clinical.MEDICINES
                .indexOf(r.med())))
            .col("Packungsgröße", OTHER, r -> List.of("N1", "N2", "N3").get(fixed(r, "n", 3)))
            .col("Verordnungsdatum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(
                fixed(r, "vo", 5))))
            .col("Abgabedatum", CLINICAL_DATE, Row::when)
            .col("LANR", PROVIDER, r -> String.format(Locale.ROOT, "%06d%d%02d",
                100_000 + r.stable("lanr", 900_000), r.stable("lp", 10),
                List.of(1, 3, 58).get(r.stable("fg", 3))))
            .col("BSNR", PROVIDER, r -> String.format(Locale.ROOT, "%02d%07d",
                List.of(1, 2, 38).get(r.stable("kv", 3)), r.stable("bsnr", 10_000_000)))
            .col("Zuzahlung", OTHER, r -> List.of("5,00", "5,72", "10,00", "0,00")
                .get(fixed(r, "zz", 4)))
            .col("Brutto", OTHER, r -> euroPlain(r, "brutto", 300, 25_000)),

        // ---------------------------------------------------------------- France
        // A pathology (ACP) lab's cervical results: one row per examination, the conclusion in
        // the lab's French (Bethesda terms with their French glosses), the prescriber with his
        // RPPS number in one cell, the whole address in one cell; Windows-1252.
        CsvLayout.of("fr-acp-frottis-conclusions", FR).delimiter(';').windows1252()
            .dates("dd/MM/yyyy").women().ages(25, 65).people(80).rows(1, 2).onePerResult()
            .col("N° examen", RECORD_ID, r -> (r.date().getYear() % 100)
                + (r.part() == Part.HPV ? "H" : "C") + r.sample().substring(1))
            .col("NIR", NATIONAL_ID, r -> r.p().nationalId()).blank(12)
            .col("Nom d'usage", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Nom de naissance", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
                : r.p().maiden()).toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Sexe", SEX, r -> "F")
            .col("Adresse", STREET_ADDRESS, r -> r.p().streetLine() + ", " + r.p().postcode() + " "
                + r.p().city())
            .col("Prescripteur", PROVIDER, r -> List.of("Dr MOREAU Claire (RPPS 10003456781)",
                "Dr GIRARD Paul (RPPS 10004567892)", "Mme ROUX Anne, sage-femme (RPPS 10005678903)")
                .get(r.stable("presc", 3)))
            .col("Date de prélèvement", CLINICAL_DATE, Row::when)
            .col("Nature de l'examen", TEST_TYPE, r -> r.part() == Part.HPV
                ? "Test HPV-HR (PCR) sur milieu liquide" : "Frottis cervico-utérin en phase liquide")
            .graded("Conclusion", TEST_RESULT, r -> r.part() == Part.HPV ? hpvFrenchLab(r)
                : new Cell(cytologyFrenchLab(r.s().pap()), r.s().papGrade()))
            .col("Commentaire", FREE_TEXT, r -> List.of("", "", "", "Contrôle à 1 an",
                "Prélèvement reçu sans fiche", "Patiente sous contraception orale")
                .get(fixed(r, "com", 6)))
            .col("Laboratoire", OTHER, r -> "Cabinet de pathologie " + List.of("Saint-Michel",
                "des Tilleuls").get(r.stable("labo", 2))),
        // A psychiatric hospital's RIM-P stays (the PMSI for psychiatry): the anonymous chaining
        // key beside the IPP, dates as ddMMyyyy, form of care, CIM-10 diagnoses, EDGAR acts.
        CsvLayout.of("fr-rimp-sequences-psychiatrie", FR).delimiter(';').bom()
            .dates("ddMMyyyy").people(60).ages(18, 80).rows(1, 4)
            .col("FINESS", OTHER, r -> "690781810")
            .col("IPP", RECORD_ID, r -> "P" + r.p().recordNumber())
            .col("Clé de chaînage", RECORD_ID, r -> r.p().uuid().replace("-", "").substring(0, 17)
                .toUpperCase(Locale.ROOT))
            .col("NIR", NATIONAL_ID, r -> r.p().nationalId()).blank(30)
            .col("Nom", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
            .col("Prénom", GIVEN_NAME, r -> r.p().given())
            .col("Date de naissance", BIRTH_DATE, Row::birth)
            .col("Sexe", SEX, r -> r.p().female() ? "2" : "1")
            .col("Code postal", POSTCODE, r -> r.p().postcode())
            .col("Début de séquence", CLINICAL_DATE, Row::when)
            .col("Fin de séquence", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(
                fixed(r, "fin", 30))))
            .col("Forme d'activité", OTHER, r -> List.of("01", "01", "20", "21")
                .get(fixed(r, "fa", 4)))
            .graded("DP (CIM-10)", DIAGNOSIS, r -> new Cell(psy(r)[0], UNGRADED))
            .graded("Libellé DP", DIAGNOSIS, r -> new Cell(psy(r)[1], UNGRADED))
            .graded("DA", DIAGNOSIS, r -> new Cell(sexAware(r).icd() + " "
                + sexAware(r).french(), sexAware(r).grade())).blank(60)
            .col("Acte EDGAR", PROCEDURE, r -> List.of("E - Entretien", "G - Groupe",
                "A - Accompagnement", "D - Démarche").get(fixed(r, "edgar", 4)))
            .col("Traitement", MEDICATION, r -> List.of("Olanzapine 10 mg", "Rispéridone LP 50 mg inj.",
                "Sertraline 50 mg", "Lithium LP 400 mg", "Méthadone 40 mg", "Aripiprazole 15 mg")
                .get(r.stable("trt", 6))).blank(25)
            .col("Psychiatre", PROVIDER, r -> List.of("Dr LEROY", "Dr MERCIER", "Dr FOURNIER")
                .get(r.stable("psy", 3))),

        // ---------------------------------------------------------------- Ireland
        // A hospital's HIPE discharge abstracts from gynaecology: sex 1/2, county of residence,
        // medical-card flag, ICD-10-AM diagnosis and ACHI-shaped procedure with their titles.
        CsvLayout.of("ie-hipe-gynae-discharges", IE).delimiter(',').quoteAll()
            .dates("dd/MM/yyyy").women().ages(20, 80).people(75).rows(1, 3)
            .col("MRN", RECORD_ID, r -> r.p().recordNumber())
            .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
            .col("Surname", FAMILY_NAME, r -> r.p().family())
            .col("Forename", GIVEN_NAME, r -> r.p().given())
            .col("Date of Birth", BIRTH_DATE, Row::birth)
            .col("Sex", SEX, r -> "2")
            .col("County of Residence", OTHER, r -> r.p().region())
            .col("Eircode", POSTCODE, r -> r.p().postcode()).blank(15)
            .col("Medical Card", OTHER, r -> r.stable("gms", 3) == 0 ? "Y" : "N")
            .col("Admission Date", CLINICAL_DATE, Row::when)
            .col("Discharge Date", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(
                fixed(r, "los", 5))))
            .col("Admission Type", OTHER, r -> List.of("Day case", "Elective", "Emergency")
                .get(fixed(r, "adm", 3)))
            .graded("Principal Diagnosis", DIAGNOSIS, r -> new Cell(hipeDx(r)[0] + " "
                + hipeDx(r)[1], hipeGrade(r)))
            .graded("Additional Diagnosis 1", DIAGNOSIS, r -> new Cell(r.dx().icd() + " "
                + r.dx().english().replace(" (disorder)", "").replace(" (finding)", ""),
                r.dx().grade())).blank(55)
            .col("Principal Procedure", PROCEDURE, r -> hipeDx(r)[2])
            .col("Consultant", PROVIDER, r -> List.of("Dr. M. Ryan", "Dr. C. Brennan",
                "Prof. D. Keane").get(r.stable("cons", 3)))
            .col("Hospital", OTHER, r -> "Regional Maternity Unit"));
  }

  // ------------------------------------------------------------------------------- helpers

  /** A number fixed by the row's sample, so that a row's columns agree. */
  private static int fixed(Row r, String salt, int bound) {
    return Math.floorMod((r.sample() + salt).hashCode(), bound);
  }


  private static String euro(Row r, String salt, int minCents, int maxCents) {
    return "€ " + euroPlain(r, salt, minCents, maxCents);
  }

  private static String euroPlain(Row r, String salt, int minCents, int maxCents) {
    int cents = minCents + fixed(r, salt, maxCents - minCents);
    return String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
  }

  // ---------------------------------------------------------------- Dutch screening

  private static Cell kitDutch(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(List.of("hrHPV niet aanwezig", "geen hrHPV gevonden",
          "hrHPV: afwezig").get(fixed(r, "kit", 3)), NORMAL);
      case POSITIVE -> new Cell(switch (fixed(r, "kit", 3)) {
        case 0 -> "hrHPV aanwezig";
        case 1 -> "hrHPV: aanwezig";
        default -> "hrHPV aanwezig (" + (s.genotype().equals("other") ? "overige typen"
            : "HPV" + s.genotype()) + ")";
      }, ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell(fixed(r, "kit", 2) == 0 ? "geen uitslag mogelijk"
          : "materiaal onvoldoende", UNSATISFACTORY);
    };
  }

  private static String papWordsDutch(String pap) {
    return switch (pap) {
      case "0" -> "Pap 0 (onbeoordeelbaar)";
      case "1" -> "Pap 1 (normaal)";
      case "2" -> "Pap 2 (ASC-US)";
      case "3a1" -> "Pap 3a1 (lichte dyskaryose)";
      case "3a2" -> "Pap 3a2 (matige dyskaryose)";
      case "3b" -> "Pap 3b (ernstige dyskaryose)";
      case "4" -> "Pap 4 (verdenking carcinoma in situ)";
      case "5" -> "Pap 5 (verdenking invasief carcinoom)";
      default -> "";
    };
  }

  private static String adviceDutch(Row r) {
    Screening s = r.s();
    if (s.hpv() == Hpv.UNSATISFACTORY) {
      return "nieuwe zelfafnameset";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "volgende ronde over 5 jaar";
    }
    return switch (s.papGrade()) {
      case NORMAL -> "herhaling over 1 jaar";
      case UNSATISFACTORY -> "herhaling uitstrijkje over 3 maanden";
      default -> "verwijzing gynaecoloog";
    };
  }

  // ---------------------------------------------------------------- Dutch insurer

  /** 0 GP consult, 1 hospital procedure, 2 prescription, 3 other hospital care. */
  private static int claimKind(Row r) {
    return List.of(0, 0, 1, 2, 2, 3).get(fixed(r, "kind", 6));
  }

  private static Clinical.Dx insurerDx(Row r) {
    if (claimKind(r) == 1 && r.p().female()) {
      return CERVIX_DX.get(fixed(r, "cdx", CERVIX_DX.size()));
    }
    return sexAware(r);
  }

  /** The row's diagnosis, or hypertension where it is a woman's diagnosis and he is a man. */
  private static Clinical.Dx sexAware(Row r) {
    String icd = r.dx().icd();
    boolean womens = icd.startsWith("N87") || icd.startsWith("D06") || icd.startsWith("C53")
        || icd.startsWith("O");
    return womens && !r.p().female() ? Clinical.DIAGNOSES.get(1) : r.dx();
  }

  private static final List<Clinical.Dx> CERVIX_DX = Clinical.DIAGNOSES.stream()
      .filter(d -> d.icd().startsWith("N87") || d.icd().startsWith("D06")
          || d.icd().equals("C53.9"))
      .toList();

  /** A ZI-number-shaped code per medicine: eight digits, unverified against the G-Standaard. */
  private static String ziNumber(Row r) {
    return String.format(Locale.ROOT, "1%07d", 1_234_567 + 97_531 * Clinical.MEDICINES
        .indexOf(r.med()));
  }

  // ---------------------------------------------------------------- United States

  private static int genderIdentity(Row r) {
    int g = r.stable("gi", 20);
    if (g == 0) {
      return r.p().female() ? 3 : 2;
    }
    if (g == 1) {
      return 4;
    }
    return r.p().female() ? 0 : 1;
  }

  private static boolean screened(Row r) {
    return r.p().female() && Period.between(r.p().birthDate(), r.date()).getYears() >= 21;
  }

  private static Cell usHpv(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(fixed(r, "hpv", 2) == 0 ? "Negative" : "HR HPV Negative", NORMAL);
      case POSITIVE -> new Cell(s.genotype().equals("other") ? "Positive - other HR types"
          : "Positive - HPV " + s.genotype(), ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("Invalid - recollect", UNSATISFACTORY);
    };
  }

  /** An NPI: 9 digits and the Luhn check digit computed with the 80840 prefix (CMS). */
  static String npi(int index) {
    return CheckDigits.npi(String.format(Locale.ROOT, "1%08d", 23_456_789 + index * 1_234_577));
  }

  /** The claim's first diagnosis: the cytology's R87.6 code, R87.810 for hrHPV, else Z12.4. */
  private static Cell icd10CmCervical(Row r) {
    Screening s = r.s();
    if (s.hasCytology()) {
      return switch (s.pap()) {
        case "0" -> new Cell("R87615", UNSATISFACTORY);
        case "1" -> new Cell("R87810", ABNORMAL_LOW_GRADE);
        case "2" -> new Cell("R87610", ABNORMAL_LOW_GRADE);
        case "3a1" -> new Cell("R87612", ABNORMAL_LOW_GRADE);
        case "3a2" -> new Cell("R87611", ABNORMAL_HIGH_GRADE);
        case "3b", "4" -> new Cell("R87613", ABNORMAL_HIGH_GRADE);
        default -> new Cell("R87614", CANCER);
      };
    }
    return s.hpv() == Hpv.POSITIVE ? new Cell("R87810", ABNORMAL_LOW_GRADE)
        : new Cell("Z124", UNGRADED);
  }

  // ---------------------------------------------------------------- United Kingdom

  /**
   * A number from Ofcom's ranges for drama (0113 496 0xxx ... 020 7946 0xxx, 07700 900xxx), one per
   * person of the layout: the ranges hold a thousand numbers each, too few to draw from at random
   * without two women sharing one.
   */
  private static String ukDramaPhone(Person p) {
    int n = p.id() * 37 % 1000;
    String line = String.format(Locale.ROOT, "%03d", n);
    return switch (p.id() % 5) {
      case 0 -> "0113 496 0" + line;
      case 1 -> "07700 900" + line;
      case 2 -> "0161 496 0" + line;
      case 3 -> "020 7946 0" + line;
      default -> "0117 496 0" + line;
    };
  }

  private static String spacedNhs(String n) {
    return n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
  }

  /** Why she was referred: hrHPV and the cytology in NHS words, or persistent hrHPV. */
  private static Cell referralUk(Row r) {
    Screening s = r.s();
    if (s.hpv() == Hpv.UNSATISFACTORY) {
      return new Cell("Inadequate x3", UNSATISFACTORY);
    }
    if (!s.hasCytology()) {
      return new Cell("hrHPV +ve x3, cytology negative", ABNORMAL_LOW_GRADE);
    }
    return new Cell("hrHPV +ve / " + s.nhsCytology(r.rng()), s.grade());
  }

  /** What the colposcopist saw: follows the referral, one step milder in some cases. */
  private static ResultGrade colpGrade(Row r) {
    ResultGrade g = r.s().hasCytology() ? r.s().papGrade() : NORMAL;
    if (g == UNSATISFACTORY) {
      return fixed(r, "tz", 3) == 0 ? UNSATISFACTORY : NORMAL;
    }
    if (g == ABNORMAL_HIGH_GRADE && fixed(r, "mild", 4) == 0) {
      return ABNORMAL_LOW_GRADE;
    }
    return g;
  }

  private static Cell colpImpression(Row r) {
    ResultGrade g = colpGrade(r);
    return new Cell(switch (g) {
      case UNSATISFACTORY -> "Unsatisfactory - TZ not seen";
      case NORMAL -> "Normal";
      case ABNORMAL_LOW_GRADE -> "Low grade";
      case ABNORMAL_HIGH_GRADE -> "High grade";
      default -> "Suspicious for invasion";
    }, g);
  }

  private static boolean biopsied(Row r) {
    ResultGrade g = colpGrade(r);
    return g == ABNORMAL_LOW_GRADE || g == ABNORMAL_HIGH_GRADE || g == CANCER;
  }

  // ---------------------------------------------------------------- Belgium

  private static Cell hpvFlemish(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("hrHPV negatief", NORMAL);
      case POSITIVE -> new Cell(s.genotype().equals("other")
          ? "hrHPV positief: andere hoogrisicotypes" : "hrHPV positief: HPV " + s.genotype(),
          ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("ongeldig resultaat", UNSATISFACTORY);
    };
  }

  private static String bethesdaFlemish(String pap) {
    return switch (pap) {
      case "0" -> "niet bruikbaar staal";
      case "1" -> "NILM";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL";
      case "3a2" -> "ASC-H";
      case "3b" -> "HSIL";
      case "4" -> "AGC";
      case "5" -> "plaveiselcelcarcinoom";
      default -> "";
    };
  }

  private static String histologyFlemish(Screening.Histology h) {
    return switch (h) {
      case NO_CIN -> "geen dysplasie";
      case CIN1 -> "CIN 1 (laaggradige SIL)";
      case CIN2 -> "CIN 2";
      case CIN3 -> "CIN 3";
      case CARCINOMA -> "invasief plaveiselcelcarcinoom";
    };
  }

  // ---------------------------------------------------------------- Germany

  /** ICD-10-GM, ICD-O-3 topography, morphology, TNM and the therapy's OPS, fixed per woman. */
  private static String[] tumour(Row r) {
    return TUMOURS.get(r.stable("tumour", TUMOURS.size()));
  }

  private static ResultGrade tumourGrade(Row r) {
    return tumour(r)[0].startsWith("D06") ? ABNORMAL_HIGH_GRADE : CANCER;
  }

  private static final List<String[]> TUMOURS = List.of(
      new String[] {"C53.0", "C53.0", "8070/3 Plattenepithelkarzinom o.n.A.", "pT1b1 pN0 cM0",
          "5-685.00 Radikale Uterusexstirpation"},
      new String[] {"C53.1", "C53.1", "8070/3 Plattenepithelkarzinom o.n.A.", "pT1a1 pN0 cM0",
          "5-671.01 Konisation der Cervix uteri"},
      new String[] {"C53.9", "C53.9", "8140/3 Adenokarzinom o.n.A.", "cT2b cN1 cM0",
          "8-522.91 Hochvoltstrahlentherapie"},
      new String[] {"D06.1", "C53.1", "8077/2 Plattenepitheliale intraepitheliale Neoplasie, Grad III",
          "pTis", "5-671.01 Konisation der Cervix uteri"},
      new String[] {"D06.9", "C53.9", "8077/2 Plattenepitheliale intraepitheliale Neoplasie, Grad III",
          "pTis", "5-671.11 Konisation der Cervix uteri"},
      new String[] {"C50.9", "C50.9", "8500/3 Invasives duktales Karzinom o.n.A.", "pT1c pN0 cM0",
          "5-870.a2 Brusterhaltende Exzision"},
      new String[] {"C54.1", "C54.1", "8380/3 Endometrioides Adenokarzinom o.n.A.", "pT1a pN0 cM0",
          "5-683.20 Uterusexstirpation"});

  private static final List<String> GERMAN_MEDICINES = List.of("Lisinopril 10 mg Tabletten",
      "Metformin 500 mg Retardtabletten", "Amlodipin 5 mg Tabletten",
      "Sertralin 50 mg Filmtabletten", "Quetiapin 25 mg Filmtabletten",
      "Methadon-HCl 10 mg Tabletten",
      "Emtricitabin/Tenofovirdisoproxil 200 mg/245 mg Filmtabletten (PrEP)",
      "Ethinylestradiol/Levonorgestrel 0,03 mg/0,15 mg", "Simvastatin 20 mg Filmtabletten",
      "Salbutamol 100 µg Dosieraerosol", "Oxycodon/Paracetamol 5 mg/325 mg",
      "Paracetamol 500 mg Tabletten");

  /** A PZN: seven digits weighted 1..7, the sum mod 11 the check digit (10 never issued). */
  static String pzn(int index) {
    int base = 1_234_567 + index * 811_937;
    while (true) {
      String seven = String.format(Locale.ROOT, "%07d", base % 10_000_000);
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (i + 1) * (seven.charAt(i) - '0');
      }
      if (sum % 11 < 10) {
        return seven + sum % 11;
      }
      base++;
    }
  }

  // ---------------------------------------------------------------- France

  private static Cell hpvFrenchLab(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell(fixed(r, "fhpv", 2) == 0 ? "Absence d'HPV à haut risque détectable"
          : "Test HPV-HR négatif", NORMAL);
      case POSITIVE -> new Cell(s.genotype().equals("other")
          ? "HPV-HR détecté (autres génotypes à haut risque)"
          : "Présence d'HPV à haut risque, génotype " + s.genotype(), ABNORMAL_LOW_GRADE);
      case UNSATISFACTORY -> new Cell("Résultat invalide (inhibition), à recontrôler",
          UNSATISFACTORY);
    };
  }

  private static String cytologyFrenchLab(String pap) {
    return switch (pap) {
      case "0" -> "Frottis non satisfaisant pour l'évaluation (cellularité insuffisante)";
      case "1" -> "Frottis satisfaisant. Absence de lésion intraépithéliale ou de malignité";
      case "2" -> "ASC-US : atypies des cellules malpighiennes de signification indéterminée";
      case "3a1" -> "LSIL : lésion malpighienne intraépithéliale de bas grade";
      case "3a2" -> "ASC-H : atypies malpighiennes ne permettant pas d'exclure une lésion de haut"
          + " grade";
      case "3b" -> "HSIL : lésion malpighienne intraépithéliale de haut grade";
      case "4" -> "AGC : atypies des cellules glandulaires";
      case "5" -> "Carcinome malpighien infiltrant";
      default -> "";
    };
  }

  private static String[] psy(Row r) {
    return PSY.get(r.stable("psydp", PSY.size()));
  }

  private static final List<String[]> PSY = List.of(
      new String[] {"F20.0", "Schizophrénie paranoïde"},
      new String[] {"F31.1", "Trouble affectif bipolaire, épisode actuel maniaque"},
      new String[] {"F32.2", "Épisode dépressif sévère sans symptômes psychotiques"},
      new String[] {"F10.2", "Syndrome de dépendance à l'alcool"},
      new String[] {"F60.3", "Personnalité émotionnellement labile"},
      new String[] {"F43.1", "État de stress post-traumatique"});

  // ---------------------------------------------------------------- Ireland

  /** ICD-10-AM code, title and an ACHI-shaped procedure, fixed by the admission. */
  private static String[] hipeDx(Row r) {
    return HIPE.get(fixed(r, "hipe", HIPE.size()));
  }

  private static ResultGrade hipeGrade(Row r) {
    String code = hipeDx(r)[0];
    return switch (code) {
      case "N87.0" -> ABNORMAL_LOW_GRADE;
      case "N87.1", "N87.2", "D06.9" -> ABNORMAL_HIGH_GRADE;
      case "C53.9", "C56" -> CANCER;
      default -> UNGRADED;
    };
  }

  private static final List<String[]> HIPE = List.of(
      new String[] {"N87.0", "Mild cervical dysplasia", "35608-00 Colposcopy with biopsy"},
      new String[] {"N87.1", "Moderate cervical dysplasia", "35647-03 LLETZ"},
      new String[] {"N87.2", "Severe cervical dysplasia, not elsewhere classified",
          "35647-03 LLETZ"},
      new String[] {"D06.9", "Carcinoma in situ of cervix, unspecified", "35618-00 Cone biopsy"},
      new String[] {"C53.9", "Malignant neoplasm of cervix uteri, unspecified",
          "35667-00 Radical hysterectomy"},
      new String[] {"C56", "Malignant neoplasm of ovary", "35713-05 Salpingo-oophorectomy"},
      new String[] {"N92.0", "Excessive and frequent menstruation with regular cycle",
          "35630-00 Hysteroscopy"},
      new String[] {"N83.2", "Other and unspecified ovarian cysts",
          "35638-01 Laparoscopic cystectomy"},
      new String[] {"O03.4", "Spontaneous abortion, incomplete, without complication",
          "35640-03 Evacuation of uterus"});
}
