package org.exposure.evaluation;

import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.UNGRADED;

import java.util.List;
import java.util.Random;
import org.exposure.model.ResultGrade;

/**
 * Clinical vocabularies of the corpus: diagnoses (ICD-10 with SNOMED CT where Synthea uses it),
 * medicines (RxNorm, Dutch and other names), vaccines (CVX), procedures (SNOMED CT, OPS, CCAM-shaped),
 * observations (LOINC) and the GDPR Art. 9/10 values. Codes are public terminology; the texts are
 * written for the corpus.
 */
final class Clinical {
  private Clinical() {}

  /**
   * A diagnosis. A cancer is graded {@code CANCER}; cervical intraepithelial neoplasia and carcinoma in
   * situ by their CIN grade; every other diagnosis is health data the screening scale does not grade:
   * {@code UNGRADED}, sensitive or not.
   */
  record Dx(String icd, String snomed, String english, String dutch, String french, String german,
      ResultGrade grade, boolean sensitive) {}

  static final List<Dx> DIAGNOSES = List.of(
      new Dx("E11.9", "44054006", "Diabetes mellitus type 2 (disorder)", "Diabetes mellitus type 2",
          "Diabète de type 2", "Diabetes mellitus Typ 2", UNGRADED, false),
      new Dx("I10", "38341003", "Hypertension (disorder)", "Hypertensie", "Hypertension essentielle",
          "Essentielle Hypertonie", UNGRADED, false),
      new Dx("J45.9", "195967001", "Asthma (disorder)", "Astma", "Asthme", "Asthma bronchiale",
          UNGRADED, false),
      new Dx("F32.1", "35489007", "Depressive disorder (disorder)", "Depressieve episode, matig",
          "Épisode dépressif moyen", "Mittelgradige depressive Episode", UNGRADED, true),
      new Dx("F41.1", "197480006", "Anxiety disorder (disorder)", "Gegeneraliseerde angststoornis",
          "Anxiété généralisée", "Generalisierte Angststörung", UNGRADED, true),
      new Dx("F20.0", "58214004", "Schizophrenia (disorder)", "Paranoïde schizofrenie",
          "Schizophrénie paranoïde", "Paranoide Schizophrenie", UNGRADED, true),
      new Dx("F10.2", "7200002", "Alcoholism (disorder)", "Alcoholafhankelijkheid",
          "Syndrome de dépendance à l'alcool", "Alkoholabhängigkeit", UNGRADED, true),
      new Dx("F11.2", "5602001", "Opioid abuse (disorder)", "Opioïdafhankelijkheid",
          "Dépendance aux opiacés", "Opioidabhängigkeit", UNGRADED, true),
      new Dx("B20", "86406008", "Human immunodeficiency virus infection (disorder)", "Hiv-ziekte",
          "Maladie due au VIH", "HIV-Krankheit", UNGRADED, true),
      new Dx("Z21", "165816005", "HIV positive (finding)", "Asymptomatische hiv-infectie",
          "Infection asymptomatique par le VIH", "Asymptomatische HIV-Infektion", UNGRADED, true),
      new Dx("O24.4", "11687002", "Gestational diabetes mellitus (disorder)",
          "Zwangerschapsdiabetes", "Diabète gestationnel", "Gestationsdiabetes", UNGRADED, true),
      new Dx("O80", "72892002", "Normal pregnancy (finding)", "Spontane bevalling",
          "Accouchement unique et spontané", "Spontangeburt eines Einlings", UNGRADED, true),
      new Dx("C50.9", "254837009", "Malignant neoplasm of breast (disorder)", "Mammacarcinoom",
          "Tumeur maligne du sein", "Bösartige Neubildung der Brustdrüse", CANCER, true),
      new Dx("C53.9", "363354003", "Malignant tumor of cervix (disorder)", "Cervixcarcinoom",
          "Tumeur maligne du col de l'utérus", "Bösartige Neubildung der Cervix uteri", CANCER,
          true),
      new Dx("C18.7", "363406005", "Malignant tumor of colon (disorder)", "Coloncarcinoom",
          "Tumeur maligne du côlon sigmoïde", "Bösartige Neubildung des Colon sigmoideum", CANCER,
          true),
      new Dx("N87.0", "285836003", "Cervical intraepithelial neoplasia grade 1 (disorder)",
          "Lichte dysplasie van de cervix (CIN 1)", "Dysplasie légère du col (CIN 1)",
          "Leichte Dysplasie der Cervix uteri (CIN 1)", ABNORMAL_LOW_GRADE, true),
      new Dx("N87.1", "285838002", "Cervical intraepithelial neoplasia grade 2 (disorder)",
          "Matige dysplasie van de cervix (CIN 2)", "Dysplasie moyenne du col (CIN 2)",
          "Mäßige Dysplasie der Cervix uteri (CIN 2)", ABNORMAL_HIGH_GRADE, true),
      new Dx("D06.9", "92564006", "Carcinoma in situ of cervix (disorder)",
          "Carcinoma in situ van de cervix", "Carcinome in situ du col de l'utérus",
          "Carcinoma in situ der Cervix uteri", ABNORMAL_HIGH_GRADE, true),
      new Dx("A56.0", "240589008", "Chlamydia infection of lower genitourinary tract (disorder)",
          "Chlamydia-infectie", "Infection à chlamydia", "Chlamydien-Infektion", UNGRADED, true),
      new Dx("M54.5", "279039007", "Low back pain (finding)", "Lage rugpijn", "Lombalgie basse",
          "Kreuzschmerz", UNGRADED, false),
      new Dx("J01.9", "444814009", "Viral sinusitis (disorder)", "Acute sinusitis",
          "Sinusite aiguë", "Akute Sinusitis", UNGRADED, false),
      new Dx("E66.9", "162864005", "Body mass index 30+ - obesity (finding)", "Obesitas", "Obésité",
          "Adipositas", UNGRADED, false));

