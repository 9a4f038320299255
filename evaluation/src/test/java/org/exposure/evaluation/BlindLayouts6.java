package org.exposure.evaluation;

import static org.exposure.evaluation.Country.BE;
import static org.exposure.evaluation.Country.DE;
import static org.exposure.evaluation.Country.FR;
import static org.exposure.evaluation.Country.IE;
import static org.exposure.evaluation.Country.NL;
import static org.exposure.evaluation.Country.UK;
import static org.exposure.evaluation.Country.US;
import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
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
import static org.exposure.model.FieldType.SEX;
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
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Hpv;
import org.exposure.model.ResultGrade;

/**
 * The sixth blind part of the corpus (issue 17): twelve CSV layouts in the corpus's first seven
 * countries, from the extracts a DPO receives after a breach at a lab, a screening programme, a
 * hospital, a GP practice or an insurer, written by someone who read neither the classifier's code
 * nor any figure of any part. Each follows a public specification or a documented export
 * convention; its truth comes from the generator, {@code docs/evaluation.md}'s labelling guides and
 * DESIGN.md's type definitions. It is sealed: run it once, then read this Javadoc. {@link Corpus}
 * does not write these layouts.
 *
 * <h2>The layouts</h2>
 *
 * <ol>
 *   <li>{@code nl-pathologielab-cervix-verslagregels} (NL): a pathology lab's report lines for the
 *       screening programme's samples, one row per result (the hrHPV row, then the reflex cytology
 *       row): PA number and the programme's barcode, BSN on most rows, birth name, prefix and the
 *       partner's name in their own columns, initials without dots, birth date, postcode without
 *       its space, sample date, the test, the report line behind a label ({@code Uitslag hrHPV:
 *       ...}, {@code Cytologie: KOPAC-B ... = Pap ...}), the programme's advice (RIVM referral
 *       schedule), the requesting GP, the lab, the status; {@code |}, {@code yyyyMMdd}.
 *   <li>{@code nl-bvo-zelfafnameset-retouren} (NL): the screening organisation's self-sampling kit
 *       (ZAS) list: client number, BSN, salutation, initials, prefix, family name, street, house
 *       number and its suffix apart, postcode, town in capitals, invitation, kit request and lab
 *       receipt dates, the kit's barcode, the hrHPV result (blank for kits not returned), the next
 *       step, the GP, the PALGA objection flag; {@code ;}, Windows-1252, CRLF, {@code d-M-yyyy}.
 *   <li>{@code nl-ziekenhuis-colposcopiespreekuur} (NL): a hospital's colposcopy clinic list, one
 *       row per visit: hospital number, BSN on most, {@code Berg, M.J. van der} (a double name on
 *       some later visits), birth date, mobile, the referring GP, referral date, the referral
 *       smear (HPV type and Pap class in one cell), colposcopy date, the colposcopic impression,
 *       transformation zone type, biopsy histology (CIN grade), the plan, the gynaecologist; TAB,
 *       {@code dd-MM-yyyy}.
 *   <li>{@code nl-zorgverzekeraar-materiele-controle-steekproef} (NL): a health insurer's claims
 *       audit (materiële controle) sample of claim lines, Vektis style: relation number, BSN,
 *       {@code M.J. van der Berg}, birth date, sex, postcode, claim number, provider kind and AGB
 *       code, the service, the diagnosis (ICD-10 with Dutch text for hospital and mental-health
 *       lines), the medicine for pharmacy lines, date, amounts, the audit finding; {@code ;},
 *       {@code yyyy-MM-dd}, men and women, no screening results.
 *   <li>{@code us-lab-oru-r01-segments-flattened} (US): a lab's HL7 v2 ORU^R01 results flattened
 *       to one row per OBX, headers the segment-field names ({@code PID-5 Patient Name}, {@code
 *       OBX-5 Observation Value}): PID-3 MRN with its assigning authority, {@code FAMILY^GIVEN^M},
 *       birth date, sex, CDC race code^display, {@code ^}-separated address, phone, SSN on a
 *       minority, the accession, the CPT service, times, the ordering provider as NPI^name, the
 *       LOINC observation and its value as SNOMED CT code^display (Detected, NILM, ASC-US,
 *       HSIL...), status, a note; {@code yyyyMMdd}.
 *   <li>{@code us-837p-professional-claim-lines} (US): X12 837P professional claims flattened to
 *       one row per line, headers element ids with names: patient control number, member id,
 *       names in capitals, birth date, gender, address, city, state, ZIP+4, payer, rendering NPI,
 *       principal and secondary ICD-10-CM codes without their dot (a gynaecology visit's {@code
 *       Z124} or an abnormal-cytology {@code R87...} finding), the CPT code, charge, service date.
 *   <li>{@code uk-cervical-lab-exeter-result-feed} (UK): a cervical screening lab's result feed to
 *       the call/recall system: NHS number printed 3-3-4, surname in capitals, forenames, previous
 *       surname, DOB, postcode, GP and practice codes, lab reference, date taken, the sample's
 *       source, the combined result, infection and action code ({@code X0A}, {@code 89S}), the
 *       result in NHS wording, the recall in months or the referral, the sending lab; CRLF,
 *       {@code dd-MMM-yyyy}.
 *   <li>{@code uk-gp-practice-cervical-screening-search} (UK): a GP clinical system's search of
 *       cervical screening entries: NHS number, {@code SMITH, Olivia (Mrs)}, DOB, age, usual GP,
 *       ethnicity, mobile, e-mail, code date, the Read code, its term, the associated text (HPV
 *       status), next due date, recall status, exception flag; {@code dd/MM/yyyy}.
 *   <li>{@code be-labo-cervix-cytohistoregister-aanlevering} (BE): a lab's submission to the
 *       cyto-histopathology register of the Cancer Registry, one row per result: INSZ printed
 *       {@code YY.MM.DD-SSS.CC}, names, birth date, sex, postcode, municipality, protocol number,
 *       sample date, the test, the result (hrHPV with genotype in Dutch; cytology in Bethesda
 *       terms, English or French), the requesting doctor, the sickness fund, the advice, a
 *       remark; {@code ;}, {@code dd/MM/yyyy}.
 *   <li>{@code de-okfe-abklaerungskolposkopie-dokumentation} (DE): a colposcopy practice's
 *       documentation for the organised programme's quality assurance (IQTIG's ZKA data set): eGK
 *       insurance number (KVNR), the practice's own patient id, {@code Müller, Anna}, birth date,
 *       the first three digits of the PLZ, the insurer's two-digit IK prefix, the special person
 *       group, BSNR and LANR, the fee code (GOP), date, the primary screening's cytology (Munich
 *       III) and HPV, the colposcopy finding, transformation zone, histology, the recommendation;
 *       {@code ;}, Windows-1252, CRLF, {@code dd.MM.yyyy}.
 *   <li>{@code fr-crcdc-resultats-depistage-col} (FR): the regional screening coordination centre's
 *       (CRCDC) file of cervical results: NIR printed with spaces, birth and usage names, given
 *       names, birth date, address, postcode, town, exam number, sample date, the sample taker,
 *       the exam type (cytology under 30, HPV test with reflex cytology from 30), the conclusion
 *       (HPV and reflex cytology in one cell, or cytology), the next step, the next invitation,
 *       the lab's code; {@code ;}, UTF-8 with BOM, {@code dd/MM/yyyy}.
 *   <li>{@code ie-gp-cervicalcheck-smeartaker-log} (IE): a GP practice's CervicalCheck
 *       smeartaker log: patient id, {@code Aoife Murphy}, DOB, PPSN for some, medical card (GMS)
 *       number for some, address, town, Eircode without its space, mobile, smeartaker,
 *       date taken, CervicalCheck id, lab, date received, the result as the letter words it
 *       ({@code HPV found, abnormal cells: LSIL}), the recommendation, how the woman was told,
 *       notes; CRLF, {@code dd/MM/yyyy}.
 * </ol>
 *
 * <h2>Labelling decisions the guide did not name</h2>
 *
 * Each was taken from DESIGN.md's definitions and the guide's nearest row, never from the
 * classifier:
 *
 * <ul>
 *   <li>Identifiers: the PA number, the programme's and the kit's barcodes, the accession (OBR-3),
 *       the lab reference, the protocol number, the exam number and the CervicalCheck id are
 *       sample or client numbers: RECORD_ID. The claim's patient control number (CLM01) and the
 *       insurer's claim number name a claim: INSURANCE_ID, as the member ids; the Irish medical
 *       card (GMS) number is a public scheme's member number: INSURANCE_ID. The KVNR is
 *       NATIONAL_ID (the guide's row); BSNR, LANR, AGB, NPI, GP and practice codes and smeartaker
 *       numbers PROVIDER.
 *   <li>Names and places: birth name, prefix, partner's name, previous surname and usage name
 *       FAMILY_NAME; initials without dots INITIALS; the salutation OTHER; the house-number
 *       suffix ({@code a}) HOUSE_NUMBER; the PLZ's first three digits and ZIP+4 POSTCODE; state
 *       and county OTHER; PID-11's {@code ^}-separated address a whole address line,
 *       STREET_ADDRESS.
 *   <li>Tests: OBR-4 (the CPT service) and OBX-3 (the LOINC code) say which test: TEST_TYPE. The
 *       837 line's CPT codes mix visits, colposcopy and lab tests billed: PROCEDURE. The German
 *       fee code (GOP) names the colposcopy billed: PROCEDURE.
 *   <li>Results and grades: every result cell is graded by its worst part, as the guide's rows.
 *       SNOMED CT values by their Bethesda meaning (441088002 ASC-H and 441219009 AGC high grade).
 *       The Exeter code by its parts: result {@code X} hrHPV not detected NORMAL, {@code 1}
 *       inadequate UNSATISFACTORY, {@code 2} negative, {@code 8} borderline and {@code 3}
 *       low-grade dyskaryosis as their words, {@code 7} and {@code 4} high grade, {@code 5}
 *       ?invasive CANCER; infection {@code 9} hrHPV positive low grade. Read codes by their term
 *       (4K3E, 4K22 NORMAL; 4K290, 4K2J low grade; 4K2K, 4K2L high grade; 4K2M CANCER; 4K21
 *       UNSATISFACTORY). A KOPAC-B code with its Pap class by the class. The associated text
 *       ({@code hrHPV +ve}) and the Irish letter's {@code HPV found, no abnormal cells} low grade.
 *   <li>ICD-10-CM on claims are DIAGNOSIS: R87.610 ASC-US, R87.612 LSIL and R87.810 high-risk HPV
 *       DNA positive low grade; R87.611 ASC-H and R87.613 HSIL high grade; R87.615 unsatisfactory
 *       cytology UNSATISFACTORY; C53.9 CANCER; the screening encounter Z12.4 and the general
 *       examination Z00.00 state no finding: UNGRADED, as every other non-cervical code.
 *   <li>The colposcopic impression (Dutch, German, {@code Minor change (Grad 1)}) TEST_RESULT by
 *       the guide's colposcopy row; biopsy histology DIAGNOSIS by its CIN grade ({@code kein
 *       Anhalt für CIN} and {@code geen dysplasie} NORMAL). The referral smear (Dutch) and the
 *       primary screening's Munich group and HPV (German) are results the woman came with:
 *       TEST_RESULT, graded ({@code Pap I} NORMAL).
 *   <li>Plans: the programme's advice, the next step, the ZAS follow-up, the policy after
 *       colposcopy, the recall in months or the referral, the recall status, the French {@code
 *       CONDUITE_A_TENIR}, the Irish recommendation, the German recommendation PROCEDURE. Next due
 *       date and next invitation are care events planned: CLINICAL_DATE; so are referral, kit
 *       request, lab receipt and report dates.
 *   <li>Other: the report's status, OBX-2 and OBX-11, source codes, sending lab and lab codes,
 *       sickness funds, payers, the IK prefix, the special person group, the transformation zone
 *       type, amounts, the audit finding, the PALGA objection and exception flags, how the woman
 *       was told OTHER. The CDC race code^display and UK ethnicity RACIAL_OR_ETHNIC_ORIGIN. Notes,
 *       comments and remarks FREE_TEXT, grading nothing.
 *   <li>A man's row never shows a cervical finding: every cervical layout holds women only, and the
 *       two claim layouts give cervical and pregnancy codes to women only.
 * </ul>
 */
