package org.exposure.evaluation;

import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.NONE;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.exposure.evaluation.CsvLayout.Cell;
import org.exposure.evaluation.CsvLayout.Part;
import org.exposure.evaluation.CsvLayout.Row;
import org.exposure.evaluation.Screening.Hpv;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The sixteenth blind part of the corpus. <b>Sealed</b>: written without reading the classifier,
 * its dictionaries or any other part, and never run through the classifier by its author; its
 * per-layout results are read once, after merging.
 *
 * <p>The founding case and its neighbours, as a DPO holds them after a breach at a
 * cervical-screening laboratory: the lab's exports to the screening organisation, to GPs and to the
 * national pathology archive, its invoices to insurers, its sample-tracking and quality-control
 * lists, its requests for a repeat sample, and its work for the programmes of neighbouring
 * countries that send it samples.
 *
 * <ol>
 *   <li>{@code nl-b16-lab-terugkoppeling-so}: the lab's result return to the screening
 *       organisation, one row per result (hrHPV row, then the reflex cytology row). RIVM
 *       "Uitvoeringskader bevolkingsonderzoek baarmoederhalskanker" (hrHPV first, reflex cytology,
 *       KOPAC-B with Pap, self-sampling kit) and the NVVP cytology guideline; Windows-1252,
 *       semicolons, dd-MM-yyyy.
 *   <li>{@code nl-b16-lab-uitslagen-huisarts}: results for the GP, one row per woman, HPV and
 *       cytology in one cell (the MEDLAB message's result text as a GP information system lists
 *       it), with the follow-up advice of the RIVM referral schedule (July 2022); AGB codes of
 *       Vektis.
 *   <li>{@code nl-b16-lab-palga-aanlevering}: the delivery to the national pathology archive
 *       (PALGA): excerpt number, KOPAC-B, Pap and hrHPV in separate fields and a conclusion line,
 *       pipe-separated, as in the PALGA excerpt description (Casparie et al. 2007; PALGA's protocol
 *       "Cervixcytologie").
 *   <li>{@code nl-b16-lab-declaraties}: the lab's claims to health insurers for diagnostic
 *       (indication) smears, Vektis declaration style: claim number, BSN, UZOVI, member number,
 *       service, amount.
 *   <li>{@code nl-b16-lab-monstervolgsysteem}: the sample-tracking list of the lab's LIMS: barcode,
 *       receipt, status, rack, the authorised HPV result abbreviated.
 *   <li>{@code nl-b16-lab-kwaliteitsrevisie}: the quality-control list of cytology rescreening
 *       (NVVP quality guideline: rescreening by a second screener or the pathologist), bare Pap
 *       classes.
 *   <li>{@code nl-b16-lab-herhaalverzoeken}: the mail-merge list of letters asking for a new
 *       sample, a GP smear or a control smear (RIVM referral schedule: unsatisfactory ZAS, hrHPV
 *       positive ZAS, Pap 0, control at 12 months), addresses split as the BRP splits them.
 *   <li>{@code be-b16-labo-cvko-registratie}: the lab's registration file for the Flemish programme
 *       (Centrum voor Kankeropsporing, bevolkingsonderzoek baarmoederhalskanker; its protocol of
 *       2025: women 25-29 cytology first and HPV only on abnormal cells, from 30 hrHPV first):
 *       INSZ, Bethesda terms as Flemish labs report them, hrHPV in Flemish wording; UTF-8 with
 *       BOM.
 *   <li>{@code be-b16-labo-facturatie-vi}: the lab's invoice file to Belgian sickness funds (eFact
 *       conventions: INSZ, insurer code, member number, RIZIV/INAMI nomenclature, prescriber's
 *       RIZIV number), bilingual Dutch/French headers as Brussels labs write them.
 *   <li>{@code de-b16-labor-zytologie-befunde}: a German lab's findings for the sending
 *       gynaecologists (oKFE-RL since 2020: co-test from 35; Münchner Nomenklatur III), KVNR,
 *       labelled parts ({@code Zytologie: Pap IIID2; HPV: positiv}), Windows-1252, dd.MM.yyyy.
 *   <li>{@code fr-b16-labo-transmission-crcdc}: a French lab's transmission to the regional
 *       screening centre (CRCDC; HAS 2019: HPV test from 30, cytology triage), one row per
 *       examination, NIR, Bethesda in French, RPPS of the sampling doctor.
 *   <li>{@code ie-b16-lab-cervicalcheck-return}: an Irish programme's results returned by the lab
 *       (CervicalCheck programme: HPV primary screening since 2020, cytology triage, recall
 *       advice), PPSN, Eircode, code-and-text result cells ({@code 3 - HSIL}).
 * </ol>
 *
 * <p>Labelling notes (judgement calls where the labelling guide is silent):
 *
 * <ul>
 *   <li>A barcode, sample number, excerpt number or programme number is a {@code RECORD_ID}; the
 *       lab's claim number to an insurer is an {@code INSURANCE_ID} ("a claim number").
 *   <li>The kind of sample ({@code uitstrijkje}, {@code ZAS}) and the analysis ({@code hrHPV},
 *       {@code Cytologie}) say which test: {@code TEST_TYPE}. A claim's billed service (an internal
 *       service code or its text, naming the test) is also {@code TEST_TYPE}: it says which test
 *       was done, not a procedure on the woman.
 *   <li>A follow-up advice and a repeat letter's next step are {@code PROCEDURE} ("done or
 *       planned"). A repeat letter's reason that states the result ({@code ZAS hrHPV positief}) is
 *       {@code TEST_RESULT}, graded as the result it states.
 *   <li>Sample receipt, authorisation and "repeat before" dates are {@code CLINICAL_DATE} (dates of
 *       the care event, like an invitation). Rack positions, statuses, discrepancy flags, screener
 *       codes and amounts are {@code OTHER}; a salutation is {@code OTHER}.
 *   <li>The PALGA conclusion holds only cytology and HPV, so it is {@code TEST_RESULT}.
 *   <li>Bare Pap classes ({@code 3a2}) and abbreviations ({@code pos}, {@code neg}, {@code ob} for
 *       onbeoordeelbaar, {@code +}/{@code -}) are graded as the result they abbreviate.
 *   <li>The insurer's and sickness fund's codes (UZOVI, OA 1xx) name organisations: {@code OTHER}.
 * </ul>
 */