  /** Diagnoses a mental-health service records. */
  static final List<Dx> MENTAL = DIAGNOSES.stream().filter(d -> d.icd().startsWith("F")).toList();

  /** Diagnoses of a sexual-health service. */
  static final List<Dx> SEXUAL_HEALTH = DIAGNOSES.stream()
      .filter(d -> d.icd().startsWith("B2") || d.icd().startsWith("Z21") || d.icd().startsWith("A5")
          || d.icd().startsWith("N87"))
      .toList();

  /** Diagnoses of pregnancy care. */
  static final List<Dx> PREGNANCY = DIAGNOSES.stream().filter(d -> d.icd().startsWith("O")).toList();

  static Dx diagnosis(Random rng) {
    return DIAGNOSES.get(rng.nextInt(DIAGNOSES.size()));
  }

  /** A medicine: RxNorm code with its name, and the name as a Dutch or European pharmacy writes it. */
  record Med(String rxnorm, String name, String european) {}

  static final List<Med> MEDICINES = List.of(
      new Med("314076", "lisinopril 10 MG Oral Tablet", "Lisinopril 10 mg tablet"),
      new Med("860975", "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet",
          "Metformine 500 mg tablet met gereguleerde afgifte"),
      new Med("197361", "Amlodipine 5 MG Oral Tablet", "Amlodipine 5 mg tablet"),
      new Med("312940", "Sertraline 50 MG Oral Tablet", "Sertraline 50 mg tablet"),
      new Med("1094107", "Quetiapine 25 MG Oral Tablet", "Quetiapine 25 mg"),
      new Med("1010603", "Methadone Hydrochloride 10 MG Oral Tablet", "Methadon 10 mg"),
      new Med("1599538", "emtricitabine 200 MG / tenofovir disoproxil fumarate 300 MG Oral Tablet",
          "Emtricitabine/Tenofovirdisoproxil 200/245 mg (PrEP)"),
      new Med("748962", "Levonorgestrel 0.15 MG / Ethinyl Estradiol 0.03 MG Oral Tablet",
          "Ethinylestradiol/levonorgestrel 30/150 µg"),
      new Med("198211", "Simvastatin 20 MG Oral Tablet", "Simvastatine 20 mg"),
      new Med("745679", "Salbutamol 100 MCG/ACTUAT Metered Dose Inhaler",
          "Salbutamol 100 µg/dosis aërosol"),
      new Med("1049221", "Acetaminophen 325 MG / Oxycodone Hydrochloride 5 MG Oral Tablet",
          "Oxycodon/paracetamol 5/325 mg"),
      new Med("313782", "Acetaminophen 325 MG Oral Tablet", "Paracetamol 500 mg tablet"));

  /** A vaccine: CVX code and description. */
  record Vaccine(String cvx, String name, String european) {}

  static final List<Vaccine> VACCINES = List.of(
      new Vaccine("140", "Influenza, seasonal, injectable, preservative free",
          "Griepvaccin (Influvac Tetra)"),
      new Vaccine("113", "Td (adult) preservative free", "DTP-booster (Revaxis)"),
      new Vaccine("165", "HPV9", "HPV-vaccin (Gardasil 9)"),
      new Vaccine("62", "HPV, quadrivalent", "HPV-vaccin (Gardasil)"),
      new Vaccine("208", "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free",
          "COVID-19 mRNA-vaccin (Comirnaty)"),
      new Vaccine("08", "Hep B, adolescent or pediatric", "Hepatitis B-vaccin (Engerix-B)"),
      new Vaccine("133", "Pneumococcal conjugate PCV 13", "Pneumokokkenvaccin (Prevenar 13)"));

  /** A procedure: SNOMED CT code and description, and national codes where a layout uses them. */
  record Proc(String snomed, String english, String dutch, String ops, String ccam, String german,
      String french) {}

