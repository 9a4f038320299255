package org.exposure.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposure.model.FieldType.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.BreachCircumstances.Availability;
import org.exposure.score.BreachCircumstances.Confidentiality;
import org.exposure.score.BreachCircumstances.Integrity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RiskModelTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final BreachCircumstances NO_CB =
      new BreachCircumstances(Confidentiality.NONE, Integrity.NONE, Availability.NONE, false, false);

  private final RiskModel general = RiskModel.of(NO_CB, ControllerType.GENERAL, DATE);
  private final RiskModel health = RiskModel.of(NO_CB, ControllerType.HEALTH, DATE);

  @ParameterizedTest
  @CsvSource({"0.25,LOW", "1.99,LOW", "2.0,MEDIUM", "2.99,MEDIUM", "3.0,HIGH", "3.99,HIGH",
      "4.0,VERY_HIGH", "6.0,VERY_HIGH"})
  void bandsFollowEnisa(double se, SeverityLevel expected) {
    assertThat(SeverityLevel.ofScore(se)).isEqualTo(expected);
  }

  @Test
  void anActualTestResultIsDpcFour() {
    // ENISA A3, blood lab: "actual test results" -> 4
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, TEST_RESULT)).dpc()).isEqualTo(4);
    assertThat(general.assess(SubjectExposure.of(RECORD_ID, DIAGNOSIS)).dpc()).isEqualTo(4);
  }

  @Test
  void aMedicationOrProcedureIsHealthDataOfItsOwn() {
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, MEDICATION)).dpc()).isEqualTo(4);
    assertThat(general.assess(SubjectExposure.of(RECORD_ID, PROCEDURE)).dpc()).isEqualTo(4);
    assertThat(general.assess(SubjectExposure.of(EMAIL, MEDICATION)).harms())
        .contains(Harm.PHISHING_EXTORTION);
  }

  @ParameterizedTest
  @EnumSource(value = FieldType.class, names = {"RACIAL_OR_ETHNIC_ORIGIN", "RELIGION_OR_BELIEF",
      "POLITICAL_OPINION", "TRADE_UNION_MEMBERSHIP", "SEX_LIFE_OR_ORIENTATION", "GENETIC_DATA",
      "BIOMETRIC_DATA", "CRIMINAL_CONVICTION"})
  void aSpecialCategoryIsSensitiveDataAndOpensDiscrimination(FieldType special) {
    // ENISA Annex 1: sensitive data (health, political affiliation, sexual life), basic score 4
    SubjectAssessment a = general.assess(SubjectExposure.of(FAMILY_NAME, special));
    assertThat(a.dpc()).isEqualTo(4);
    assertThat(a.dpcRule()).isEqualTo(DpcRule.SPECIAL_CATEGORY);
    assertThat(a.harms()).containsExactly(Harm.DISCRIMINATION);
    Map<DpcRule, Integer> dpc = new EnumMap<>(Policy.defaults().dpc());
    dpc.put(DpcRule.SPECIAL_CATEGORY, 3);
    RiskModel milder = RiskModel.of(new Policy("dpo/1", dpc, Policy.defaults().ei(), 16, 1, 0.2,
        SeverityLevel.HIGH), NO_CB, ControllerType.GENERAL, DATE);
    assertThat(milder.assess(SubjectExposure.of(FAMILY_NAME, special)).dpc()).isEqualTo(3);
  }

  @Test
  void aSensitiveDiagnosisOpensStigmaWhateverItsGrade() {
    SubjectExposure diagnosed = SubjectExposure.of(FAMILY_NAME, DIAGNOSIS);
    assertThat(general.assess(diagnosed).harms()).doesNotContain(Harm.STIGMA);
    assertThat(general.assess(diagnosed.withSensitiveDiagnosis(true)).harms())
        .contains(Harm.STIGMA);
    // An ungraded result is no abnormal one: it opens nothing by its grade.
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, TEST_RESULT)
        .withResultGrade(ResultGrade.UNGRADED)).harms()).doesNotContain(Harm.STIGMA);
  }

  @Test
  void anInsuranceNumberIdentifiesAsANationalIdDoes() {
    SubjectExposure member = SubjectExposure.of(INSURANCE_ID, FAMILY_NAME, BIRTH_DATE);
    assertThat(general.assess(member).ei()).isEqualTo(1.0);
    assertThat(general.assess(member).harms()).containsExactly(Harm.IDENTITY_FRAUD);
    // Coordinates of her home are as good as her address.
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, GEOLOCATION)).ei()).isEqualTo(1.0);
  }

  @Test
  void aTestTypeWithoutResultIsDpcThree() {
    // ENISA A3, blood lab: "test for a certain disease, no result" -> 3
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, TEST_TYPE)).dpc()).isEqualTo(3);
  }

  @Test
  void simpleDataIsDpcOneUnlessTheControllerRevealsHealth() {
    // ENISA A3: names and phones of an e-pharmacy's diabetes customers -> 3
    SubjectExposure contact = SubjectExposure.of(PERSON_NAME, PHONE);
    assertThat(general.assess(contact).dpc()).isEqualTo(1);
    assertThat(health.assess(contact).dpc()).isEqualTo(3);
  }

  @Test
  void anIdentityFraudKitIsAtLeastDpcThree() {
    SubjectExposure kit = SubjectExposure.of(NATIONAL_ID, FAMILY_NAME, BIRTH_DATE);
    assertThat(general.assess(kit).dpc()).isEqualTo(3);
    assertThat(general.assess(kit).harms()).containsExactly(Harm.IDENTITY_FRAUD);
  }

  @Test
  void aBankAccountAloneIsDpcTwo() {
    // ENISA A2: bare account numbers, some financial information but no insight -> 2
    assertThat(general.assess(SubjectExposure.of(BANK_ACCOUNT)).dpc()).isEqualTo(2);
  }

  @Test
  void minorsRaiseDpcByOneCappedAtFour() {
    SubjectExposure child = SubjectExposure.of(PERSON_NAME, BIRTH_DATE)
        .withBirthDate(LocalDate.of(2015, 3, 1));
    SubjectAssessment a = general.assess(child);
    assertThat(a.dpc()).isEqualTo(2);
    assertThat(a.explanation()).contains("DPC raised to 2: she was a minor on the assessment date");
    SubjectAssessment atCap = general.assess(child.with(TEST_RESULT));
    assertThat(atCap.dpc()).isEqualTo(4);
    assertThat(atCap.minorRaise()).as("a DPC of 4 is not raised").isZero();
    assertThat(atCap.explanation()).doesNotContain("raised");
    SubjectExposure sixteen = child.withBirthDate(LocalDate.of(2009, 7, 1));
    assertThat(general.assess(sixteen).dpc()).isEqualTo(1);
    SubjectExposure unborn = child.withBirthDate(DATE.plusDays(1));
    assertThat(general.assess(unborn).minorRaise()).as("a birth date after the assessment date")
        .isZero();
  }

  @Test
  void eiFollowsTheStrongestIdentifierCombination() {
    assertThat(general.assess(SubjectExposure.of(NATIONAL_ID, INITIALS)).ei()).isEqualTo(1);
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, BIRTH_DATE)).ei()).isEqualTo(1);
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, POSTCODE, HOUSE_NUMBER)).ei())
        .isEqualTo(1);
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME, EMAIL)).ei()).isEqualTo(0.75);
    assertThat(general.assess(SubjectExposure.of(FAMILY_NAME)).ei()).isEqualTo(0.5);
    assertThat(general.assess(SubjectExposure.of(PHONE)).ei()).isEqualTo(0.5);
    // ENISA Annex 2: an ID number alone, without the reference database -> 0.25 (the BSN encodes nothing)
    assertThat(general.assess(SubjectExposure.of(NATIONAL_ID)).ei()).isEqualTo(0.25);
    assertThat(general.assess(SubjectExposure.of(RECORD_ID, TEST_RESULT)).ei()).isEqualTo(0.25);
    assertThat(general.assess(SubjectExposure.of(NATIONAL_ID)).eiRule()).isEqualTo(EiRule.ID_ALONE);
  }

  @Test
  void withoutDirectIdentifiersTheEquivalenceClassDecidesEi() {
    SubjectExposure pseudonymised = SubjectExposure.of(RECORD_ID, BIRTH_DATE, POSTCODE, TEST_RESULT)
        .withQuasiIdentifiers(QuasiIdentifiers.none().withBirthDate(LocalDate.of(1970, 2, 1))
            .withPostcode("2281 AB"));
    assertThat(general.assess(pseudonymised, 1).ei()).isEqualTo(0.75);
    assertThat(general.assess(pseudonymised, 1).explanation())
        .contains("EI 0.75: she is the only subject in the extract with her quasi-identifiers (k = 1, "
            + "prosecutor risk 1).");
    // 1/4 = 0.25 is above the default threshold 0.2; 1/5 is not
    assertThat(general.assess(pseudonymised, 4).eiRule()).isEqualTo(EiRule.QUASI_IDENTIFIERS_RARE);
    assertThat(general.assess(pseudonymised, 4).ei()).isEqualTo(0.5);
    assertThat(general.assess(pseudonymised, 5).eiRule()).isEqualTo(EiRule.QUASI_IDENTIFIERS_COMMON);
    assertThat(general.assess(pseudonymised, 5).ei()).isEqualTo(0.25);
    assertThat(general.assess(pseudonymised, 5).prosecutorRisk()).isEqualTo(0.2);
    // a direct identifier outweighs the class
    assertThat(general.assess(pseudonymised.with(FAMILY_NAME), 5).eiRule())
        .isEqualTo(EiRule.NAME_WITH_BIRTH_DATE);
  }

  @Test
  void harmsNameTheFieldsThatOpenThem() {
    SubjectAssessment a = general.assess(SubjectExposure.of(NATIONAL_ID, FAMILY_NAME, BIRTH_DATE,
        EMAIL, TEST_RESULT).withResultGrade(ResultGrade.ABNORMAL_HIGH_GRADE));
    assertThat(a.explanation()).contains("Harms: identity fraud (NATIONAL_ID, FAMILY_NAME, BIRTH_DATE); "
        + "phishing and extortion (EMAIL, TEST_RESULT); stigma (TEST_RESULT).");
  }

  @Test
  void aPolicyChangesScoresAndThresholds() {
    Map<String, String> settings = new LinkedHashMap<>(Policy.defaults().settings());
    assertThat(settings).containsEntry("version", Policy.DEFAULT_VERSION)
        .containsEntry("dpc.test_result", "4").containsEntry("ei.id_alone", "0.25")
        .containsEntry("minor.age", "16").containsEntry("reidentification.threshold", "0.2")
        .containsEntry("inform.from", "high");
    Map<DpcRule, Integer> dpc = new EnumMap<>(Policy.defaults().dpc());
    dpc.put(DpcRule.HEALTH_CONTROLLER, 2);
    Policy strict = new Policy("test/1", dpc, Policy.defaults().ei(), 18, 1, 0.1, SeverityLevel.MEDIUM);
    RiskModel model = RiskModel.of(strict, NO_CB, ControllerType.HEALTH, DATE);
    assertThat(model.assess(SubjectExposure.of(PERSON_NAME, PHONE)).dpc()).isEqualTo(2);
    SubjectExposure seventeen = SubjectExposure.of(PERSON_NAME).withBirthDate(LocalDate.of(2008, 1, 1));
    assertThat(model.assess(seventeen).minorRaise()).isEqualTo(1);
    assertThat(health.assess(seventeen).minorRaise()).isZero();
  }

  @Test
  void thePolicysHighestScoringRuleWinsAndTiesGoToTheRuleListedFirst() {
    Map<DpcRule, Integer> dpc = new EnumMap<>(Policy.defaults().dpc());
    dpc.put(DpcRule.BANK_ACCOUNT, 4); // now above a test type (3), level with a test result (4)
    Policy policy = new Policy("test/2", dpc, Policy.defaults().ei(), 16, 1, 0.2, SeverityLevel.HIGH);
    RiskModel model = RiskModel.of(policy, NO_CB, ControllerType.GENERAL, DATE);
    assertThat(model.assess(SubjectExposure.of(BANK_ACCOUNT, TEST_TYPE)).dpcRule())
        .isEqualTo(DpcRule.BANK_ACCOUNT);
    assertThat(model.assess(SubjectExposure.of(BANK_ACCOUNT, TEST_RESULT)).dpcRule())
        .isEqualTo(DpcRule.TEST_RESULT);
  }

  @Test
  void cbAddsUpTheElements() {
    assertThat(NO_CB.score()).isEqualTo(0);
    assertThat(BreachCircumstances.DEFAULT.score()).isEqualTo(0.5);
    BreachCircumstances ransomware = BreachCircumstances.DEFAULT.withMalicious(true)
        .withAvailability(Availability.TEMPORARY);
    assertThat(ransomware.score()).isEqualTo(1.25);
    BreachCircumstances worst = new BreachCircumstances(Confidentiality.UNKNOWN,
        Integrity.UNRECOVERABLE, Availability.PERMANENT, true, false);
    assertThat(worst.score()).isEqualTo(2.0);
    assertThat(BreachCircumstances.DEFAULT.withConfidentiality(Confidentiality.KNOWN).score())
        .isEqualTo(0.25);
    assertThat(NO_CB.withIntegrity(Integrity.RECOVERABLE).score()).isEqualTo(0.25);
  }

  @Test
  void theClinicalDiagnosticsCaseIsVeryHigh() {
    RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true),
        ControllerType.HEALTH, DATE);
    SubjectExposure woman = SubjectExposure.of(NATIONAL_ID, FAMILY_NAME, INITIALS, BIRTH_DATE,
            STREET_ADDRESS, HOUSE_NUMBER, POSTCODE, CITY, PROVIDER, TEST_RESULT)
        .withResultGrade(ResultGrade.ABNORMAL_LOW_GRADE);
    SubjectAssessment a = model.assess(woman);
    assertThat(a.se()).isEqualTo(5.0);
    assertThat(a.level()).isEqualTo(SeverityLevel.VERY_HIGH);
    assertThat(a.harms()).containsExactlyInAnyOrder(
        Harm.IDENTITY_FRAUD, Harm.PHISHING_EXTORTION, Harm.STIGMA);
    assertThat(a.explanation())
        .contains("DPC 4: an actual test result")
        .contains("EI 1: a national ID together with a name")
        .contains("CB 1: loss of confidentiality unknown +0.5")
        .contains("SE = 4 × 1 + 1 = 5: Very high.");
  }

  @Test
  void participationOnlyWithAScreeningLabIsHigh() {
    RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true),
        ControllerType.HEALTH, DATE);
    SubjectAssessment a = model.assess(SubjectExposure.of(NATIONAL_ID, FAMILY_NAME, BIRTH_DATE));
    assertThat(a.se()).isEqualTo(4.0);
    assertThat(a.level()).isEqualTo(SeverityLevel.VERY_HIGH);
    SubjectAssessment noMalice = RiskModel.of(BreachCircumstances.DEFAULT, ControllerType.HEALTH,
        DATE).assess(SubjectExposure.of(NATIONAL_ID, FAMILY_NAME, BIRTH_DATE));
    assertThat(noMalice.se()).isEqualTo(3.5);
    assertThat(noMalice.level()).isEqualTo(SeverityLevel.HIGH);
  }
}