final class BlindLayouts16 {
  private BlindLayouts16() {}

  static List<CsvLayout> all() {
    return List.of(nlTerugkoppeling(), nlHuisarts(), nlPalga(), nlDeclaraties(),
        nlMonstervolg(), nlKwaliteit(), nlHerhaal(), beCvko(), beFacturatie(), deBefunde(),
        frCrcdc(), ieCervicalCheck());
  }

  // ------------------------------------------------------------------------------- helpers

  /** A name from the country's family names, fixed for the person (her GP, her sender). */
  private static String doctor(Row r, String title) {
    List<String> names = r.p().country().familyNames();
    return title + names.get(r.stable("doctor", names.size()));
  }

  /** A fixed number of {@code n} digits for the person's doctor. */
  private static String doctorDigits(Row r, int n) {
    return String.format(Locale.ROOT, "%0" + n + "d", r.stable("doctor-" + n,
        (int) Math.pow(10, n)));
  }

  /** The Dutch advice of the referral schedule for a sample. */
  private static String adviesDutch(Screening s) {
    if (s.hpv() == Hpv.UNSATISFACTORY || s.pap().equals("0")) {
      return "Nieuw monster";
    }
    if (s.hpv() == Hpv.NEGATIVE) {
      return "Geen vervolg, volgende ronde";
    }
    return switch (s.pap()) {
      case "1" -> "Controle-uitstrijkje na 12 mnd";
      case "2", "3a1" -> s.genotype().equals("other") ? "Controle-uitstrijkje na 12 mnd"
          : "Verwijzing gynaecoloog";
      default -> "Verwijzing gynaecoloog";
    };
  }