  static final List<Proc> PROCEDURES = List.of(
      new Proc("430193006", "Medication Reconciliation (procedure)", "Medicatiebeoordeling",
          "9-984.7", "YYYY010", "Medikationsabgleich", "Bilan médicamenteux"),
      new Proc("73761001", "Colonoscopy (procedure)", "Coloscopie", "1-650.2", "HHQE002",
          "Koloskopie", "Coloscopie totale"),
      new Proc("65200003", "Insertion of intrauterine contraceptive device (procedure)",
          "Plaatsing spiraal", "5-690.0", "JKLD001", "Einlegen eines Intrauterinpessars",
          "Pose d'un dispositif intra-utérin"),
      new Proc("120038005", "Cervix excision (procedure)", "Lisexcisie (LLETZ)", "5-671.01",
          "JKFA031", "Konisation der Cervix uteri", "Conisation du col de l'utérus"),
      new Proc("392021009", "Colposcopy (procedure)", "Colposcopie", "1-471.2", "JKQE001",
          "Kolposkopie", "Colposcopie"),
      new Proc("66348005", "Childbirth (procedure)", "Bevalling", "9-260", "JQGD010",
          "Überwachung und Leitung einer normalen Geburt", "Accouchement par voie basse"),
      new Proc("387713003", "Surgical procedure (procedure)", "Appendectomie", "5-470.11",
          "HHFA016", "Appendektomie", "Appendicectomie"),
      new Proc("71651007", "Mammography (procedure)", "Mammografie", "3-100.0", "QEQK004",
          "Mammographie", "Mammographie bilatérale"));

  /** A laboratory or vital-sign observation: LOINC code, name, a value and unit. Never graded. */
  record Obs(String loinc, String name, String unit, double low, double high, String category) {}

  static final List<Obs> OBSERVATIONS = List.of(
      new Obs("8302-2", "Body Height", "cm", 150, 195, "vital-signs"),
      new Obs("29463-7", "Body Weight", "kg", 48, 120, "vital-signs"),
      new Obs("8480-6", "Systolic Blood Pressure", "mm[Hg]", 100, 170, "vital-signs"),
      new Obs("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.5, 9.5, "laboratory"),
      new Obs("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 140, 280,
          "laboratory"),
      new Obs("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", 65, 190, "laboratory"),
      new Obs("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 10, 17, "laboratory"));

  // ------------------------------------------------------------------------------- Art. 9 and 10

  static final List<String> US_RACE = List.of("white", "white", "white", "black", "asian",
      "native", "hawaiian", "other");
  static final List<String> US_ETHNICITY = List.of("nonhispanic", "nonhispanic", "hispanic");
  static final List<String> UK_ETHNIC_GROUP = List.of("White - British", "White - Irish",
      "Asian or Asian British - Indian", "Asian or Asian British - Pakistani",
      "Black or Black British - Caribbean", "Black or Black British - African",
      "Mixed - White and Asian", "Other ethnic group - Arab", "Not stated");
  static final List<String> NL_ORIGIN = List.of("Nederlands", "Nederlands", "Marokkaans", "Turks",
      "Surinaams", "Antilliaans", "Indonesisch", "Pools");
  static final List<String> UK_RELIGION = List.of("No religion", "Christian", "Muslim", "Hindu",
      "Jewish", "Sikh", "Buddhist", "Prefer not to say");
  static final List<String> NL_RELIGION = List.of("Geen", "Rooms-katholiek", "Protestants",
      "Islam", "Hindoeïsme", "Joods", "Humanistisch");
  static final List<String> DE_RELIGION = List.of("römisch-katholisch", "evangelisch", "ohne",
      "muslimisch", "jüdisch", "evangelisch-reformiert");
  static final List<String> UK_ORIENTATION = List.of("Heterosexual or straight",
      "Heterosexual or straight", "Gay or lesbian", "Bisexual", "Prefer not to say");
  static final List<String> NL_ORIENTATION = List.of("heteroseksueel", "heteroseksueel",
      "homoseksueel", "lesbisch", "biseksueel", "wil niet zeggen");
  static final List<String> UK_UNION = List.of("UNISON", "Unite", "GMB", "RCN", "None", "None");
  static final List<String> BE_UNION = List.of("ACV", "ABVV", "ACLVB", "geen", "geen");
  static final List<String> UK_PARTY = List.of("Labour", "Conservative", "Liberal Democrats",
      "Green", "Reform UK", "SNP");
  static final List<String> NL_OFFENCE = List.of("Diefstal (art. 310 Sr)",
      "Mishandeling (art. 300 Sr)", "Brandstichting (art. 157 Sr)", "Bedreiging (art. 285 Sr)",
      "Zware mishandeling (art. 302 Sr)", "Openlijke geweldpleging (art. 141 Sr)");
  static final List<String> GENES = List.of("BRCA1", "BRCA2", "MLH1", "MSH2", "PALB2", "CHEK2");
  static final List<String> VARIANTS = List.of("c.68_69del p.(Glu23fs) pathogenic",
      "c.5266dup p.(Gln1756fs) pathogenic", "c.1100del p.(Thr367fs) likely pathogenic",
      "c.7397T>C p.(Val2466Ala) benign", "c.4035del VUS (class 3)",
      "No pathogenic variant identified");

  static String pick(Random rng, List<String> from) {
    return Country.pick(rng, from);
  }
}
