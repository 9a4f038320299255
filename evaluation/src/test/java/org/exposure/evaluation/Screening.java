package org.exposure.evaluation;

import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NORMAL;
import static org.exposure.model.ResultGrade.UNSATISFACTORY;

import java.util.List;
import java.util.Random;
import org.exposure.model.ResultGrade;

/**
 * One cervical-screening sample: the hrHPV outcome, its genotype, and the cytology (Pap class) done on
 * it, with the ways labs in each country write them. Grades follow {@code docs/evaluation.md}: Pap 0 is
 * unsatisfactory; hrHPV negative, Pap 1 and NILM normal; hrHPV positive, Pap 2/3a1, ASC-US, LSIL, CIN 1
 * low grade; Pap 3a2/3b/4, ASC-H, HSIL, AGC, CIN 2-3 high grade; Pap 5 and carcinoma cancer. A cell
 * holding several results is graded by its worst part.
 *
 * @param hpv the hrHPV outcome
 * @param genotype "16", "18" or "other" when positive, else empty
 * @param pap the Pap class ("0", "1", "2", "3a1", "3a2", "3b", "4", "5"), or empty when no cytology was
 *     done (hrHPV negative or unsatisfactory)
 */
record Screening(Hpv hpv, String genotype, String pap) {

  enum Hpv { NEGATIVE, POSITIVE, UNSATISFACTORY }

  static final List<String> PAP_CLASSES = List.of("0", "1", "2", "3a1", "3a2", "3b", "4", "5");

  static Screening draw(Random rng) {
    int h = rng.nextInt(100);
    if (h < 3) {
      return new Screening(Hpv.UNSATISFACTORY, "", "");
    }
    if (h < 68) {
      return new Screening(Hpv.NEGATIVE, "", "");
    }
    String genotype = List.of("16", "18", "other", "other", "other").get(rng.nextInt(5));
    int p = rng.nextInt(100);
    String pap = p < 5 ? "0" : p < 45 ? "1" : p < 57 ? "2" : p < 67 ? "3a1" : p < 78 ? "3a2"
        : p < 88 ? "3b" : p < 96 ? "4" : "5";
    return new Screening(Hpv.POSITIVE, genotype, pap);
  }

  boolean hasCytology() {
    return !pap.isEmpty();
  }

  ResultGrade hpvGrade() {
    return switch (hpv) {
      case NEGATIVE -> NORMAL;
      case POSITIVE -> ABNORMAL_LOW_GRADE;
      case UNSATISFACTORY -> UNSATISFACTORY;
    };
  }

  ResultGrade papGrade() {
    return papGrade(pap);
  }

  static ResultGrade papGrade(String pap) {
    return switch (pap) {
      case "0" -> UNSATISFACTORY;
      case "1" -> NORMAL;
      case "2", "3a1" -> ABNORMAL_LOW_GRADE;
      case "3a2", "3b", "4" -> ABNORMAL_HIGH_GRADE;
      case "5" -> CANCER;
      default -> ResultGrade.NONE;
    };
  }

  /** The worst of the sample's results. */
  ResultGrade grade() {
    return hpvGrade().max(papGrade());
  }

  // ------------------------------------------------------------------------------- Dutch

  String hpvDutch(Random rng) {
    return switch (hpv) {
      case NEGATIVE -> Country.pick(rng, List.of("hrHPV negatief", "negatief", "HPV negatief",
          "hrHPV niet aangetoond"));
      case POSITIVE -> switch (rng.nextInt(4)) {
        case 0 -> "hrHPV positief";
        case 1 -> "positief";
        case 2 -> "hrHPV positief (" + genotypeDutch() + ")";
        default -> "HPV " + genotypeDutch() + " positief";
      };
      case UNSATISFACTORY -> Country.pick(rng, List.of("onbeoordeelbaar", "niet beoordeelbaar"));
    };
  }

  String genotypeDutch() {
    return genotype.equals("other") ? "overig hrHPV" : "type " + genotype;
  }