  // ------------------------------------------------------------------------------- NL

  static CsvLayout nlTerugkoppeling() {
    return CsvLayout.of("nl-b16-lab-terugkoppeling-so", Country.NL).women().ages(30, 65)
        .people(70).rows(1, 2).onePerResult().byDate().windows1252().delimiter(';')
        .dates("dd-MM-yyyy")
        .col("Monsternummer", FieldType.RECORD_ID, Row::sample)
        .col("BSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Geboortedatum", FieldType.BIRTH_DATE, Row::birth)
        .col("Afnamedatum", FieldType.CLINICAL_DATE, Row::when)
        // Reflex cytology needs a smear: a self-sampling kit (ZAS) only where none was done.
        .col("Soort monster", FieldType.TEST_TYPE,
            r -> !r.s().hasCytology() && r.visitPick("zas", 3) == 0 ? "ZAS" : "uitstrijkje")
        .col("Bepaling", FieldType.TEST_TYPE,
            r -> r.part() == Part.HPV ? "hrHPV" : "Cytologie")
        .graded("KOPAC-B", FieldType.TEST_RESULT, BlindLayouts16::kopacCell)
        .graded("Uitslag", FieldType.TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvDutch(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().papDutch(r.rng()), r.s().papGrade()))
        .col("Vervolgadvies", FieldType.PROCEDURE, r -> adviesDutch(r.s()));
  }