final class BlindLayouts6 {
  private BlindLayouts6() {}

  static List<CsvLayout> all() {
    return List.of(palgaNl(), selfSamplingNl(), colposcopyNl(), insurerClaimsNl(), oruUs(),
        claims837Us(), labFeedUk(), practiceSearchUk(), cancerRegistryLabBe(), colposcopyQsDe(),
        programmeResultsFr(), smeartakerLogIe());
  }

  private static int ageAt(Row r) {
    return Period.between(r.p().birthDate(), r.date()).getYears();
  }

  /** A number of {@code digits} digits drawn from a text: the same text, the same number. */
  private static String hashed(String text, int digits) {
    long bound = (long) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d",
        Math.floorMod((long) text.hashCode() * 7919L + text.length(), bound));
  }

  // ------------------------------------------------------------------------------- The Netherlands

  /**
   * A Pap class a cytology row of a Dutch pathology export writes: through KOPAC-B where the code
   * fixes the class (3a1 and worse, and Pap 1), as a bare class otherwise.
   */
  private static Cell cytologyNl(Row r) {
    String pap = r.s().pap();
    return switch (pap) {
      case "0" -> new Cell("Cytologie: Pap 0 (onbeoordeelbaar)", UNSATISFACTORY);
      case "2" -> new Cell("Cytologie: Pap 2", ABNORMAL_LOW_GRADE);
      default -> new Cell("Cytologie: KOPAC-B " + r.s().kopac(r.rng()) + " = Pap "
          + r.s().kopacPap(), Screening.papGrade(r.s().kopacPap()));
    };
  }

  /** The Dutch programme's advice after a sample (RIVM referral schedule, since July 2022). */
  private static String adviceNl(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY) {
      return "Nieuw uitstrijkje";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Terug naar bevolkingsonderzoek";
    }
    if (s.pap().equals("0")) {
      return "Herhalen na 6 weken";
    }
    boolean type1618 = !s.genotype().equals("other");
    ResultGrade g = s.papGrade();
    if (g == NORMAL || g == ABNORMAL_LOW_GRADE && !type1618) {
      return "Controle-uitstrijkje na 12 maanden";
    }
    return "Verwijzing gynaecoloog";
  }

  private static CsvLayout palgaNl() {
    return CsvLayout.of("nl-pathologielab-cervix-verslagregels", NL).delimiter('|')
        .dates("yyyyMMdd").women().ages(30, 65).people(90).rows(1, 2).onePerResult()
        .col("PA-nummer", RECORD_ID, r -> "C" + (r.date().getYear() % 100) + "-"
            + r.sample().substring(1))
        .col("Monsternr", RECORD_ID, r -> "BMHK" + hashed(r.sample() + "/bc", 9))
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(20)
        .col("Geslachtsnaam", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden())
        .col("Voorvoegsel", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? r.p().prefix() : "")
        .col("Naam partner", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().fullFamily())
        .col("Voorletters", INITIALS, r -> r.p().initials().replace(".", ""))
        .col("Geb.dat", BIRTH_DATE, Row::birth)
        .col("PC", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Verrichting", TEST_TYPE, r -> r.part() == Part.HPV ? "hrHPV PCR (cobas 6800)"
            : "Cytologie cervix, reflex (ThinPrep)")
        .graded("Verslagregel", TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell("Uitslag hrHPV: " + r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : cytologyNl(r))
        .col("Advies", PROCEDURE, r -> r.part() == Part.HPV && r.s().hasCytology() ? ""
            : adviceNl(r.s()))
        .col("Aanvrager", PROVIDER, r -> List.of("Huisartsenpraktijk Oosterpoort (AGB 01053318)",
            "J.P. de Graaf, huisarts", "Gezondheidscentrum Noord, praktijk 3",
            "BVO-uitstrijkpost Zwolle").get(r.stable("gp", 4)))
        .col("Laboratorium", OTHER, r -> List.of("PA-lab Midden", "PA-lab Noordoost")
            .get(r.stable("lab", 2)))
        .col("Status", OTHER, r -> r.visitPick("st", 9) == 0 ? "Addendum" : "Definitief");
  }

  private static CsvLayout selfSamplingNl() {
    return CsvLayout.of("nl-bvo-zelfafnameset-retouren", NL).delimiter(';').windows1252()
        .dates("d-M-yyyy").women().ages(30, 60).people(110).rows(1, 2)
        .col("Cliëntnummer", RECORD_ID, r -> "BVO" + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Aanhef", OTHER, r -> "Mevrouw")
        .col("Voorl.", INITIALS, r -> r.p().initials())
        .col("Tussenv.", FAMILY_NAME, r -> r.p().prefix())
        .col("Achternaam", FAMILY_NAME, r -> r.p().family())
        .col("Straat", STREET_ADDRESS, r -> r.p().street())
        .col("Huisnr", HOUSE_NUMBER, r -> String.valueOf(r.p().houseNumber()))
        .col("Toev.", HOUSE_NUMBER, r -> r.p().houseSuffix())
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Woonplaats", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("Uitnodigingsdatum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(35
            + r.visitPick("inv", 40))))
        .col("ZAS aangevraagd", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(12
            + r.visitPick("req", 10))))
        .col("Barcode set", RECORD_ID, r -> "ZAS" + r.sample().substring(1))
        .col("Ontvangen lab", CLINICAL_DATE, r -> returnedNl(r) ? r.when() : "")
        .graded("Uitslag hrHPV", TEST_RESULT, r -> returnedNl(r)
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade()) : Cell.of(""))
        .col("Vervolgactie", PROCEDURE, r -> {
          if (!returnedNl(r)) {
            return "Herinnering versturen";
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> "Geen; volgende uitnodiging over 5 jaar";
            case POSITIVE -> "Uitstrijkje bij huisarts voor cytologie";
            case UNSATISFACTORY -> "Nieuwe zelfafnameset sturen";
          };
        })
        .col("Huisarts", PROVIDER, r -> List.of("Huisartsenpraktijk De Linde",
            "Dr. W. Smit, huisarts", "HAP Centrum (AGB 01060022)", "").get(r.stable("ha", 4)))
        .col("Bezwaar PALGA", OTHER, r -> r.stable("palga", 12) == 0 ? "J" : "N");
  }

  private static boolean returnedNl(Row r) {
    return r.visitPick("ret", 100) < 82;
  }

  /** The screening result a woman was referred to colposcopy with, the same on all her rows. */
  private record Referral(String genotype, String pap) {
    ResultGrade grade() {
      return ABNORMAL_LOW_GRADE.max(Screening.papGrade(pap));
    }
  }

  private static Referral referral(Row r) {
    String pap = List.of("1", "2", "2", "3a1", "3a1", "3a2", "3a2", "3b", "3b", "4", "5")
        .get(r.stable("refpap", 11));
    String genotype = List.of("16", "18", "overig").get(r.stable("refgt", 3));
    if (pap.equals("1") || pap.equals("2") || pap.equals("3a1")) {
      // Below Pap 3a2 only HPV 16 or 18 refers: at once from Pap 2, after a control smear at Pap 1.
      genotype = r.stable("refgt", 2) == 0 ? "16" : "18";
    }
    return new Referral(genotype, pap);
  }

  private static CsvLayout colposcopyNl() {
    return CsvLayout.of("nl-ziekenhuis-colposcopiespreekuur", NL).delimiter('\t')
        .dates("dd-MM-yyyy").women().ages(30, 62).people(80).rows(1, 3)
        .col("Ziekenhuisnr", RECORD_ID, r -> "7" + r.p().recordNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId()).blank(10)
        .col("Patiënt", PERSON_NAME, r -> {
          String family = r.p().family();
          if (!r.p().maiden().isEmpty() && r.visit() % 2 == 1) {
            // Later letters use the double name the woman chose (naamgebruik partner-eigen).
            family = family + "-" + r.p().maiden();
          }
          return family + ", " + r.p().initials() + (r.p().prefix().isEmpty() ? ""
              : " " + r.p().prefix());
        })
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Mobiel", PHONE, r -> r.p().phone()).blank(25)
        .col("Verwijzer", PROVIDER, r -> List.of("Huisarts K. Bos, Zwolle",
            "Huisartsenpraktijk Schoolstraat", "Dr. E. Dijkstra (huisarts)")
            .get(r.stable("verw", 3)))
        .col("Verwijsdatum", CLINICAL_DATE, r -> r.fmt(r.date().minusDays(14
            + r.visitPick("vd", 28))))
        .graded("Verwijsuitslag", TEST_RESULT, r -> {
          Referral ref = referral(r);
          String hpv = ref.genotype().equals("overig") ? "hrHPV overig pos" : "HPV "
              + ref.genotype() + " pos";
          return new Cell(hpv + List.of(" / Pap ", ", Pap ", "; cytologie Pap ")
              .get(r.stable("sep", 3)) + ref.pap(), ref.grade());
        })
        .col("Datum colposcopie", CLINICAL_DATE, Row::when)
        .graded("Colposcopische indruk", TEST_RESULT, r -> switch (impression(r)) {
          case 0 -> new Cell("normaal beeld", NORMAL);
          case 1 -> new Cell("laaggradige afwijking (minor change)", ABNORMAL_LOW_GRADE);
          default -> new Cell("hooggradige afwijking (major change)", ABNORMAL_HIGH_GRADE);
        })
        .col("TZ-type", OTHER, r -> "TZ " + (1 + r.visitPick("tz", 3)))
        .graded("PA biopt", DIAGNOSIS, r -> impression(r) == 0 ? Cell.of("")
            : new Cell(r.histology().dutch, r.histology().grade))
        .col("Beleid", PROCEDURE, r -> {
          if (impression(r) == 0) {
            return "Controle bij huisarts na 6 maanden";
          }
          return switch (r.histology()) {
            case NO_CIN, CIN1 -> "Expectatief, HPV-test en cytologie na 6 maanden";
            case CIN2 -> r.visitPick("cin2", 2) == 0 ? "LLETZ" : "Expectatief (CIN 2, wens)";
            case CIN3 -> "LLETZ";
            case CARCINOMA -> "Verwijzing gynaecologisch oncoloog (MDO)";
          };
        })
        .col("Gynaecoloog", PROVIDER, r -> List.of("dr. M. Vos", "drs. F. Kok",
            "A. Huisman, verpleegkundig specialist").get(r.visitPick("gyn", 3)));
  }

  /** The colposcopic impression of a visit: 0 normal, 1 low grade, 2 high grade. */
  private static int impression(Row r) {
    return switch (r.histology()) {
      case NO_CIN -> r.visitPick("imp", 3) == 0 ? 1 : 0;
      case CIN1 -> 1;
      case CIN2 -> 1 + r.visitPick("imp", 2);
      case CIN3, CARCINOMA -> 2;
    };
  }

  /** What an insurer's claim line is for. */
  private enum ClaimKind { GP, HOSPITAL, PHARMACY, MENTAL }

  private static ClaimKind claimKind(Row r) {
    return List.of(ClaimKind.GP, ClaimKind.GP, ClaimKind.PHARMACY, ClaimKind.PHARMACY,
        ClaimKind.HOSPITAL, ClaimKind.MENTAL).get(r.visitPick("kind", 6));
  }

  private static CsvLayout insurerClaimsNl() {
    return CsvLayout.of("nl-zorgverzekeraar-materiele-controle-steekproef", NL).delimiter(';')
        .dates("yyyy-MM-dd").ages(19, 85).people(95).rows(1, 4).byDate()
        .col("Relatienummer", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("BSN", NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam verzekerde", PERSON_NAME, r -> r.p().initials() + " " + r.p().fullFamily())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> r.p().female() ? "V" : "M")
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Declaratienummer", INSURANCE_ID, r -> "D" + r.date().getYear()
            + r.sample().substring(1))
        .col("Zorgverlenersoort", OTHER, r -> switch (claimKind(r)) {
          case GP -> "01 Huisarts";
          case HOSPITAL -> "06 Ziekenhuis";
          case PHARMACY -> "02 Apotheek";
          case MENTAL -> "73 GGZ-instelling";
        })
        .col("AGB zorgverlener", PROVIDER, r -> switch (claimKind(r)) {
          case GP -> List.of("01012345", "01098766").get(r.stable("agb", 2));
          case HOSPITAL -> "06010437";
          case PHARMACY -> List.of("02054321", "02067890").get(r.stable("apo", 2));
          case MENTAL -> "73730112";
        })
        .col("Prestatie", PROCEDURE, r -> switch (claimKind(r)) {
          case GP -> List.of("Consult regulier 5 tot 20 min", "Visite regulier",
              "Consult regulier 20 min en langer").get(r.visitPick("gpc", 3));
          case HOSPITAL -> r.proc().dutch();
          case PHARMACY -> "Terhandstelling geneesmiddel";
          case MENTAL -> List.of("Behandelconsult psychiater", "Diagnostiek GGZ",
              "Groepsbehandeling").get(r.visitPick("ggz", 3));
        })
        .graded("Diagnose", DIAGNOSIS, r -> {
          Clinical.Dx dx = claimKind(r) == ClaimKind.MENTAL
              ? Clinical.MENTAL.get(r.visitPick("mdx", Clinical.MENTAL.size())) : r.dx();
          boolean womens = dx.icd().startsWith("N87") || dx.icd().startsWith("D06")
              || dx.icd().startsWith("C53") || dx.icd().startsWith("O");
          if (claimKind(r) == ClaimKind.GP || claimKind(r) == ClaimKind.PHARMACY
              || womens && !r.p().female()) {
            // GP and pharmacy lines carry no diagnosis; a man's line no women's diagnosis.
            return Cell.of("");
          }
          return new Cell(dx.icd() + " " + dx.dutch(), dx.grade());
        })
        .col("Geneesmiddel", MEDICATION, r -> claimKind(r) == ClaimKind.PHARMACY
            ? r.med().european() : "")
        .col("Behandeldatum", CLINICAL_DATE, Row::when)
        .col("Gedeclareerd", OTHER, r -> String.format(Locale.ROOT, "%d,%02d",
            8 + r.visitPick("eur", 240), r.visitPick("ct", 100)))
        .col("Eigen risico", OTHER, r -> r.visitPick("er", 3) == 0 ? "0,00"
            : String.format(Locale.ROOT, "%d,%02d", 5 + r.visitPick("er2", 80),
                r.visitPick("er3", 100)))
        .col("Bevinding", OTHER, r -> List.of("Akkoord", "Akkoord", "Akkoord",
            "Nader onderzoek", "Teruggevorderd").get(r.visitPick("mc", 5)));
  }

  // ------------------------------------------------------------------------------- United States

  /** CDC race categories (PHIN VADS CDCREC), code and display, as HL7 v2 PID-10 carries them. */
  private static final List<String> RACE_CDCREC = List.of("2106-3^White^CDCREC",
      "2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC",
      "1002-5^American Indian or Alaska Native^CDCREC", "2131-1^Other Race^CDCREC");

  /** An ORU OBX-5 for the cervical cytology: the SNOMED CT Bethesda finding, code^display^SCT. */
  private static String cytologySnomed(String pap, int pick) {
    return switch (pap) {
      case "0" -> "125154007^Specimen unsatisfactory for evaluation^SCT";
      case "1" -> "373887005^Negative for intraepithelial lesion or malignancy^SCT";
      case "2" -> "441087007^Atypical squamous cells of undetermined significance^SCT";
      case "3a1" -> "62051000119105^Low grade squamous intraepithelial lesion^SCT";
      case "3a2" -> "441088002^Atypical squamous cells, cannot exclude HSIL^SCT";
      case "3b" -> "62061000119107^High grade squamous intraepithelial lesion^SCT";
      case "4" -> pick == 0 ? "441219009^Atypical glandular cells^SCT"
          : "62061000119107^High grade squamous intraepithelial lesion^SCT";
      case "5" -> "1162767002^Squamous cell carcinoma^SCT";
      default -> "";
    };
  }

  private static CsvLayout oruUs() {
    return CsvLayout.of("us-lab-oru-r01-segments-flattened", US).dates("yyyyMMdd").women()
        .ages(21, 65).people(85).rows(1, 2).onePerResult().byDate()
        .col("PID-3 Patient Identifier List", RECORD_ID, r -> r.p().recordNumber() + "^^^MVH^MR")
        .col("PID-5 Patient Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + "^"
            + r.p().given().toUpperCase(Locale.ROOT) + (r.p().middle().isEmpty() ? ""
                : "^" + r.p().middle().charAt(0)))
        .col("PID-7 Date/Time of Birth", BIRTH_DATE, Row::birth)
        .col("PID-8 Administrative Sex", SEX, r -> "F")
        .col("PID-10 Race", RACIAL_OR_ETHNIC_ORIGIN, r -> RACE_CDCREC.get(r.stable("race",
            RACE_CDCREC.size())))
        .col("PID-11 Patient Address", STREET_ADDRESS, r -> r.p().streetLine() + "^^"
            + r.p().city() + "^MA^" + r.p().postcode() + "^USA")
        .col("PID-13 Phone Number - Home", PHONE, r -> "(" + r.p().phone().substring(0, 3) + ")"
            + r.p().phone().substring(4)).blank(15)
        .col("PID-19 SSN Number - Patient", NATIONAL_ID, r -> r.p().nationalId().replace("-", ""))
        .blank(55)
        .col("OBR-3 Filler Order Number", RECORD_ID, r -> (r.part() == Part.HPV ? "MP" : "GY")
            + r.date().getYear() % 100 + "-" + r.sample().substring(3))
        .col("OBR-4 Universal Service Identifier", TEST_TYPE, r -> r.part() == Part.HPV
            ? "87624^HPV high-risk types, amplified probe^CPT"
            : "88175^Cytopathology c/v, thin layer, automated screen^CPT")
        .col("OBR-7 Observation Date/Time", CLINICAL_DATE, r -> r.when()
            + r.clock("obr").replace(":", ""))
        .col("OBR-16 Ordering Provider", PROVIDER, r -> List.of(
            "1588667638^NGUYEN^THI^^^^MD", "1245319599^OKAFOR^GRACE^^^^CNM",
            "1932102084^SULLIVAN^ERIN^^^^NP").get(r.stable("npi", 3)))
        .col("OBR-22 Results Rpt/Status Chng - Date/Time", CLINICAL_DATE, r -> r.fmt(
            r.date().plusDays(3 + r.visitPick("rpt", 9))) + "1630")
        .col("OBX-2 Value Type", OTHER, r -> "CWE")
        .col("OBX-3 Observation Identifier", TEST_TYPE, r -> r.part() == Part.HPV
            ? "82675-0^HPV HR DNA Cvx Ql NAA+probe^LN"
            : "47527-7^Cytology report Cvx/Vag Cyto thin prep^LN")
        .graded("OBX-5 Observation Value", TEST_RESULT, r -> {
          if (r.part() == Part.CYTOLOGY) {
            return new Cell(cytologySnomed(r.s().pap(), r.visitPick("agc", 2)),
                r.s().papGrade());
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("260415000^Not detected^SCT", NORMAL);
            case POSITIVE -> new Cell("260373001^Detected^SCT", ABNORMAL_LOW_GRADE);
            case UNSATISFACTORY -> new Cell("125154007^Specimen unsatisfactory for evaluation^SCT",
                UNSATISFACTORY);
          };
        })
        .col("OBX-11 Observation Result Status", OTHER, r -> r.visitPick("corr", 15) == 0 ? "C"
            : "F")
        .col("NTE-3 Comment", FREE_TEXT, r -> List.of("Specimen received in PreservCyt vial.",
            "Reflex cytology performed per protocol.", "Imager-assisted review.",
            "Corrected report: demographics updated.").get(r.visitPick("nte", 4))).blank(70);
  }

  /**
   * The ICD-10-CM diagnosis a gynaecology claim carries for a woman's screening visit, written as
   * X12 writes codes (no decimal point), and the grade of what it states: the abnormal-cytology
   * findings (R87.61-) by their Bethesda term, a positive high-risk HPV test (R87.810) low grade, a
   * cervical cancer by its C-code; the screening encounter (Z12.4) states no result: UNGRADED.
   */
  private static Cell cervicalIcd(Screening s) {
    if (s.hpv() != Hpv.POSITIVE) {
      return new Cell("Z124", UNGRADED);
    }
    return switch (s.pap()) {
      case "0" -> new Cell("R87615", UNSATISFACTORY);
      case "1" -> new Cell("R87810", ABNORMAL_LOW_GRADE);
      case "2" -> new Cell("R87610", ABNORMAL_LOW_GRADE);
      case "3a1" -> new Cell("R87612", ABNORMAL_LOW_GRADE);
      case "3a2" -> new Cell("R87611", ABNORMAL_HIGH_GRADE);
      case "3b", "4" -> new Cell("R87613", ABNORMAL_HIGH_GRADE);
      default -> new Cell("C539", CANCER);
    };
  }

  private static boolean gynVisitUs(Row r) {
    return r.p().female() && r.visitPick("gyn", 10) < 6;
  }

  private static CsvLayout claims837Us() {
    return CsvLayout.of("us-837p-professional-claim-lines", US).dates("yyyyMMdd").ages(21, 70)
        .people(90).rows(1, 4)
        .col("CLM01 Patient Control Number", INSURANCE_ID, r -> "PCN" + r.sample().substring(1))
        .col("NM109 Subscriber Member ID", INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("NM103 Subscriber Last Name", FAMILY_NAME, r -> r.p().family()
            .toUpperCase(Locale.ROOT))
        .col("NM104 Subscriber First Name", GIVEN_NAME, r -> r.p().given()
            .toUpperCase(Locale.ROOT))
        .col("DMG02 Birth Date", BIRTH_DATE, Row::birth)
        .col("DMG03 Gender Code", SEX, r -> r.p().female() ? "F" : "M")
        .col("N301 Address Line", STREET_ADDRESS, r -> r.p().streetLine()
            .toUpperCase(Locale.ROOT))
        .col("N401 City", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("N402 State", OTHER, r -> "MA")
        .col("N403 ZIP", POSTCODE, r -> r.p().postcode() + hashed(r.p().uuid() + "zip4", 4))
        .col("NM103 Payer Name", OTHER, r -> List.of("BLUE CROSS BLUE SHIELD OF MA",
            "AETNA", "UNITEDHEALTHCARE", "HARVARD PILGRIM").get(r.stable("payer", 4)))
        .col("NM109 Rendering Provider NPI", PROVIDER, r -> gynVisitUs(r)
            ? List.of("1093817465", "1477558291").get(r.stable("gynnpi", 2))
            : List.of("1306849450", "1720082613", "1588667638").get(r.visitPick("npi", 3)))
        .graded("HI01-2 Principal Diagnosis", DIAGNOSIS, r -> gynVisitUs(r)
            ? cervicalIcd(r.s()) : new Cell(nonCervicalIcd(r).icd().replace(".", ""),
                nonCervicalIcd(r).grade()))
        .graded("HI02-2 Diagnosis", DIAGNOSIS, r -> {
          if (r.visitPick("dx2", 3) != 0) {
            return Cell.of("");
          }
          Clinical.Dx dx = nonCervicalIcd(r);
          return gynVisitUs(r) ? new Cell(dx.icd().replace(".", ""), dx.grade())
              : new Cell("Z0000", UNGRADED);
        })
        .col("SV101-2 Procedure Code", PROCEDURE, r -> {
          if (!gynVisitUs(r)) {
            return List.of("99213", "99214", "99395", "36415").get(r.visitPick("cpt", 4));
          }
          boolean colpo = r.s().papGrade() == ABNORMAL_HIGH_GRADE || r.s().papGrade() == CANCER;
          return colpo ? "57454" : List.of("99396", "88175", "87624").get(r.visitPick("cpt", 3));
        })
        .col("SV102 Line Item Charge Amount", OTHER, r -> String.format(Locale.ROOT, "%d.%02d",
            25 + r.visitPick("chg", 400), r.visitPick("chc", 100)))
        .col("DTP03 Service Date", CLINICAL_DATE, Row::when);
  }

  /** A diagnosis a non-gynaecological visit carries: no cervical code, no pregnancy for a man. */
  private static Clinical.Dx nonCervicalIcd(Row r) {
    List<Clinical.Dx> eligible = Clinical.DIAGNOSES.stream()
        .filter(d -> !d.icd().startsWith("N87") && !d.icd().startsWith("D06")
            && !d.icd().startsWith("C53"))
        .filter(d -> r.p().female() || !d.icd().startsWith("O"))
        .toList();
    return eligible.get(r.visitPick("icd", eligible.size()));
  }

  // ------------------------------------------------------------------------------- United Kingdom

  /**
   * The NHS cervical screening result code (Open Exeter): the cytology result ({@code X} hrHPV not
   * detected, {@code 1} inadequate or HPV unreliable, {@code 2} negative, {@code 8} borderline
   * squamous, {@code 3} low-grade, {@code 7} high-grade moderate, {@code 4} severe, {@code 5}
   * ?invasive), the infection code ({@code 0} HPV negative, {@code 9} positive, {@code U}
   * unavailable) and the action ({@code A} routine recall, {@code R} repeat, {@code S} suspend for
   * colposcopy).
   */
  private static String exeterCode(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> "X0A";
      case UNSATISFACTORY -> "1UR";
      case POSITIVE -> switch (s.pap()) {
        case "0" -> "19R";
        case "1" -> "29R";
        case "2" -> "89S";
        case "3a1" -> "39S";
        case "3a2" -> "79S";
        case "3b", "4" -> "49S";
        default -> "59S";
      };
    };
  }

  private static CsvLayout labFeedUk() {
    return CsvLayout.of("uk-cervical-lab-exeter-result-feed", UK).dates("dd-MMM-yyyy").crlf()
        .women().ages(25, 64).people(100).rows(1, 2).byDate()
        .col("NHS No", NATIONAL_ID, r -> r.p().nationalId().substring(0, 3) + " "
            + r.p().nationalId().substring(3, 6) + " " + r.p().nationalId().substring(6))
        .col("Surname", FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Forenames", GIVEN_NAME, r -> (r.p().given() + " " + r.p().middle()).trim())
        .col("Prev Surname", FAMILY_NAME, r -> r.p().maiden().toUpperCase(Locale.ROOT))
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("GP Code", PROVIDER, r -> "G" + (8_504_213 + 37 * r.stable("gp", 6)))
        .col("Practice Code", PROVIDER, r -> List.of("B86012", "B86044", "C84023", "M85063",
            "Y02713", "B82005").get(r.stable("gp", 6)))
        .col("Lab Ref", RECORD_ID, r -> r.date().getYear() % 100 + "C" + r.sample().substring(2))
        .col("Date Taken", CLINICAL_DATE, Row::when)
        .col("Source", OTHER, r -> List.of("G", "G", "G", "N", "C").get(r.visitPick("src", 5)))
        .graded("Res/Inf/Act", TEST_RESULT, r -> new Cell(exeterCode(r.s()), r.s().grade()))
        .graded("Result Text", TEST_RESULT, r -> switch (r.s().hpv()) {
          case NEGATIVE -> new Cell("HR-HPV not detected", NORMAL);
          case UNSATISFACTORY -> new Cell("HR-HPV unreliable/inadequate", UNSATISFACTORY);
          case POSITIVE -> new Cell("HR-HPV detected; " + r.s().nhsCytology(r.rng()),
              r.s().grade());
        })
        .col("Recall (months)", PROCEDURE, r -> {
          String code = exeterCode(r.s());
          if (code.endsWith("S")) {
            return "Refer colposcopy";
          }
          if (code.endsWith("R")) {
            return code.startsWith("2") ? "12" : "3";
          }
          return ageAt(r) < 50 ? "36" : "60";
        })
        .col("Sender", OTHER, r -> List.of("LAB61042", "LAB61077").get(r.stable("lab", 2)));
  }

  /** A GP system's Read code for a cervical screening entry, with its grade. */
  private static Cell readCode(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("4K3E", NORMAL);
      case UNSATISFACTORY -> new Cell("4K21", UNSATISFACTORY);
      case POSITIVE -> switch (s.pap()) {
        case "0" -> new Cell("4K21", UNSATISFACTORY);
        case "1" -> new Cell("4K22", NORMAL);
        case "2" -> new Cell("4K290", ABNORMAL_LOW_GRADE);
        case "3a1" -> new Cell("4K2J", ABNORMAL_LOW_GRADE);
        case "3a2" -> new Cell("4K2K", ABNORMAL_HIGH_GRADE);
        case "3b", "4" -> new Cell("4K2L", ABNORMAL_HIGH_GRADE);
        default -> new Cell("4K2M", CANCER);
      };
    };
  }

  private static Cell readTerm(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("High risk human papillomavirus not detected", NORMAL);
      case UNSATISFACTORY -> new Cell("Cervical smear: inadequate", UNSATISFACTORY);
      case POSITIVE -> switch (s.pap()) {
        case "0" -> new Cell("Cervical smear: inadequate", UNSATISFACTORY);
        case "1" -> new Cell("Cervical smear: negative", NORMAL);
        case "2" -> new Cell("Cervical smear: borderline changes in squamous cells",
            ABNORMAL_LOW_GRADE);
        case "3a1" -> new Cell("Cervical smear: low grade dyskaryosis", ABNORMAL_LOW_GRADE);
        case "3a2" -> new Cell("Cervical smear: high grade dyskaryosis (moderate)",
            ABNORMAL_HIGH_GRADE);
        case "3b", "4" -> new Cell("Cervical smear: high grade dyskaryosis (severe)",
            ABNORMAL_HIGH_GRADE);
        default -> new Cell("Cervical smear: high grade dyskaryosis ?invasive squamous carcinoma",
            CANCER);
      };
    };
  }

  private static CsvLayout practiceSearchUk() {
    return CsvLayout.of("uk-gp-practice-cervical-screening-search", UK).dates("dd/MM/yyyy")
        .women().ages(25, 64).people(90).rows(1, 3)
        .col("NHS Number", NATIONAL_ID, r -> r.p().nationalId())
        .col("Name", PERSON_NAME, r -> r.p().family().toUpperCase(Locale.ROOT) + ", "
            + r.p().given() + " (" + (r.p().maiden().isEmpty() ? "Ms" : "Mrs") + ")")
        .col("Date of Birth", BIRTH_DATE, Row::birth)
        .col("Age", AGE, r -> String.valueOf(Period.between(r.p().birthDate(),
            LocalDate.of(2025, 6, 30)).getYears()))
        .col("Usual GP", PROVIDER, r -> List.of("Dr A Patel", "Dr H Roberts", "Dr S Khan",
            "Dr J Wood").get(r.stable("usual", 4)))
        .col("Ethnicity", RACIAL_OR_ETHNIC_ORIGIN, r -> Clinical.UK_ETHNIC_GROUP.get(
            r.stable("eth", Clinical.UK_ETHNIC_GROUP.size())))
        .col("Mobile Telephone", PHONE, r -> r.p().phone()).blank(15)
        .col("Email Address", EMAIL, r -> r.p().email()).blank(40)
        .col("Code Date", CLINICAL_DATE, Row::when)
        .graded("Read Code", TEST_RESULT, r -> readCode(r.s()))
        .graded("Term", TEST_RESULT, r -> readTerm(r.s()))
        .graded("Associated Text", TEST_RESULT, r -> switch (r.s().hpv()) {
          case POSITIVE -> new Cell(List.of("HR-HPV detected", "HPV positive",
              "hrHPV +ve").get(r.visitPick("assoc", 3)), ABNORMAL_LOW_GRADE);
          case UNSATISFACTORY -> new Cell("HPV test unreliable - repeat 3/12", UNSATISFACTORY);
          case NEGATIVE -> Cell.of("");
        })
        .col("Next Due Date", CLINICAL_DATE, r -> {
          String code = exeterCode(r.s());
          int months = code.endsWith("S") ? 0 : code.endsWith("R")
              ? (code.startsWith("2") ? 12 : 3) : ageAt(r) < 50 ? 36 : 60;
          return months == 0 ? "" : r.fmt(r.date().plusMonths(months));
        })
        .col("Recall Status", PROCEDURE, r -> {
          String code = exeterCode(r.s());
          return code.endsWith("S") ? "Referred to colposcopy" : code.endsWith("R")
              ? "Early recall" : "Routine recall";
        })
        .col("Exception Reported", OTHER, r -> r.visitPick("exc", 20) == 0 ? "Y" : "N");
  }

  // ------------------------------------------------------------------------------- Belgium

  /** A Belgian national number printed as the eID prints it: {@code YY.MM.DD-SSS.CC}. */
  private static String inszPrinted(String eleven) {
    return eleven.substring(0, 2) + "." + eleven.substring(2, 4) + "." + eleven.substring(4, 6)
        + "-" + eleven.substring(6, 9) + "." + eleven.substring(9);
  }

  private static CsvLayout cancerRegistryLabBe() {
    return CsvLayout.of("be-labo-cervix-cytohistoregister-aanlevering", BE).delimiter(';')
        .dates("dd/MM/yyyy").women().ages(25, 64).people(90).rows(1, 2).onePerResult()
        .col("INSZ", NATIONAL_ID, r -> inszPrinted(r.p().nationalId()))
        .col("Naam", FAMILY_NAME, r -> r.p().family())
        .col("Voornaam", GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", BIRTH_DATE, Row::birth)
        .col("Geslacht", SEX, r -> "V")
        .col("Postcode", POSTCODE, r -> r.p().postcode())
        .col("Gemeente", CITY, r -> r.p().city())
        .col("Protocolnr", RECORD_ID, r -> (r.part() == Part.HPV ? "M" : "C")
            + r.date().getYear() % 100 + "." + r.sample().substring(1))
        .col("Afnamedatum", CLINICAL_DATE, Row::when)
        .col("Onderzoek", TEST_TYPE, r -> r.part() == Part.HPV
            ? "hrHPV-test met genotypering (16/18/andere)" : "Cervixcytologie, vloeibaar medium")
        .graded("Resultaat", TEST_RESULT, r -> {
          if (r.part() == Part.CYTOLOGY) {
            // French-speaking pathologists report in French, the others in English terms.
            return new Cell(r.stable("fr", 3) == 0 ? r.s().bethesdaFrench(r.rng())
                : r.s().bethesda(r.rng()), r.s().papGrade());
          }
          return switch (r.s().hpv()) {
            case NEGATIVE -> new Cell("hrHPV negatief", NORMAL);
            case UNSATISFACTORY -> new Cell("niet beoordeelbaar", UNSATISFACTORY);
            case POSITIVE -> new Cell("hrHPV positief - genotype " + (r.s().genotype()
                .equals("other") ? "andere hoog-risico" : r.s().genotype()), ABNORMAL_LOW_GRADE);
          };
        })
        .col("Aanvragend arts", PROVIDER, r -> List.of("Dr. An Peeters, huisarts",
            "Dr. G. Declercq, gynaecoloog", "Dr Camille Dubois (RIZIV 1-17342-61-004)",
            "Groepspraktijk De Linde").get(r.stable("arts", 4)))
        .col("Ziekenfonds", OTHER, r -> List.of("CM", "Solidaris", "Helan", "LM", "Partena")
            .get(r.stable("zf", 5)))
        .col("Vervolgadvies", PROCEDURE, r -> {
          if (r.part() == Part.HPV && r.s().hasCytology()) {
            return "";
          }
          if (r.s().hpv() == Hpv.UNSATISFACTORY || r.s().pap().equals("0")) {
            return "Nieuwe afname binnen 3 maanden";
          }
          if (r.s().hpv() == Hpv.NEGATIVE) {
            return "Volgende screening na 5 jaar";
          }
          return r.s().papGrade() == NORMAL ? "HPV-test na 12 maanden" : "Colposcopie";
        })
        .col("Opmerking", FREE_TEXT, r -> List.of("Staal laattijdig ontvangen",
            "Weinig cellulair materiaal", "Ontstekingsbeeld aanwezig",
            "Vorige uitslag: zie CERVIBASE")
            .get(r.visitPick("opm", 4))).blank(75);
  }

  // ------------------------------------------------------------------------------- Germany

  /** The cytology (Munich III group) and HPV result a woman was referred to colposcopy with. */
  private static Cell munichReferral(Row r) {
    return switch (r.stable("mn", 8)) {
      case 0, 1 -> new Cell("Pap I", NORMAL);
      case 2, 3 -> new Cell("Pap IIID1", ABNORMAL_LOW_GRADE);
      case 4, 5 -> new Cell("Pap IIID2", ABNORMAL_HIGH_GRADE);
      case 6 -> new Cell("Pap IVa-p", ABNORMAL_HIGH_GRADE);
      default -> new Cell("Pap V-p", CANCER);
    };
  }

  private static CsvLayout colposcopyQsDe() {
    return CsvLayout.of("de-okfe-abklaerungskolposkopie-dokumentation", DE).delimiter(';')
        .windows1252().dates("dd.MM.yyyy").women().ages(35, 65).people(80).rows(1, 2)
        .col("eGK-Versichertennummer", NATIONAL_ID, r -> r.p().nationalId())
        .col("einrichtungsinterne ID", RECORD_ID, r -> "P" + r.p().recordNumber())
        .col("Name, Vorname", PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geburtsdatum", BIRTH_DATE, Row::birth)
        .col("PLZ (3-stellig)", POSTCODE, r -> r.p().postcode().substring(0, 3))
        .col("IK Kasse (2-stellig)", OTHER, r -> List.of("10", "10", "26", "13", "16")
            .get(r.stable("ik", 5)))
        .col("besondere Personengruppe", OTHER, r -> r.stable("bpg", 15) == 0 ? "4" : "00")
        .col("BSNR", PROVIDER, r -> List.of("721234500", "721987600").get(r.stable("bsnr", 2)))
        .col("LANR", PROVIDER, r -> List.of("123456753", "234567853", "345678953")
            .get(r.visitPick("lanr", 3)))
        .col("GOP", PROCEDURE, r -> r.visit() == 0 ? "01765" : "01764")
        .col("Datum Untersuchung", CLINICAL_DATE, Row::when)
        .graded("Zytologie (MN III) Primärscreening", TEST_RESULT, BlindLayouts6::munichReferral)
        .graded("HPV-Test Primärscreening", TEST_RESULT, r -> {
          if (r.stable("mn", 8) >= 4 && r.stable("hpvdone", 3) == 0) {
            return Cell.of("");
          }
          return new Cell(List.of("HPV-HR positiv", "HR-HPV: positiv (HPV 16)",
              "HPV 18 positiv").get(r.stable("hpvt", 3)), ABNORMAL_LOW_GRADE);
        })
        .graded("Kolposkopiebefund", TEST_RESULT, r -> switch (impression(r)) {
          case 0 -> new Cell("Normalbefund", NORMAL);
          case 1 -> new Cell("Minor change (Grad 1)", ABNORMAL_LOW_GRADE);
          default -> new Cell("Major change (Grad 2)", ABNORMAL_HIGH_GRADE);
        })
        .col("Transformationszone", OTHER, r -> "Typ " + (1 + r.visitPick("tz", 3)))
        .graded("Histologie", DIAGNOSIS, r -> impression(r) == 0 ? Cell.of("")
            : switch (r.histology()) {
              case NO_CIN -> new Cell("kein Anhalt für CIN", NORMAL);
              case CIN1 -> new Cell("CIN 1 (LSIL)", ABNORMAL_LOW_GRADE);
              case CIN2 -> new Cell("CIN 2 (HSIL)", ABNORMAL_HIGH_GRADE);
              case CIN3 -> new Cell("CIN 3 (HSIL)", ABNORMAL_HIGH_GRADE);
              case CARCINOMA -> new Cell("invasives Plattenepithelkarzinom", CANCER);
            })
        .col("Empfehlung", PROCEDURE, r -> {
          if (impression(r) == 0) {
            return "Rückkehr ins Screening";
          }
          return switch (r.histology()) {
            case NO_CIN, CIN1 -> "Kontrolle in 6 Mon. (Zytologie + HPV)";
            case CIN2 -> "Kontrolle in 6 Mon. oder Konisation";
            case CIN3 -> "Schlingenkonisation (LEEP)";
            case CARCINOMA -> "Vorstellung Tumorkonferenz";
          };
        });
  }

  // ------------------------------------------------------------------------------- France

  /** A NIR printed with the spaces of the carte Vitale: {@code 2 85 07 69 123 456 78}. */
  private static String nirPrinted(String nir) {
    return nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " "
        + nir.substring(5, 7) + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " "
        + nir.substring(13);
  }

  /** The organised programme's conclusion: cytology under 30, HPV first (reflex cytology) after. */
  private static Cell conclusionFr(Row r) {
    Screening s = r.s();
    if (ageAt(r) < 30) {
      if (s.hasCytology()) {
        return new Cell("Cytologie : " + s.bethesdaFrench(r.rng()), s.papGrade());
      }
      return s.hpv() == Hpv.UNSATISFACTORY
          ? new Cell("Cytologie : Frottis non interprétable", UNSATISFACTORY)
          : new Cell("Cytologie : NILM", NORMAL);
    }
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "HPV HR : négatif";
      case POSITIVE -> "HPV HR : positif";
      case UNSATISFACTORY -> "HPV HR : Prélèvement non interprétable";
    };
    if (!s.hasCytology()) {
      return new Cell(hpv, s.hpvGrade());
    }
    return new Cell(hpv + List.of(" / Cytologie réflexe : ", " - cytologie : ", " ; ")
        .get(r.visitPick("sep", 3)) + s.bethesdaFrench(r.rng()), s.grade());
  }

  private static CsvLayout programmeResultsFr() {
    return CsvLayout.of("fr-crcdc-resultats-depistage-col", FR).delimiter(';').bom()
        .dates("dd/MM/yyyy").women().ages(25, 65).people(100).rows(1, 2)
        .col("NIR", NATIONAL_ID, r -> nirPrinted(r.p().nationalId()))
        .col("NOM_NAISSANCE", FAMILY_NAME, r -> (r.p().maiden().isEmpty() ? r.p().family()
            : r.p().maiden()).toUpperCase(Locale.ROOT))
        .col("NOM_USAGE", FAMILY_NAME, r -> r.p().maiden().isEmpty() ? ""
            : r.p().family().toUpperCase(Locale.ROOT))
        .col("PRENOMS", GIVEN_NAME, r -> r.p().middle().isEmpty() ? r.p().given()
            : r.p().given() + ", " + r.p().middle())
        .col("DATE_NAISSANCE", BIRTH_DATE, Row::birth)
        .col("ADRESSE", STREET_ADDRESS, r -> r.p().streetLine())
        .col("CODE_POSTAL", POSTCODE, r -> r.p().postcode())
        .col("COMMUNE", CITY, r -> r.p().city().toUpperCase(Locale.ROOT))
        .col("N_EXAMEN", RECORD_ID, r -> "ACP" + r.date().getYear() + r.sample().substring(2))
        .col("DATE_PRELEVEMENT", CLINICAL_DATE, Row::when)
        .col("PRELEVEUR", PROVIDER, r -> List.of("Dr GIRARD Sophie (gynécologue)",
            "LEROY Pauline, sage-femme", "Dr MOREL Julien (médecin généraliste)",
            "Centre de santé sexuelle").get(r.stable("prel", 4)))
        .col("TYPE_EXAMEN", TEST_TYPE, r -> ageAt(r) < 30 ? "Examen cytologique (primaire)"
            : "Test HPV-HR + cytologie réflexe si positif")
        .graded("CONCLUSION", TEST_RESULT, BlindLayouts6::conclusionFr)
        .col("CONDUITE_A_TENIR", PROCEDURE, r -> {
          ResultGrade g = conclusionFr(r).grade();
          if (g == UNSATISFACTORY) {
            return "Nouveau prélèvement";
          }
          if (g == NORMAL) {
            return ageAt(r) < 30 ? "Cytologie à 3 ans" : "Test HPV à 5 ans";
          }
          return r.s().hasCytology() && r.s().papGrade() == NORMAL ? "Test HPV à 1 an"
              : "Colposcopie";
        })
        .col("DATE_PROCHAINE_INVITATION", CLINICAL_DATE, r -> r.fmt(r.date().plusYears(
            ageAt(r) < 30 ? 3 : 5)))
        .col("CODE_LABO", OTHER, r -> List.of("ACP-69-014", "ACP-31-002", "ACP-44-007")
            .get(r.stable("labo", 3)));
  }

  // ------------------------------------------------------------------------------- Ireland

  /** The CervicalCheck result as a letter words it, and its grade. */
  private static Cell cervicalCheckIe(Row r) {
    Screening s = r.s();
    return switch (s.hpv()) {
      case NEGATIVE -> new Cell("HPV not found", NORMAL);
      case UNSATISFACTORY -> new Cell("Inadequate - repeat in 3 months", UNSATISFACTORY);
      case POSITIVE -> switch (s.pap()) {
        case "0" -> new Cell("HPV found; cytology inadequate", s.grade());
        case "1" -> new Cell("HPV found, no abnormal cells", ABNORMAL_LOW_GRADE);
        default -> new Cell("HPV found, abnormal cells: " + s.bethesda(r.rng()), s.grade());
      };
    };
  }

  private static CsvLayout smeartakerLogIe() {
    return CsvLayout.of("ie-gp-cervicalcheck-smeartaker-log", IE).dates("dd/MM/yyyy").crlf()
        .women().ages(25, 65).people(90).rows(1, 2)
        .col("Patient ID", RECORD_ID, r -> r.p().recordNumber())
        .col("Name", PERSON_NAME, r -> r.p().given() + " " + r.p().family())
        .col("DOB", BIRTH_DATE, Row::birth)
        .col("PPSN", NATIONAL_ID, r -> r.p().nationalId()).blank(30)
        .col("GMS No", INSURANCE_ID, r -> r.stable("gms", 5) < 2
            ? hashed(r.p().uuid() + "gms", 7) + "M" : "")
        .col("Address 1", STREET_ADDRESS, r -> r.p().streetLine())
        .col("Address 2", CITY, r -> r.p().city())
        .col("Eircode", POSTCODE, r -> r.p().postcode().replace(" ", ""))
        .col("Mobile", PHONE, r -> r.p().phone())
        .col("Smeartaker", PROVIDER, r -> List.of("Orla Keane RGN (ST 40217)",
            "Dr Cian Brennan (ST 31988)").get(r.visitPick("st", 2)))
        .col("Date Taken", CLINICAL_DATE, Row::when)
        .col("CervicalCheck ID", RECORD_ID, r -> "CC" + hashed(r.p().uuid() + "cc", 7))
        .col("Lab", OTHER, r -> List.of("Coombe Hospital Lab", "CPL Dublin")
            .get(r.visitPick("lab", 2)))
        .col("Date Result Received", CLINICAL_DATE, r -> r.fmt(r.date().plusDays(10
            + r.visitPick("rec", 30))))
        .graded("Result", TEST_RESULT, BlindLayouts6::cervicalCheckIe)
        .col("Recommendation", PROCEDURE, r -> {
          ResultGrade g = cervicalCheckIe(r).grade();
          if (g == UNSATISFACTORY) {
            return "Repeat test in 3 months";
          }
          if (g == NORMAL) {
            return ageAt(r) < 30 ? "Routine screening in 3 years" : "Routine screening in 5 years";
          }
          return r.s().papGrade() == NORMAL ? "Repeat HPV test in 12 months"
              : "Refer to colposcopy";
        })
        .col("Patient Informed", OTHER, r -> List.of("Text", "Letter", "Phone call", "")
            .get(r.visitPick("inf", 4)))
        .col("Notes", FREE_TEXT, r -> List.of("Pt prefers text", "Reminder sent x1",
            "Colp appt letter rec'd", "Pt anxious, call back booked").get(r.visitPick("n", 4)))
        .blank(60);
  }
}
