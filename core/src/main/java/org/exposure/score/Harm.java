package org.exposure.score;

import static org.exposure.model.FieldType.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.exposure.model.FieldType;

/** Harms an exposure opens for the individual, reported beside ENISA's SE. */
public enum Harm {
  /** National ID with name and birth date or address: enough to impersonate her. */
  IDENTITY_FRAUD("national ID with name and birth date or address",
      EnumSet.of(NATIONAL_ID, INSURANCE_ID, PERSON_NAME, GIVEN_NAME, INITIALS, FAMILY_NAME, BIRTH_DATE,
          STREET_ADDRESS, HOUSE_NUMBER, POSTCODE, CITY)),
  /** A way to reach her together with health data: the Vastaamo pattern. */
  PHISHING_EXTORTION("contact details together with health data",
      EnumSet.of(PHONE, EMAIL, STREET_ADDRESS, HOUSE_NUMBER, POSTCODE, TEST_RESULT, DIAGNOSIS,
          TEST_TYPE, MEDICATION, PROCEDURE)),
  /** An abnormal or positive screening result, or a diagnosis that stigmatises. */
  STIGMA("an abnormal or positive result, or a sensitive diagnosis (mental health, HIV and sexual "
      + "health, substance use, pregnancy, cancer)", EnumSet.of(TEST_RESULT, DIAGNOSIS)),
  /** A bank account with her identity. */
  FINANCIAL_FRAUD("bank account together with her name",
      EnumSet.of(BANK_ACCOUNT, PERSON_NAME, GIVEN_NAME, INITIALS, FAMILY_NAME)),
  /** A special category of GDPR Art. 9 other than health, or a criminal conviction (Art. 10). */
  DISCRIMINATION("data of a special category (ethnic origin, religion, political opinion, trade-union "
      + "membership, sex life or orientation, genetic or biometric data) or on criminal convictions",
      EnumSet.of(RACIAL_OR_ETHNIC_ORIGIN, RELIGION_OR_BELIEF, POLITICAL_OPINION,
          TRADE_UNION_MEMBERSHIP, SEX_LIFE_OR_ORIENTATION, GENETIC_DATA, BIOMETRIC_DATA,
          CRIMINAL_CONVICTION));

  private final String opener;
  private final Set<FieldType> fields;

  Harm(String opener, Set<FieldType> fields) {
    this.opener = opener;
    this.fields = fields;
  }

  /** What exposure opens this harm, in words. */
  public String opener() {
    return opener;
  }

  /** The harm in words: "identity fraud". */
  public String displayName() {
    return name().replace('_', ' ').replace("PHISHING EXTORTION", "phishing and extortion")
        .toLowerCase(Locale.ROOT);
  }

  /** Of the given exposed types, those that open this harm. */
  public Set<FieldType> openers(Set<FieldType> exposed) {
    Set<FieldType> openers = EnumSet.noneOf(FieldType.class);
    for (FieldType type : exposed) {
      if (fields.contains(type)) {
        openers.add(type);
      }
    }
    return openers;
  }
}