  private static Cell kopacCell(Row r) {
    if (r.part() != Part.CYTOLOGY || r.s().pap().equals("0")) {
      return Cell.of("");
    }
    return new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap()));
  }

  static CsvLayout nlHuisarts() {
    return CsvLayout.of("nl-b16-lab-uitslagen-huisarts", Country.NL).women().ages(30, 65)
        .people(110).delimiter(',').quoteAll().dates("d-M-yyyy")
        .col("Patiëntnaam", FieldType.PERSON_NAME,
            r -> r.p().fullFamily() + ", " + r.p().initials())
        .col("Geb.datum", FieldType.BIRTH_DATE, Row::birth)
        .col("BSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("AGB-code huisarts", FieldType.PROVIDER, r -> "01" + doctorDigits(r, 6))
        .col("Huisarts", FieldType.PROVIDER, r -> doctor(r, "Dr. "))
        .col("Datum monstername", FieldType.CLINICAL_DATE, Row::when)
        .col("Onderzoek", FieldType.TEST_TYPE, r -> "BVO BMHK hrHPV + reflexcytologie")
        .graded("Uitslag", FieldType.TEST_RESULT,
            r -> new Cell(r.s().combinedDutch(r.rng()), r.s().grade()))
        .col("Advies", FieldType.PROCEDURE, r -> adviesDutch(r.s()));
  }

  static CsvLayout nlPalga() {
    return CsvLayout.of("nl-b16-lab-palga-aanlevering", Country.NL).women().ages(30, 65)
        .people(90).rows(1, 2).delimiter('|').dates("yyyyMMdd")
        .col("EXCERPTNR", FieldType.RECORD_ID, r -> "C" + r.sample().substring(1) + "-" + r.visit())
        .col("GEBDAT", FieldType.BIRTH_DATE, Row::birth)
        .col("GESLACHT", FieldType.SEX, r -> "V")
        .col("PC4", FieldType.POSTCODE, r -> r.p().postcode().substring(0, 4))
        .col("ONTVDAT", FieldType.CLINICAL_DATE, Row::when)
        .col("MATERIAAL", FieldType.TEST_TYPE, r -> "cervix, uitstrijkje")
        .graded("HRHPV", FieldType.TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "neg";
          case POSITIVE -> r.s().genotype().equals("other") ? "pos overig" : "pos "
              + r.s().genotype();
          case UNSATISFACTORY -> "onbeoordeelbaar";
        }, r.s().hpvGrade()))
        .graded("KOPACB", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            && !r.s().pap().equals("0")
            ? new Cell(r.s().kopac(r.rng()), Screening.papGrade(r.s().kopacPap())) : Cell.of(""))
        .graded("PAP", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell("Pap" + r.s().pap(), r.s().papGrade()) : Cell.of(""))
        .graded("CONCLUSIE", FieldType.TEST_RESULT, BlindLayouts16::palgaConclusie);
  }

  /** The excerpt's conclusion line: the topography, then each result after a colon. */
  private static Cell palgaConclusie(Row r) {
    Screening s = r.s();
    String hpv = switch (s.hpv()) {
      case NEGATIVE -> "hrHPV negatief";
      case POSITIVE -> "hrHPV positief";
      case UNSATISFACTORY -> "hrHPV niet te beoordelen";
    };
    String text = "Cervix, uitstrijkje: " + hpv;
    if (s.hasCytology()) {
      text += ". Cytologie: Pap " + s.pap() + (s.pap().equals("0") ? " (onbeoordeelbaar)" : "");
    }
    return new Cell(text, s.grade());
  }

  static CsvLayout nlDeclaraties() {
    return CsvLayout.of("nl-b16-lab-declaraties", Country.NL).women().ages(25, 75)
        .people(60).rows(1, 3).delimiter(';').dates("yyyy-MM-dd")
        .col("Declaratienummer", FieldType.INSURANCE_ID,
            r -> "DL" + r.sample().substring(1) + r.visit())
        .col("BSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Geboortedatum", FieldType.BIRTH_DATE, Row::birth)
        .col("UZOVI", FieldType.OTHER, r -> List.of("3311", "3343", "7029", "0101", "3358")
            .get(r.stable("uzovi", 5)))
        .col("Verzekerdennummer", FieldType.INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Prestatiecode", FieldType.TEST_TYPE,
            r -> List.of("LAB-HPV", "LAB-CYT", "LAB-HPV+CYT").get(r.visitPick("prest", 3)))
        .col("Omschrijving prestatie", FieldType.TEST_TYPE,
            r -> List.of("hrHPV-bepaling", "Cytologisch onderzoek cervix",
                "hrHPV met reflexcytologie").get(r.visitPick("prest", 3)))
        .col("Datum prestatie", FieldType.CLINICAL_DATE, Row::when)
        .col("AGB aanvrager", FieldType.PROVIDER, r -> "01" + doctorDigits(r, 6))
        .col("Bedrag", FieldType.OTHER,
            r -> List.of("38,12", "41,67", "79,79").get(r.visitPick("prest", 3)));
  }

  static CsvLayout nlMonstervolg() {
    return CsvLayout.of("nl-b16-lab-monstervolgsysteem", Country.NL).women().ages(30, 65)
        .people(75).rows(1, 2).byDate().delimiter('\t').dates("dd/MM/yyyy")
        .col("barcode", FieldType.RECORD_ID, Row::sample)
        .col("ontvangen", FieldType.CLINICAL_DATE, Row::when)
        .col("achternaam", FieldType.FAMILY_NAME, r -> r.p().fullFamily())
        .col("vl", FieldType.INITIALS, r -> r.p().initials())
        .col("gebdat", FieldType.BIRTH_DATE, Row::birth)
        .col("rek/positie", FieldType.OTHER, r -> String.format(Locale.ROOT, "R%02d-%c%d",
            r.visitPick("rek", 40), (char) ('A' + r.visitPick("rij", 8)), 1 + r.visitPick("k", 12)))
        .col("status", FieldType.OTHER, r -> List.of("ontvangen", "geanalyseerd", "geautoriseerd",
            "verzonden").get(r.visitPick("status", 4)))
        .graded("HPV", FieldType.TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "neg";
          case POSITIVE -> "pos";
          case UNSATISFACTORY -> "ob";
        }, r.s().hpvGrade()))
        .col("cyto", FieldType.OTHER, r -> r.s().hasCytology() ? "gereed" : "n.v.t.")
        .col("medewerker", FieldType.OTHER, r -> List.of("AVD", "JKO", "MBR", "SLI")
            .get(r.visitPick("mw", 4)));
  }

  static CsvLayout nlKwaliteit() {
    return CsvLayout.of("nl-b16-lab-kwaliteitsrevisie", Country.NL).women().ages(30, 65)
        .people(80).rows(1, 2).delimiter(';').dates("dd-MM-yy")
        .col("Monsternr.", FieldType.RECORD_ID, Row::sample)
        .col("Datum beoordeling", FieldType.CLINICAL_DATE, Row::when)
        .col("Geb.dat.", FieldType.BIRTH_DATE, Row::birth)
        .graded("hrHPV", FieldType.TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "-";
          case POSITIVE -> "+";
          case UNSATISFACTORY -> "0";
        }, r.s().hpvGrade()))
        .graded("Pap screener", FieldType.TEST_RESULT, r -> r.s().hasCytology()
            ? new Cell(r.s().pap(), r.s().papGrade()) : Cell.of(""))
        .graded("Pap revisie", FieldType.TEST_RESULT, BlindLayouts16::revisie)
        .col("Discrepantie", FieldType.OTHER, r -> r.s().hasCytology()
            && !revisie(r).text().equalsIgnoreCase(r.s().pap()) ? "ja" : "nee")
        .col("Screener", FieldType.OTHER, r -> "CS" + (1 + r.visitPick("cs", 6)));
  }

  /** The rescreened class: one class worse in about one sample in eight, drawn for the visit. */
  private static Cell revisie(Row r) {
    String pap = r.s().pap();
    if (pap.isEmpty()) {
      return Cell.of("");
    }
    int i = Screening.PAP_CLASSES.indexOf(pap);
    if (i > 0 && i < Screening.PAP_CLASSES.size() - 1 && r.visitPick("rev", 8) == 0) {
      pap = Screening.PAP_CLASSES.get(i + 1);
    }
    return new Cell(pap.toUpperCase(Locale.ROOT), Screening.papGrade(pap));
  }

  static CsvLayout nlHerhaal() {
    return CsvLayout.of("nl-b16-lab-herhaalverzoeken", Country.NL).women().ages(30, 65)
        .people(85).delimiter(';').bom().crlf()
        .col("Aanhef", FieldType.OTHER, r -> "Mevrouw")
        .col("Voorletters", FieldType.INITIALS, r -> r.p().initials())
        .col("Tussenvoegsel", FieldType.FAMILY_NAME, r -> r.p().prefix())
        .col("Achternaam", FieldType.FAMILY_NAME, r -> r.p().family())
        .col("Straat", FieldType.STREET_ADDRESS, r -> r.p().street())
        .col("Huisnr", FieldType.HOUSE_NUMBER, r -> r.p().houseNumber() + r.p().houseSuffix())
        .col("Postcode", FieldType.POSTCODE, r -> r.p().postcode())
        .col("Woonplaats", FieldType.CITY, r -> r.p().city())
        .graded("Reden", FieldType.TEST_RESULT, r -> herhaal(r).reason())
        .col("Vervolgstap", FieldType.PROCEDURE, r -> herhaal(r).step())
        // A letter's date is written out in Dutch: "20 november 2020".
        .col("Herhalen vóór", FieldType.CLINICAL_DATE, r -> LETTER_DATE.format(
            r.date().plusMonths(herhaal(r).months())));
  }

  private static final DateTimeFormatter LETTER_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  /** A repeat letter: why (the result that asks for it), the next step, and its term. */
  private record Herhaal(Cell reason, String step, int months) {}

  /**
   * Only results that ask for a new sample reach this list (RIVM referral schedule), so the reason
   * is drawn for the visit from those, not from the visit's own screening draw.
   */
  private static Herhaal herhaal(Row r) {
    String zas = "Nieuwe zelfafnameset";
    String ha = "Uitstrijkje laten maken bij huisarts";
    return switch (r.visitPick("reden", 7)) {
      case 0 -> new Herhaal(new Cell("ZAS onbeoordeelbaar", UNSATISFACTORY), zas, 1);
      case 1 -> new Herhaal(new Cell("Zelfafname: te weinig materiaal, niet beoordeelbaar",
          UNSATISFACTORY), zas, 1);
      case 2 -> new Herhaal(new Cell("ZAS hrHPV positief", ABNORMAL_LOW_GRADE), ha, 1);
      case 3 -> new Herhaal(new Cell("ZAS: HPV 16 positief", ABNORMAL_LOW_GRADE), ha, 1);
      case 4 -> new Herhaal(new Cell("Pap 0 (hrHPV pos.)", ABNORMAL_LOW_GRADE), ha, 2);
      case 5 -> new Herhaal(new Cell("hrHPV positief, Pap 1: controle", ABNORMAL_LOW_GRADE),
          "Controle-uitstrijkje", 12);
      default -> new Herhaal(new Cell("HPV overig pos / Pap 2", ABNORMAL_LOW_GRADE),
          "Controle-uitstrijkje", 12);
    };
  }

  // ------------------------------------------------------------------------------- BE

  static CsvLayout beCvko() {
    return CsvLayout.of("be-b16-labo-cvko-registratie", Country.BE).women().ages(25, 64)
        .people(100).bom().delimiter(';').dates("dd/MM/yyyy")
        .col("INSZ", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam", FieldType.FAMILY_NAME, r -> r.p().family().toUpperCase(Locale.ROOT))
        .col("Voornaam", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("Geboortedatum", FieldType.BIRTH_DATE, Row::birth)
        .col("Postcode", FieldType.POSTCODE, r -> r.p().postcode())
        .col("Datum afname", FieldType.CLINICAL_DATE, Row::when)
        .col("Labonummer", FieldType.RECORD_ID, Row::sample)
        .graded("HPV hoog risico", FieldType.TEST_RESULT, BlindLayouts16::beHpv)
        .graded("Cytologie (Bethesda)", FieldType.TEST_RESULT, BlindLayouts16::beCytologie)
        .col("Aanvragend arts", FieldType.PROVIDER, r -> doctor(r, "Dr. "));
  }

  /** Under 30 the Flemish protocol reads cytology first and tests HPV only on abnormal cells. */
  private static boolean cytologyFirst(Row r) {
    return r.p().birthDate().plusYears(30).isAfter(r.date());
  }

  private static Cell beHpv(Row r) {
    Screening s = r.s();
    if (cytologyFirst(r) && s.papGrade().compareTo(ABNORMAL_LOW_GRADE) < 0) {
      return Cell.of("");
    }
    return new Cell(switch (s.hpv()) {
      case NEGATIVE -> "niet gedetecteerd";
      case POSITIVE -> s.genotype().equals("other") ? "gedetecteerd (andere HR-types)"
          : "gedetecteerd (type " + s.genotype() + ")";
      case UNSATISFACTORY -> "niet beoordeelbaar";
    }, s.hpvGrade());
  }

  private static Cell beCytologie(Row r) {
    if (r.s().hasCytology()) {
      return new Cell(r.s().bethesda(r.rng()), r.s().papGrade());
    }
    // Women under 30 have cytology whatever their HPV: normal where the draw has none.
    return cytologyFirst(r) ? new Cell("NILM", NORMAL) : Cell.of("");
  }

  static CsvLayout beFacturatie() {
    return CsvLayout.of("be-b16-labo-facturatie-vi", Country.BE).women().ages(25, 70)
        .people(55).rows(1, 3).delimiter(';').windows1252().dates("dd/MM/yyyy")
        .col("INSZ/NISS", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Naam/Nom", FieldType.PERSON_NAME, r -> r.p().family() + " " + r.p().given())
        .col("VI/OA", FieldType.OTHER, r -> List.of("100", "200", "300", "500", "600")
            .get(r.stable("oa", 5)))
        .col("Lidnummer/N° affiliation", FieldType.INSURANCE_ID, r -> r.p().insuranceNumber())
        .col("Verstrekking/Prestation", FieldType.TEST_TYPE,
            r -> List.of("Cytologie cervico-vaginale / Cytologie cervico-vaginale",
                "HPV-test / Test HPV").get(r.visitPick("vst", 2)))
        .col("Datum/Date", FieldType.CLINICAL_DATE, Row::when)
        .col("Voorschrijver RIZIV/INAMI prescripteur", FieldType.PROVIDER,
            r -> "1-" + doctorDigits(r, 5) + "-" + doctorDigits(r, 2) + "-"
                + doctorDigits(r, 3))
        .col("Bedrag/Montant", FieldType.OTHER, r -> List.of("17,43", "28,98")
            .get(r.visitPick("vst", 2)))
        .col("Factuurnr/N° facture", FieldType.INSURANCE_ID,
            r -> "F" + r.sample().substring(2) + "/" + r.visit());
  }

  // ------------------------------------------------------------------------------- DE

  static CsvLayout deBefunde() {
    return CsvLayout.of("de-b16-labor-zytologie-befunde", Country.DE).women().ages(35, 65)
        .people(95).windows1252().delimiter(';').dates("dd.MM.yyyy")
        .col("Auftragsnr.", FieldType.RECORD_ID, Row::sample)
        .col("Name", FieldType.PERSON_NAME, r -> r.p().family() + ", " + r.p().given())
        .col("Geb.-Datum", FieldType.BIRTH_DATE, Row::birth)
        .col("Vers.-Nr.", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Entnahme", FieldType.CLINICAL_DATE, Row::when)
        .col("Einsender", FieldType.PROVIDER, r -> doctor(r, "Dr. med. "))
        .col("LANR", FieldType.PROVIDER, r -> doctorDigits(r, 9))
        .graded("Befund", FieldType.TEST_RESULT, BlindLayouts16::befundGerman)
        .col("Empfehlung", FieldType.PROCEDURE, r -> {
          ResultGrade g = befundGrade(r.s());
          return g.compareTo(ABNORMAL_LOW_GRADE) > 0 ? "Abklärungskolposkopie"
              : g == ABNORMAL_LOW_GRADE ? "Kontrolle in 12 Mon."
              : g == UNSATISFACTORY ? "Wiederholung nach 3 Mon." : "Routine in 3 J.";
        });
  }

  /** Cytology always (the German co-test), HPV after it, labelled; Munich groups as their grade. */
  private static Cell befundGerman(Row r) {
    Screening s = r.s();
    String zyto = s.hasCytology() ? s.papMunich() : "Pap I";
    ResultGrade zytoGrade = s.hasCytology() ? s.papMunichGrade() : NORMAL;
    String text = switch (r.visitPick("befund", 3)) {
      case 0 -> "Zytologie: " + zyto + "; HPV: " + hpvGermanShort(s);
      case 1 -> zyto + " / " + s.hpvGerman(r.rng());
      default -> "Gruppe " + zyto.substring(4) + ", " + s.hpvGerman(r.rng());
    };
    return new Cell(text, zytoGrade.max(s.hpvGrade()));
  }

  private static String hpvGermanShort(Screening s) {
    return switch (s.hpv()) {
      case NEGATIVE -> "negativ";
      case POSITIVE -> "positiv";
      case UNSATISFACTORY -> "nicht beurteilbar";
    };
  }

  private static ResultGrade befundGrade(Screening s) {
    return (s.hasCytology() ? s.papMunichGrade() : NORMAL).max(s.hpvGrade());
  }

  // ------------------------------------------------------------------------------- FR

  static CsvLayout frCrcdc() {
    return CsvLayout.of("fr-b16-labo-transmission-crcdc", Country.FR).women().ages(30, 65)
        .people(75).rows(1, 2).onePerResult().delimiter(';').dates("dd/MM/yyyy")
        .col("NIR", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("Nom de naissance", FieldType.FAMILY_NAME,
            r -> (r.p().maiden().isEmpty() ? r.p().family() : r.p().maiden())
                .toUpperCase(Locale.ROOT))
        .col("Prénom", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("Date de naissance", FieldType.BIRTH_DATE, Row::birth)
        .col("Code postal", FieldType.POSTCODE, r -> r.p().postcode())
        .col("Date de prélèvement", FieldType.CLINICAL_DATE, Row::when)
        .col("Type d'examen", FieldType.TEST_TYPE, r -> r.part() == Part.HPV
            ? "Test HPV-HR" : "Examen cytologique (triage)")
        .graded("Résultat", FieldType.TEST_RESULT, r -> r.part() == Part.HPV
            ? new Cell(r.s().hpvFrench(r.rng()), r.s().hpvGrade())
            : new Cell(r.s().bethesdaFrench(r.rng()), r.s().papGrade()))
        .col("Préleveur", FieldType.PROVIDER, r -> doctor(r, "Dr "))
        .col("RPPS préleveur", FieldType.PROVIDER, r -> "10" + doctorDigits(r, 9));
  }

  // ------------------------------------------------------------------------------- IE

  static CsvLayout ieCervicalCheck() {
    return CsvLayout.of("ie-b16-lab-cervicalcheck-return", Country.IE).women().ages(25, 65)
        .people(90).crlf().dates("dd/MM/yyyy")
        .col("CC_ID", FieldType.RECORD_ID, r -> "CC" + r.p().recordNumber())
        .col("PPSN", FieldType.NATIONAL_ID, r -> r.p().nationalId())
        .col("FORENAME", FieldType.GIVEN_NAME, r -> r.p().given())
        .col("SURNAME", FieldType.FAMILY_NAME, r -> r.p().family())
        .col("DOB", FieldType.BIRTH_DATE, Row::birth)
        .col("EIRCODE", FieldType.POSTCODE, r -> r.p().postcode())
        .col("DATE_TAKEN", FieldType.CLINICAL_DATE, Row::when)
        .col("SMEAR_TAKER", FieldType.PROVIDER, r -> doctor(r, "Dr "))
        .graded("HPV_RESULT", FieldType.TEST_RESULT, r -> new Cell(switch (r.s().hpv()) {
          case NEGATIVE -> "N - Not detected";
          case POSITIVE -> "P - Detected";
          case UNSATISFACTORY -> "U - Unsatisfactory";
        }, r.s().hpvGrade()))
        .graded("CYTOLOGY", FieldType.TEST_RESULT, BlindLayouts16::irishCytology)
        .col("RECOMMENDATION", FieldType.PROCEDURE, r -> {
          ResultGrade g = r.s().grade();
          if (r.s().pap().equals("0")) {
            return "Repeat in 3 months";
          }
          return g.compareTo(ABNORMAL_LOW_GRADE) > 0 ? "Refer to colposcopy"
              : g == ABNORMAL_LOW_GRADE ? (r.s().pap().equals("1") ? "Repeat in 12 months"
                  : "Refer to colposcopy")
              : g == UNSATISFACTORY ? "Repeat in 3 months" : "Routine recall";
        });
  }

  /** A result code and its text, as the programme's result lists pair them. */
  private static Cell irishCytology(Row r) {
    Screening s = r.s();
    if (!s.hasCytology()) {
      return new Cell("", NONE);
    }
    String text = switch (s.pap()) {
      case "0" -> "0 - Unsatisfactory";
      case "1" -> "1 - NILM";
      case "2" -> "2 - ASC-US";
      case "3a1" -> "2 - LSIL";
      case "3a2" -> "3 - ASC-H";
      case "3b", "4" -> "3 - HSIL";
      default -> "4 - SCC";
    };
    return new Cell(text, s.papGrade());
  }
}