  String papDutch(Random rng) {
    String cls = rng.nextInt(5) == 0 ? pap.toUpperCase(java.util.Locale.ROOT) : pap;
    return Country.pick(rng, List.of("Pap ", "Pap ", "PAP", "Pap-klasse ")) + cls;
  }

  /** HPV and cytology in one cell, any of the separators labs use. */
  String combinedDutch(Random rng) {
    String hpvPart = switch (rng.nextInt(3)) {
      case 0 -> hpvDutch(rng);
      case 1 -> "HPV: " + (hpv == Hpv.POSITIVE ? "pos" : hpv == Hpv.NEGATIVE ? "neg"
          : "onbeoordeelbaar");
      default -> "hrHPV " + (hpv == Hpv.POSITIVE ? "positief" : hpv == Hpv.NEGATIVE ? "negatief"
          : "onbeoordeelbaar");
    };
    if (!hasCytology()) {
      return hpvPart;
    }
    return switch (rng.nextInt(4)) {
      case 0 -> hpvPart + " / Pap " + pap;
      case 1 -> hpvPart + "; cyto: Pap " + pap;
      case 2 -> hpvPart + " - Pap " + pap;
      default -> hpvPart + ", cytologie Pap " + pap;
    };
  }

  /**
   * A KOPAC-B code (K, O, P, A, C, B, one digit each) whose P axis carries the squamous finding: P1 no
   * abnormality, P4 mild, P5 moderate, P6 severe dysplasia, P7 carcinoma in situ, P9 invasive carcinoma
   * (the NVVP ordering); A and C are kept normal (1) and B readable (1), so that the code grades as its
   * Pap class. Only the classes this mapping fixes are drawn; others fall back to Pap 1's code.
   */
  String kopac(Random rng) {
    char p = switch (pap) {
      case "3a1" -> '4';
      case "3a2" -> '5';
      case "3b" -> '6';
      case "4" -> '7';
      case "5" -> '9';
      default -> '1';
    };
    return "" + (1 + rng.nextInt(3)) + (1 + rng.nextInt(3)) + p + "11" + "1";
  }

  /** The Pap class a KOPAC-B code from {@link #kopac} stands for. */
  String kopacPap() {
    return switch (pap) {
      case "3a1", "3a2", "3b", "4", "5" -> pap;
      default -> "1";
    };
  }

  // ------------------------------------------------------------------------------- Bethesda

  /** The Bethesda term for the Pap class, English. */
  String bethesda(Random rng) {
    return switch (pap) {
      case "0" -> "Unsatisfactory for evaluation";
      case "1" -> rng.nextBoolean() ? "NILM" : "Negative for intraepithelial lesion or malignancy";
      case "2" -> "ASC-US";
      case "3a1" -> rng.nextBoolean() ? "LSIL" : "Low-grade squamous intraepithelial lesion (LSIL)";
      case "3a2" -> rng.nextBoolean() ? "ASC-H" : "HSIL";
      case "3b" -> rng.nextBoolean() ? "HSIL" : "High-grade squamous intraepithelial lesion (HSIL)";
      case "4" -> rng.nextBoolean() ? "AGC" : "HSIL, features suspicious for invasion";
      case "5" -> rng.nextBoolean() ? "SCC" : "Squamous cell carcinoma";
      default -> "";
    };
  }

  String bethesdaFrench(Random rng) {
    return switch (pap) {
      case "0" -> "Frottis non interprétable";
      case "1" -> rng.nextBoolean() ? "NILM"
          : "Absence de lésion intraépithéliale ou de malignité (NILM)";
      case "2" -> "ASC-US";
      case "3a1" -> "LSIL (lésion malpighienne intraépithéliale de bas grade)";
      case "3a2" -> "ASC-H";
      case "3b", "4" -> "HSIL (lésion malpighienne intraépithéliale de haut grade)";
      case "5" -> "Carcinome épidermoïde";
      default -> "";
    };
  }

  String hpvEnglish(Random rng) {
    return switch (hpv) {
      case NEGATIVE -> Country.pick(rng, List.of("HPV negative", "hrHPV not detected",
          "Not detected"));
      case POSITIVE -> Country.pick(rng, List.of("HPV positive", "hrHPV detected", "Detected",
          "HPV positive (" + (genotype.equals("other") ? "other high-risk" : "type " + genotype)
              + ")"));
      case UNSATISFACTORY -> Country.pick(rng, List.of("Inadequate", "Unsatisfactory sample"));
    };
  }

