package org.exposure.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposure.model.FieldType.*;

import java.time.LocalDate;
import org.exposure.model.SubjectExposure;
import org.exposure.score.BreachCircumstances.Availability;
import org.exposure.score.BreachCircumstances.Confidentiality;
import org.exposure.score.BreachCircumstances.Integrity;
import org.junit.jupiter.api.Test;

/**
 * ENISA 2013's component examples (reference/methodology.md §1.2-1.4) for the rows Exposure's rules
 * cover. Rows that need context the extract does not carry (luxury-car customers, one year of
 * transactions) are left to the DPO's policy.
 */
class EnisaExamplesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);
  private static final BreachCircumstances NO_CB =
      new BreachCircumstances(Confidentiality.NONE, Integrity.NONE, Availability.NONE, false, false);
  private final RiskModel general = RiskModel.of(NO_CB, ControllerType.GENERAL, DATE);
  private final RiskModel health = RiskModel.of(NO_CB, ControllerType.HEALTH, DATE);

  @Test
  void dpcAnnexA3() {
    // Names + phones: supermarket customers 1; diabetes e-pharmacy 3.
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME, PHONE)).dpc()).isEqualTo(1);
    assertThat(health.assess(SubjectExposure.of(PERSON_NAME, PHONE)).dpc()).isEqualTo(3);
    // Names + postal addresses: flower shop 1.
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME, STREET_ADDRESS, CITY)).dpc()).isEqualTo(1);
    // Blood lab: general tests performed 1; test for a certain disease, no result 3; actual results 4.
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME)).dpc()).isEqualTo(1);
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME, TEST_TYPE)).dpc()).isEqualTo(3);
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME, TEST_TYPE, TEST_RESULT)).dpc())
        .isEqualTo(4);
    // Financial data with no significant insight, such as bare account numbers: 2 (Annex 1, -1).
    assertThat(general.assess(SubjectExposure.of(BANK_ACCOUNT)).dpc()).isEqualTo(2);
  }

  @Test
  void eiAnnex2() {
    // Full name alone, few share it in the country: 0.5.
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME)).ei()).isEqualTo(0.5);
    // Full name plus date of birth and e-mail: 1.
    assertThat(general.assess(SubjectExposure.of(PERSON_NAME, BIRTH_DATE, EMAIL)).ei()).isEqualTo(1);
    // ID number alone, no way to find more without the reference database: 0.25.
    assertThat(general.assess(SubjectExposure.of(NATIONAL_ID)).ei()).isEqualTo(0.25);
    // ID number with the reference database's data (full name): 1.
    assertThat(general.assess(SubjectExposure.of(NATIONAL_ID, PERSON_NAME)).ei()).isEqualTo(1);
    // E-mail that reveals no name but is a primary address (searchable): 0.75.
    assertThat(general.assess(SubjectExposure.of(EMAIL)).ei()).isEqualTo(0.75);
    // Phone number alone, identification possible through communication: 0.5.
    assertThat(general.assess(SubjectExposure.of(PHONE)).ei()).isEqualTo(0.5);
    // Code or record number that cannot be linked without the reference database: 0.25.
    assertThat(general.assess(SubjectExposure.of(RECORD_ID)).ei()).isEqualTo(0.25);
  }

  @Test
  void cbAnnex3() {
    // Lost in transit, no evidence of unlawful processing: 0.
    assertThat(NO_CB.score()).isEqualTo(0);
    // E-mailed to known wrong recipients: +0.25.
    assertThat(NO_CB.withConfidentiality(Confidentiality.KNOWN).score()).isEqualTo(0.25);
    // Published on a message board: +0.5.
    assertThat(NO_CB.withConfidentiality(Confidentiality.UNKNOWN).score()).isEqualTo(0.5);
    // Altered and possibly used, recoverable: +0.25; not recoverable: +0.5.
    assertThat(NO_CB.withIntegrity(Integrity.RECOVERABLE).score()).isEqualTo(0.25);
    assertThat(NO_CB.withIntegrity(Integrity.UNRECOVERABLE).score()).isEqualTo(0.5);
    // Temporarily unavailable: +0.25; no backup and cannot be supplied again: +0.5.
    assertThat(NO_CB.withAvailability(Availability.TEMPORARY).score()).isEqualTo(0.25);
    assertThat(NO_CB.withAvailability(Availability.PERMANENT).score()).isEqualTo(0.5);
    // Theft, hacking, selling data: +0.5. All elements at their worst: 2.
    assertThat(NO_CB.withMalicious(true).score()).isEqualTo(0.5);
    assertThat(new BreachCircumstances(Confidentiality.UNKNOWN, Integrity.UNRECOVERABLE,
        Availability.PERMANENT, true, false).score()).isEqualTo(2.0);
  }

  @Test
  void seRangeAndBands() {
    // 0.25 = 1 × 0.25 + 0; 6 = 4 × 1 + 2.
    assertThat(general.assess(SubjectExposure.of(RECORD_ID)).se()).isEqualTo(0.25);
    RiskModel worst = RiskModel.of(new BreachCircumstances(Confidentiality.UNKNOWN,
        Integrity.UNRECOVERABLE, Availability.PERMANENT, true, false), ControllerType.HEALTH, DATE);
    assertThat(worst.assess(SubjectExposure.of(NATIONAL_ID, PERSON_NAME, TEST_RESULT)).se())
        .isEqualTo(6.0);
    assertThat(SeverityLevel.ofScore(2.0)).isEqualTo(SeverityLevel.MEDIUM);
    assertThat(SeverityLevel.ofScore(3.0)).isEqualTo(SeverityLevel.HIGH);
    assertThat(SeverityLevel.ofScore(4.0)).isEqualTo(SeverityLevel.VERY_HIGH);
  }
}
