package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposure.model.ResultGrade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultGraderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "negatief|NORMAL",
      "hrHPV negatief|NORMAL",
      "Negative|NORMAL",
      "niet aangetoond|NORMAL",
      "not detected|NORMAL",
      // HL7 v2 coded elements (OBX-5): the text says it, the code where the text does not
      "260415000^Not detected^SCT|NORMAL",
      "441088002^Atypical squamous cells, cannot exclude HSIL^SCT|ABNORMAL_HIGH_GRADE",
      "260415000^^SCT|NORMAL",
      // Ireland's CervicalCheck
      "HPV not found|NORMAL",
      "HPV found, no abnormal cells|ABNORMAL_LOW_GRADE",
      "No HPV found|NORMAL",
      // What is sought is not found: a screening encounter's code, a test to rule a disease out
      "Encounter for screening for malignant neoplasm of cervix|NONE",
      "Colposcopy to rule out CIN 3|NONE",
      "Screening for HPV: positive|ABNORMAL_LOW_GRADE",
      "Malignant neoplasm of cervix uteri, unspecified|CANCER",
      "positief: andere hoogrisicotypes|ABNORMAL_LOW_GRADE",
      "niet interpreteerbaar|UNSATISFACTORY",
      "positief|ABNORMAL_LOW_GRADE",
      "hrHPV positief|ABNORMAL_LOW_GRADE",
      "Detected|ABNORMAL_LOW_GRADE",
      "HPV16|ABNORMAL_LOW_GRADE",
      "overig hrHPV|ABNORMAL_LOW_GRADE",
      "Pap 0|UNSATISFACTORY",
      "onbeoordeelbaar|UNSATISFACTORY",
      "Pap1|NORMAL",
      "Pap 2|ABNORMAL_LOW_GRADE",
      "Pap 3a1|ABNORMAL_LOW_GRADE",
      "3a2|ABNORMAL_HIGH_GRADE",
      "Pap3b|ABNORMAL_HIGH_GRADE",
      "Pap 4|ABNORMAL_HIGH_GRADE",
      "Pap 5|CANCER",
      "NILM|NORMAL",
      "ASC-US|ABNORMAL_LOW_GRADE",
      "LSIL|ABNORMAL_LOW_GRADE",
      "ASC-H|ABNORMAL_HIGH_GRADE",
      "HSIL|ABNORMAL_HIGH_GRADE",
      "CIN 3|ABNORMAL_HIGH_GRADE",
      "plaveiselcelcarcinoom|CANCER",
      "carcinoma in situ|ABNORMAL_HIGH_GRADE",
      "''|NONE",
      "42|NONE",
      "zie brief|NONE",
      "K2O1P3A1C1B1|ABNORMAL_LOW_GRADE",
      "213111|NONE",
      // Combined cells: the worst part decides.
      "hrHPV positief / Pap 3a2|ABNORMAL_HIGH_GRADE",
      "hrHPV negatief / Pap 3b|ABNORMAL_HIGH_GRADE",
      "HPV: pos; cyto: Pap 2|ABNORMAL_LOW_GRADE",
      "HPV pos - Pap 4|ABNORMAL_HIGH_GRADE",
      "hrHPV positief Pap 3a2|ABNORMAL_HIGH_GRADE",
      "hrHPV positief (HPV 16), Pap 1|ABNORMAL_LOW_GRADE",
      "HPV 16/18 niet aangetoond, overig hrHPV aangetoond|ABNORMAL_LOW_GRADE",
      "HPV 16 neg ; HPV 18 neg ; other hrHPV neg|NORMAL",
      "HPV+ / LSIL|ABNORMAL_LOW_GRADE",
      "HPV- ; NILM|NORMAL",
      "hrHPV - / Pap 1|NORMAL",
      "HPV 16+, Pap 5|CANCER",
      "hrHPV negatief en cytologie normaal|NORMAL",
      "LSIL/CIN1|ABNORMAL_LOW_GRADE",
      // Colposcopic impressions (IFCPC 2011) in Dutch, English and German.
      "normaal beeld|NORMAL",
      "Normalbefund|NORMAL",
      "minor change (Swede 2)|ABNORMAL_LOW_GRADE",
      "Grad 1 (minor change)|ABNORMAL_LOW_GRADE",
      "major change (Swede 8)|ABNORMAL_HIGH_GRADE",
      "Grad 2 (major change)|ABNORMAL_HIGH_GRADE",
      "verdenking invasie|CANCER",
      "V. a. Invasion|CANCER",
      "Query invasion|CANCER",
      "no invasion|NORMAL",
      // No lesion, and what a negation of it governs; Bethesda's HSIL with suspected invasion.
      "Absence de lésion (col)|NORMAL",
      "Frottis : absence de lésion intraépithéliale ou de malignité|NORMAL",
      "kein Anhalt für Malignität|NORMAL",
      "HSIL with features suspicious for invasion|ABNORMAL_HIGH_GRADE",
      "Résultat invalide (inhibition)|UNSATISFACTORY",
      "HPV/condylomata/atypia|ABNORMAL_LOW_GRADE",
      "PRELEVEMENT NON CONFORME|UNSATISFACTORY",
      "Declined|NONE",
      "None disclosed|NONE",
      // Labelled parts.
      "Cytologie: Pap 3b|ABNORMAL_HIGH_GRADE",
      "Uitslag cytologie: 3a2|ABNORMAL_HIGH_GRADE",
      "Cytology: HSIL|ABNORMAL_HIGH_GRADE",
      "Cytologie: 4|ABNORMAL_HIGH_GRADE",
      "HPV-uitslag: negatief|NORMAL",
      "Genotype: 16|ABNORMAL_LOW_GRADE",
      "KOPAC-B: 2-1-3-1-1-1|ABNORMAL_LOW_GRADE",
      "KOPAC 118111 / Pap 5|CANCER",
      "Pap klasse IIIb|ABNORMAL_HIGH_GRADE",
      "PAP-klasse 3a1|ABNORMAL_LOW_GRADE",
      // Bethesda, CIN and histology.
      "ASC US|ABNORMAL_LOW_GRADE",
      "AGC-NOS|ABNORMAL_HIGH_GRADE",
      "Negative for intraepithelial lesion or malignancy|NORMAL",
      "No evidence of malignancy|NORMAL",
      "geen afwijkingen|NORMAL",
      "CIN 2/3|ABNORMAL_HIGH_GRADE",
      "CIN III|ABNORMAL_HIGH_GRADE",
      "CIN2+|ABNORMAL_HIGH_GRADE",
      "adenocarcinoma in situ|ABNORMAL_HIGH_GRADE",
      "invasief adenocarcinoom|CANCER",
      "Squamous cell carcinoma|CANCER",
      "verdenking carcinoma in situ|ABNORMAL_HIGH_GRADE",
      // UK cervical screening wording.
      "HPV negative|NORMAL",
      "Borderline changes in squamous cells|ABNORMAL_LOW_GRADE",
      "Low-grade dyskaryosis|ABNORMAL_LOW_GRADE",
      "High-grade dyskaryosis (moderate)|ABNORMAL_HIGH_GRADE",
      "High-grade dyskaryosis (severe)|ABNORMAL_HIGH_GRADE",
      "?Invasive squamous carcinoma|CANCER",
      "?Glandular neoplasia of endocervical type|ABNORMAL_HIGH_GRADE",
      "Inadequate|UNSATISFACTORY",
      "lichte dyskaryose|ABNORMAL_LOW_GRADE",
      "matige dyskaryose|ABNORMAL_HIGH_GRADE",
      // Codes.
      "LA6576-8|ABNORMAL_LOW_GRADE",
      "260415000|NORMAL",
      "62061000119107|ABNORMAL_HIGH_GRADE",
      // French, German and the Munich nomenclature III.
      "HPV HR négatif|NORMAL",
      "HPV-HR negativ|NORMAL",
      "HPV positif|ABNORMAL_LOW_GRADE",
      "Frottis non interprétable|UNSATISFACTORY",
      "nicht beurteilbar|UNSATISFACTORY",
      "Carcinome épidermoïde|CANCER",
      "Plattenepithelkarzinom|CANCER",
      "Pap IIID1|ABNORMAL_LOW_GRADE",
      "Pap IIID2|ABNORMAL_HIGH_GRADE",
      "Pap IVa-p|ABNORMAL_HIGH_GRADE",
      "Pap V-p|CANCER",
      "Pap II-a|NORMAL",
      "Gruppe IVa-p|ABNORMAL_HIGH_GRADE",
      "Absence d'HPV à haut risque|NORMAL",
      "Présence d'HPV à haut risque (autres génotypes)|ABNORMAL_LOW_GRADE",
      "HPV-HR non détecté|NORMAL",
      // Negated tests and ICD-10 codes of the cervix.
      "No abnormal cells|NORMAL",
      "geen dysplasie|NORMAL",
      "No CIN|NORMAL",
      "keine Dysplasie|NORMAL",
      "N87.0|ABNORMAL_LOW_GRADE",
      "N87.1 CIN II|ABNORMAL_HIGH_GRADE",
      "D06.9|ABNORMAL_HIGH_GRADE",
      "C53.9 Maligne neoplasma cervix uteri|CANCER",
      "I10|NONE",
      // Where a negation's reach ends: a sentence, a contrast, a new test after a negated finding.
      "Geen afwijkingen. HPV positief.|ABNORMAL_LOW_GRADE",
      "No dyskaryosis. HPV detected.|ABNORMAL_LOW_GRADE",
      "geen HSIL maar LSIL|ABNORMAL_LOW_GRADE",
      "geen afwijkingen HPV positief|ABNORMAL_LOW_GRADE",
      "niet-afwijkend|NORMAL",
      "CIN 1-2|ABNORMAL_HIGH_GRADE",
      "CIN II-III|ABNORMAL_HIGH_GRADE",
      "CIN 1/2|ABNORMAL_HIGH_GRADE",
      "C1234|NONE",
      // Outcomes of other tests, and diagnoses, are not screening results.
      "HIV positive (finding)|NONE",
      "Normal pregnancy (finding)|NONE",
      "Chlamydia: positief|NONE",
      "Chlamydia positief HPV negatief|NORMAL",
      "hrHPV positief (HIV negatief)|ABNORMAL_LOW_GRADE",
      "HIV negatief, hrHPV positief|ABNORMAL_LOW_GRADE",
      "HPV (cobas 4800): negatief|NORMAL",
      "Abnormal ECG|NONE",
      "Uitslag: positief|ABNORMAL_LOW_GRADE",
      "HPV-uitslag: negatief|NORMAL",
      "Cervical intraepithelial neoplasia grade 1 (disorder)|ABNORMAL_LOW_GRADE",
      "Cervical intraepithelial neoplasia grade 2 (disorder)|ABNORMAL_HIGH_GRADE",
      "Malignant tumor of cervix (disorder)|CANCER",
      "Non-small cell lung cancer (disorder)|CANCER",
      "c.7397T>C p.(Val2466Ala) benign|NONE",
      // Spanish, Italian, Portuguese and Polish reports.
      "HPV oncogènes : non détectés|NORMAL",
      "Absence de lésion intraépithéliale ou de malignité|NORMAL",
      "Lésion malpighienne intraépithéliale de bas grade|ABNORMAL_LOW_GRADE",
      "Lésion malpighienne intraépithéliale de haut grade|ABNORMAL_HIGH_GRADE",
      "Frottis non satisfaisant pour l'évaluation|UNSATISFACTORY",
      "Schwere Dysplasie (CIN 3)|ABNORMAL_HIGH_GRADE",
      "HPV-HR: kein Nachweis|NORMAL",
      "hpv -ve|NORMAL",
      "hrHPV +ve - NAD|ABNORMAL_LOW_GRADE",
      "hpv pos / HG mod dysk|ABNORMAL_HIGH_GRADE",
      "NAD|NORMAL",
      "R87610|ABNORMAL_LOW_GRADE",
      "R87.613|ABNORMAL_HIGH_GRADE",
      "R87810|ABNORMAL_LOW_GRADE",
      "hrHPV: afwezig|NORMAL",
      "hrHPV aanwezig|ABNORMAL_LOW_GRADE",
      "120 mm[Hg]|NONE",
      "VPH positivo|ABNORMAL_LOW_GRADE",
      "VPH-AR no detectado|NORMAL",
      "Positivo otros genotipos VPH-AR (no 16/18)|ABNORMAL_LOW_GRADE",
      "VPH de alto riesgo: negativo|NORMAL",
      "Prueba de VPH: no se detecta|NORMAL",
      "Citología: LSIL / lesión intraepitelial de bajo grado|ABNORMAL_LOW_GRADE",
      "Lesión escamosa intraepitelial de alto grado (HSIL)|ABNORMAL_HIGH_GRADE",
      "Negativo para lesión intraepitelial o malignidad|NORMAL",
      "Carcinoma escamoso infiltrante|CANCER",
      "Muestra insatisfactoria|UNSATISFACTORY",
      "HPV-DNA: positivo (genotipo 16)|ABNORMAL_LOW_GRADE",
      "Esito: negativo per lesione intraepiteliale o malignità|NORMAL",
      "Pap test: ASC-US|ABNORMAL_LOW_GRADE",
      "Displasia grave|ABNORMAL_HIGH_GRADE",
      "Displasia lieve (CIN1)|ABNORMAL_LOW_GRADE",
      "Non valutabile|UNSATISFACTORY",
      "Ricerca HPV ad alto rischio oncogeno: rilevato|ABNORMAL_LOW_GRADE",
      "Citologia: lesão intraepitelial de baixo grau|ABNORMAL_LOW_GRADE",
      "HPV: não detectado|NORMAL",
      "Wynik: ujemny|NORMAL",
      "Cytologia: HSIL|ABNORMAL_HIGH_GRADE",
      "Brak komórek atypowych|NORMAL",
      "HIV positivo|NONE",
      // Words that are no result.
      "HPV|NONE",
      "Pap|NONE",
      "5.4 mmol/L|NONE",
      "Cervical cancer screening|NONE"})
  void grades(String value, ResultGrade expected) {
    assertThat(ResultGrader.grade(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"795.01|ABNORMAL_LOW_GRADE", "79503|ABNORMAL_LOW_GRADE",
      "795.04|ABNORMAL_HIGH_GRADE", "79502|ABNORMAL_HIGH_GRADE", "795.06|CANCER",
      "795.08|UNSATISFACTORY", "622.11|ABNORMAL_LOW_GRADE", "62212|ABNORMAL_HIGH_GRADE",
      "233.1|ABNORMAL_HIGH_GRADE", "2331|ABNORMAL_HIGH_GRADE", "180.9|CANCER", "1749|CANCER",
      "V76.2|NONE", "401.9|NONE", "250.00|NONE", "7950|NONE", "12|NONE", "180.95.1|NONE",
      "18.09|NONE"})
  void gradesIcd9CodesOfTheCervix(String value, ResultGrade expected) {
    assertThat(ResultGrader.icd9(value)).as(value).isEqualTo(expected);
  }

  /** A result beside its test's name: the test says what the outcome words speak of. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "positief|Chlamydia trachomatis PCR|NONE",
      "Not detected|HIV-1 RNA|NONE",
      "positief|hrHPV|ABNORMAL_LOW_GRADE",
      "negative|Aptima HPV|NORMAL",
      "3a2|Cytologie|ABNORMAL_HIGH_GRADE",
      "IIID2|Zytologie Gruppe|ABNORMAL_HIGH_GRADE",
      "negative|HPV 16/18 genotyping|NORMAL",
      "positive|77379-6|ABNORMAL_LOW_GRADE",
      "positive|''|ABNORMAL_LOW_GRADE",
      "HSIL|Chlamydia|ABNORMAL_HIGH_GRADE",
      "8.1|Hemoglobine|NONE",
      "NILM|ThinPrep Pap|NORMAL",
      "positief|Zelfafname (ZAS)|ABNORMAL_LOW_GRADE",
      "negatief|Gonorroe (NAAT)|NONE",
      "Negative|ct_naat|NONE",
      "volgende ronde over 5 jaar|uitstrijkje huisarts|NONE",
      "verwijzing gynaecoloog|uitstrijkje huisarts|NONE",
      "+|hrHPV|ABNORMAL_LOW_GRADE",
      "-|hrHPV|NORMAL",
      "+|Chlamydia PCR|NONE",
      "-|''|NONE",
      "+|''|NONE"})
  void gradesAResultBesideItsTest(String value, String test, ResultGrade expected) {
    assertThat(ResultGrader.grade(value, test)).as("%s beside %s", value, test)
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"herhaling over 1 jaar|true", "Repeat in 3 months|true",
      "HPV positief, herhaling over 1 jaar|false", "''|true", "-|true", "n.v.t.|true", "N/A|true", "geen uitslag|true",
      "pending|true", "Cytologie: niet verricht|true", "zie brief|false", "5.4|false", "Pap 1|false"})
  void tellsNoResultFromAnUnreadableOne(String value, boolean none) {
    assertThat(ResultGrader.isNoResult(value)).isEqualTo(none);
  }

  @ParameterizedTest
  @CsvSource({"211111,NORMAL", "112111,NORMAL", "213111,ABNORMAL_LOW_GRADE", "114111,ABNORMAL_LOW_GRADE",
      "115111,ABNORMAL_HIGH_GRADE", "317112,ABNORMAL_HIGH_GRADE", "118111,CANCER", "219111,CANCER",
      "21311,NONE", "2131110,NONE", "203111,NONE", "P3,NONE"})
  void gradesKopacBByItsSquamousDigit(String value, ResultGrade expected) {
    assertThat(ResultGrader.kopacB(value)).isEqualTo(expected);
  }

  /**
   * The twelfth and thirteenth blind parts' wordings: a sign before a genotype in parentheses, UK
   * shorthand without "dysk", the NHS's "HPV unavailable", "inad" for inadequate.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"HPV+ (16)|ABNORMAL_LOW_GRADE",
      "hrHPV+ (16) / Pap1|ABNORMAL_LOW_GRADE", "hrHPV+(overig)|ABNORMAL_LOW_GRADE",
      "HPV- (neg)|NORMAL", "HPV 16+18|ABNORMAL_LOW_GRADE",
      "HPV+ / HG sev|ABNORMAL_HIGH_GRADE", "hrHPV pos / HG mod|ABNORMAL_HIGH_GRADE",
      "HG severe|ABNORMAL_HIGH_GRADE", "Hg 12 mm|NONE",
      "HPV unavailable|UNSATISFACTORY", "HPV: unavailable|UNSATISFACTORY",
      "U - HPV unavailable|UNSATISFACTORY", "inad - rpt 3/12|UNSATISFACTORY",
      "HPV +ve / inadequate cyto|ABNORMAL_LOW_GRADE"})
  void gradesShorthandAndCodesOfTheLaterParts(String value, ResultGrade expected) {
    assertThat(ResultGrader.grade(value)).as(value).isEqualTo(expected);
  }

  /**
   * The fourteenth and fifteenth blind parts' wordings: a tissue's outcome, "ohne" as a negation, a
   * test named as not done, ONB for onbeoordeelbaar.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"cervix * biopt * geen afwijkingen|NORMAL",
      "biopt: geen afwijkingen|NORMAL", "Biopsy: negative|NORMAL", "Biopsy 2: normal|NORMAL",
      "Biopsy 1: CIN 1; Biopsy 2: CIN 3|ABNORMAL_HIGH_GRADE", "geen biopt genomen|NONE",
      "Portioschleimhaut ohne Dysplasie, kein Anhalt für Malignität|NORMAL",
      "No cytology test undertaken|NONE", "geen HPV|NORMAL", "No CIN|NORMAL",
      "ONB|UNSATISFACTORY", "niet gedetecteerd|NORMAL", "HPV hoog risico gedetecteerd|ABNORMAL_LOW_GRADE"})
  void gradesTissueOutcomesAndTestsNotDone(String value, ResultGrade expected) {
    assertThat(ResultGrader.grade(value)).as(value).isEqualTo(expected);
  }

  /** Plans of care as programmes and clinics write them, and values that are none. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"A - Routine recall|true", "R - Repeat in 12 months|true",
      "S - Suspend (colposcopy referral)|true", "No action - routine recall|true",
      "Re-referred to colposcopy|true", "Referred to colposcopy|true", "Rappel à 5 ans|true",
      "Test HPV-HR à 1 an|true", "Nouveau prélèvement|true", "Colposcopie|true",
      "LEEP-conisatie|true", "expectatief, controle 12 mnd|true", "Abklärungskolposkopie|true",
      "Routine-Screening in 3 Jahren|true", "Kontrolle in 12 Mon.|true",
      "Routine|false", "2WW|false", "35 years|false", "Pap 2|false", "HPV positive|false",
      "HPV: negative|false", "''|false", "Dr Sandhu|false", "12 months|false", "-|false",
      "- -|false", "+|false", "A - |false"})
  void tellsAPlanOfCare(String value, boolean plan) {
    assertThat(ResultGrader.isCarePlan(value)).as(value).isEqualTo(plan);
  }

  /** A test not made on this visit is no result, not a result that cannot be graded. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"entfällt", "not applicable",
      "niet uitgevoerd", "N/A", "non réalisé", "non réalisée", "nog niet binnen", "awaited"})
  void placeholdersForATestNotDoneAreNoResult(String value) {
    assertThat(ResultGrader.isNoResult(value)).isTrue();
  }
}