  String hpvFrench(Random rng) {
    return switch (hpv) {
      case NEGATIVE -> Country.pick(rng, List.of("HPV HR négatif", "HPV à haut risque : négatif"));
      case POSITIVE -> Country.pick(rng, List.of("HPV HR positif", "HPV à haut risque : positif"));
      case UNSATISFACTORY -> "Prélèvement non interprétable";
    };
  }

  String hpvGerman(Random rng) {
    return switch (hpv) {
      case NEGATIVE -> Country.pick(rng, List.of("HPV-HR negativ", "HR-HPV: negativ"));
      case POSITIVE -> Country.pick(rng, List.of("HPV-HR positiv", "HR-HPV: positiv"));
      case UNSATISFACTORY -> "nicht beurteilbar";
    };
  }

  /** Munich nomenclature III: only the groups whose grade is unambiguous. */
  String papMunich() {
    return switch (pap) {
      case "0" -> "Pap 0";
      case "1" -> "Pap I";
      case "2", "3a1" -> "Pap IIID1";
      case "3a2" -> "Pap IIID2";
      case "3b", "4" -> "Pap IVa-p";
      case "5" -> "Pap V-p";
      default -> "";
    };
  }

  /** The grade a Munich group from {@link #papMunich} reads as. */
  ResultGrade papMunichGrade() {
    return switch (pap) {
      case "2", "3a1" -> ABNORMAL_LOW_GRADE;
      default -> papGrade();
    };
  }

  /**
   * The NHS cervical screening programme's cytology result code for the Pap class: 1 inadequate, 2
   * negative, 8 borderline, 3 low-grade, 7 and 4 high-grade (moderate, severe), 5 ?invasive; empty
   * when no cytology was done.
   */
  static String nhsResultCode(String pap) {
    return switch (pap) {
      case "0" -> "1";
      case "1" -> "2";
      case "2" -> "8";
      case "3a1" -> "3";
      case "3a2" -> "7";
      case "3b", "4" -> "4";
      case "5" -> "5";
      default -> "";
    };
  }

  /** NHS cervical screening wording of the cytology. */
  String nhsCytology(Random rng) {
    return switch (pap) {
      case "0" -> "Inadequate";
      case "1" -> Country.pick(rng, List.of("Negative", "No abnormal cells"));
      case "2" -> Country.pick(rng, List.of("Borderline changes",
          "Borderline changes in squamous cells"));
      case "3a1" -> "Low-grade dyskaryosis";
      case "3a2" -> "High-grade dyskaryosis (moderate)";
      case "3b", "4" -> "High-grade dyskaryosis (severe)";
      case "5" -> "High-grade dyskaryosis ?invasive squamous carcinoma";
      default -> "";
    };
  }

  /** A histology conclusion (CIN grade) consistent with the cytology, in Dutch or English. */
  static Histology histology(Random rng) {
    int h = rng.nextInt(100);
    return h < 20 ? Histology.NO_CIN : h < 45 ? Histology.CIN1 : h < 65 ? Histology.CIN2
        : h < 90 ? Histology.CIN3 : Histology.CARCINOMA;
  }

  /** Histology of the cervix, from the colposcopy biopsy or excision. */
  enum Histology {
    NO_CIN("geen dysplasie", "No CIN", NORMAL),
    CIN1("CIN 1", "CIN1", ABNORMAL_LOW_GRADE),
    CIN2("CIN 2", "CIN2", ABNORMAL_HIGH_GRADE),
    CIN3("CIN 3", "CIN3", ABNORMAL_HIGH_GRADE),
    CARCINOMA("plaveiselcelcarcinoom", "Invasive squamous cell carcinoma", CANCER);

    final String dutch;
    final String english;
    final ResultGrade grade;

    Histology(String dutch, String english, ResultGrade grade) {
      this.dutch = dutch;
      this.english = english;
      this.grade = grade;
    }
  }
}
