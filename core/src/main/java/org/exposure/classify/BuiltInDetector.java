package org.exposure.classify;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The detectors Exposure ships with. Birth dates need the assessment date and live in
 * {@link BirthDateDetector}.
 */
enum BuiltInDetector implements ValueDetector {
  BSN(BuiltInScheme.NL_BSN),
  US_SSN(BuiltInScheme.US_SSN),
  /** Nine bare digits are an SSN only under a header that names one: else they are a BSN's form. */
  US_SSN_BARE(FieldType.NATIONAL_ID, "are US social security numbers (nine digits)", Double.NaN,
      v -> v.strip().length() == 9 && NationalIds.digitsOnly(v.strip(), 9) != null, "US") {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return headerType == FieldType.NATIONAL_ID
          && NationalIdSchemes.namedBy(normalizedHeader).orElse(null) == BuiltInScheme.US_SSN;
    }
  },
  NHS_NUMBER(BuiltInScheme.GB_NHS),
  BELGIAN_NATIONAL_NUMBER(BuiltInScheme.BE_RRN),
  FRENCH_NIR(BuiltInScheme.FR_NIR),
  GERMAN_KVNR(BuiltInScheme.DE_KVNR),
  DANISH_CPR(BuiltInScheme.DK_CPR),
  SWEDISH_PERSONNUMMER(BuiltInScheme.SE_PNR),
  SPANISH_DNI(BuiltInScheme.ES_DNI),
  ITALIAN_CODICE_FISCALE(BuiltInScheme.IT_CF),
  AUSTRIAN_SVNR(BuiltInScheme.AT_SVNR),
  SWISS_AHV(BuiltInScheme.CH_AHV),
  NORWEGIAN_FNR(BuiltInScheme.NO_FNR),
  FINNISH_HETU(BuiltInScheme.FI_HETU),
  POLISH_PESEL(BuiltInScheme.PL_PESEL),
  PORTUGUESE_NIF(BuiltInScheme.PT_NIF),
  /**
   * Nine bare digits are a NIF only under a header that names it ("NIF", "contribuinte"): else they
   * are a BSN's form. Under "NIF" the Spanish DNI's check competes, and the values decide.
   */
  PORTUGUESE_NIF_BARE(FieldType.NATIONAL_ID, BuiltInScheme.PT_NIF.evidence(), Double.NaN,
      v -> !EuropeanIds.isPrefixedNif(v) && BuiltInScheme.PT_NIF.linkingForm(v).isPresent(), "PT",
      BuiltInScheme.PT_NIF) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return headerType == FieldType.NATIONAL_ID
          && (NationalIdSchemes.namedBy(normalizedHeader).orElse(null) == BuiltInScheme.PT_NIF
              || normalizedHeader.equals("nif") || normalizedHeader.equals("nifnie"));
    }
  },
  EMAIL(FieldType.EMAIL, "are e-mail addresses", 0.8, ValuePatterns::isEmail),
  /** Any country's: national numbers from 0, E.164. The file's country names the country below. */
  PHONE(FieldType.PHONE, "are phone numbers", 0.8, ValuePatterns::isPhone),
  PHONE_NL(FieldType.PHONE, "are Dutch phone numbers (+31, 0031, 0...)", Double.NaN,
      v -> Phones.isOf(v, "NL"), "NL"),
  /** Grouped as NANP numbers are written, "555-123-4567" is distinctive enough to decide. */
  PHONE_US(FieldType.PHONE, "are US phone numbers (NANP, +1)", 0.8, v -> Phones.isOf(v, "US"), "US"),
  PHONE_GB(FieldType.PHONE, "are UK phone numbers (+44, 0...)", Double.NaN,
      v -> Phones.isOf(v, "GB"), "GB"),
  PHONE_BE(FieldType.PHONE, "are Belgian phone numbers (+32, 0...)", Double.NaN,
      v -> Phones.isOf(v, "BE"), "BE"),
  PHONE_DE(FieldType.PHONE, "are German phone numbers (+49, 0...)", Double.NaN,
      v -> Phones.isOf(v, "DE"), "DE"),
  PHONE_FR(FieldType.PHONE, "are French phone numbers (+33, 0...)", Double.NaN,
      v -> Phones.isOf(v, "FR"), "FR"),
  PHONE_ES(FieldType.PHONE, "are Spanish phone numbers (+34, 6.../9...)", Double.NaN,
      v -> Phones.isOf(v, "ES"), "ES"),
  PHONE_IT(FieldType.PHONE, "are Italian phone numbers (+39, 0.../3...)", Double.NaN,
      v -> Phones.isOf(v, "IT"), "IT"),
  PHONE_AT(FieldType.PHONE, "are Austrian phone numbers (+43, 0...)", Double.NaN,
      v -> Phones.isOf(v, "AT"), "AT"),
  PHONE_CH(FieldType.PHONE, "are Swiss phone numbers (+41, 0...)", Double.NaN,
      v -> Phones.isOf(v, "CH"), "CH"),
  PHONE_NO(FieldType.PHONE, "are Norwegian phone numbers (+47, 8 digits)", Double.NaN,
      v -> Phones.isOf(v, "NO"), "NO"),
  PHONE_FI(FieldType.PHONE, "are Finnish phone numbers (+358, 0...)", Double.NaN,
      v -> Phones.isOf(v, "FI"), "FI"),
  PHONE_PL(FieldType.PHONE, "are Polish phone numbers (+48, 9 digits)", Double.NaN,
      v -> Phones.isOf(v, "PL"), "PL"),
  PHONE_PT(FieldType.PHONE, "are Portuguese phone numbers (+351, 2.../9...)", Double.NaN,
      v -> Phones.isOf(v, "PT"), "PT"),
  POSTCODE(FieldType.POSTCODE, "are Dutch postcodes", 0.8, v -> ValuePatterns.postcode(v).isPresent(),
      "NL"),
  POSTCODE_UK(FieldType.POSTCODE, "are UK postcodes", 0.8, Postcodes::isUk, "GB"),
  POSTCODE_ZIP4(FieldType.POSTCODE, "are US ZIP+4 codes", 0.8, Postcodes::isZipPlus4, "US"),
  /** "00-950": a form no other country's postcode has. */
  POSTCODE_PL(FieldType.POSTCODE, "are Polish postcodes (NN-NNN)", 0.8, Postcodes::isPolishDashed,
      "PL"),
  /** "1000-001": likewise. */
  POSTCODE_PT(FieldType.POSTCODE, "are Portuguese postcodes (NNNN-NNN)", 0.8, Postcodes::isPortuguese,
      "PT"),
  // Bare digits decide nothing alone, and tell no country: the file's country names it.
  POSTCODE_FIVE_DIGITS(FieldType.POSTCODE, "are five-digit postcodes", Double.NaN,
      Postcodes::isFiveDigits),
  POSTCODE_US(FieldType.POSTCODE, "are US ZIP codes", Double.NaN, Postcodes::isUsZip, "US"),
  POSTCODE_DE(FieldType.POSTCODE, "are German postcodes (PLZ)", Double.NaN, Postcodes::isGerman, "DE"),
  POSTCODE_FR(FieldType.POSTCODE, "are French postcodes", Double.NaN, Postcodes::isFrench, "FR"),
  POSTCODE_ES(FieldType.POSTCODE, "are Spanish postcodes", Double.NaN, Postcodes::isSpanish, "ES"),
  POSTCODE_IT(FieldType.POSTCODE, "are Italian postcodes (CAP)", Double.NaN, Postcodes::isItalian,
      "IT"),
  POSTCODE_FI(FieldType.POSTCODE, "are Finnish postcodes", Double.NaN, Postcodes::isFiveDigits, "FI"),
  POSTCODE_FOUR_DIGITS(FieldType.POSTCODE, "are four-digit postcodes", Double.NaN,
      Postcodes::isFourDigits),
  POSTCODE_NL_PC4(FieldType.POSTCODE, "are the four digits of Dutch postcodes (PC4)", Double.NaN,
      Postcodes::isFourDigits, "NL"),
  POSTCODE_BE(FieldType.POSTCODE, "are Belgian postcodes", Double.NaN, Postcodes::isFourDigits, "BE"),
  POSTCODE_AT(FieldType.POSTCODE, "are Austrian postcodes (PLZ)", Double.NaN, Postcodes::isAustrian,
      "AT"),
  POSTCODE_CH(FieldType.POSTCODE, "are Swiss postcodes (PLZ/NPA)", Double.NaN, Postcodes::isSwiss,
      "CH"),
  /** Norwegian postcodes may start with 0 (Oslo's 0150), which no other four-digit form does. */
  POSTCODE_NO(FieldType.POSTCODE, "are Norwegian postcodes (postnummer)", Double.NaN,
      Postcodes::isNorwegian, "NO"),
  BANK_ACCOUNT(FieldType.BANK_ACCOUNT, "are IBANs with a valid check", 0.8, ValuePatterns::isIban),
  // Results before streets: "Pap 3a1" is also a word and a number.
  TEST_RESULT(FieldType.TEST_RESULT, "read as screening results", 0.8,
      v -> ResultGrader.grade(v) != ResultGrade.NONE),
  /** "4K22", "4K2L": the Read codes GP systems in England record the programme's results with. */
  READ_CODE_RESULT(FieldType.TEST_RESULT, "are Read codes of cervical screening results", 0.8,
      v -> Values.readCode(v) != ResultGrade.NONE),
  /** Six bare digits mean nothing without a KOPAC-B header. */
  KOPAC_B(FieldType.TEST_RESULT, "are KOPAC-B codes", Double.NaN,
      v -> ResultGrader.kopacB(v) != ResultGrade.NONE) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return headerType == FieldType.TEST_RESULT && normalizedHeader.contains("kopac");
    }
  },
  /** A street name alone ("Kerkstraat") confirms a street header, but decides nothing by itself. */
  STREET_NAME(FieldType.STREET_ADDRESS, "are street names or address lines", Double.NaN,
      ValuePatterns::isStreetOrAddressLine),
  STREET_ADDRESS(FieldType.STREET_ADDRESS, "are a street and house number", 0.8,
      ValuePatterns::isStreetAndNumber),
  /** "Prinses Irenestraat": names that end as Dutch streets do, decide alone but never refute. */
  STREET_BY_SUFFIX(FieldType.STREET_ADDRESS, "are street names (-straat, -laan, -weg...)", 0.7,
      ValuePatterns::hasStreetSuffix),
  /** Any small number passes, so values alone never make a house-number column. */
  HOUSE_NUMBER(FieldType.HOUSE_NUMBER, "are house numbers", Double.NaN, ValuePatterns::isHouseNumber),
  /** Likewise for ages. */
  AGE(FieldType.AGE, "are ages (0-120)", Double.NaN, ValuePatterns::isAge),
  SEX(FieldType.SEX, "are sex codes", 0.95, ValuePatterns::isSexCode),
  TEST_NAME(FieldType.TEST_TYPE, "name a screening or lab test", 0.8, Codes::isTestName),
  LOINC(FieldType.TEST_TYPE, "are LOINC codes with a valid check digit", 0.9, Codes::isLoinc),
  ICD10(FieldType.DIAGNOSIS, "are ICD-10 codes", 0.9, Codes::isIcd10),
  SNOMED_CONCEPT(FieldType.DIAGNOSIS, "are SNOMED CT concept identifiers with a valid check digit",
      0.9, Codes::isSnomedConcept),
  SNOMED_FINDING(FieldType.DIAGNOSIS, "are SNOMED CT names of disorders or findings", 0.8,
      Codes::isSnomedFindingName),
  SNOMED_PROCEDURE(FieldType.PROCEDURE, "are SNOMED CT names of procedures", 0.8,
      Codes::isSnomedProcedureName),
  ATC(FieldType.MEDICATION, "are ATC codes of medicines", 0.9, Codes::isAtcCode),
  MEDICATION_WITH_STRENGTH(FieldType.MEDICATION, "name a medicine with its strength (mg, ml...)", 0.8,
      Codes::isMedicationWithStrength),
  GENETIC_VARIANT(FieldType.GENETIC_DATA, "are genetic variants or findings (HGVS)", 0.6,
      SpecialCategories::isGeneticVariant),
  // Vocabularies decide a special category by values alone (VALUES_ALONE).
  RACE_OR_ETHNICITY(FieldType.RACIAL_OR_ETHNIC_ORIGIN, "name a race or ethnicity", 0.9,
      SpecialCategories::isRaceOrEthnicity),
  RELIGION(FieldType.RELIGION_OR_BELIEF, "name a religion or belief", 0.8,
      SpecialCategories::isReligion),
  // A clinic's risk group names orientations beside other routes to a test ("warned by a partner",
  // "under 25"): half is enough to say the column speaks of sex life.
  SEXUAL_ORIENTATION(FieldType.SEX_LIFE_OR_ORIENTATION, "name a sexual orientation or sex life", 0.5,
      SpecialCategories::isSexualOrientation),
  /** Eight digits mean an AGB code only under a provider header... */
  AGB(FieldType.PROVIDER, "are 8-digit AGB codes", Double.NaN, Codes::isAgbCode),
  /** ...unless nearly all start with 01, the code of general practitioners. */
  GP_AGB(FieldType.PROVIDER, "are AGB codes of general practitioners (01...)", 0.95,
      v -> Codes.isAgbCode(v) && v.strip().startsWith("01")),
  RECORD_IDENTIFIER(FieldType.RECORD_ID, "are record identifiers (letter prefix and digits, or UUIDs)",
      0.9, Codes::isRecordIdentifier),
  CLINICAL_DATE(FieldType.CLINICAL_DATE, "are dates", 0.8, v -> Dates.parse(v).isPresent()),
  INITIALS(FieldType.INITIALS, "are initials", 0.9, NameDictionary::isInitials),
  // The dictionaries decide names and places by values alone (VALUES_ALONE).
  PERSON_NAME(FieldType.PERSON_NAME, "are a given name or initials with a common Dutch family name",
      0.5, NameDictionary::isPersonName),
  FAMILY_NAME(FieldType.FAMILY_NAME, "are common Dutch family names", 0.5,
      NameDictionary::isFamilyName),
  GIVEN_NAME(FieldType.GIVEN_NAME, "are common Dutch given names", 0.5, NameDictionary::isGivenName),
  CITY(FieldType.CITY, "are Dutch places of residence", 0.6, NameDictionary::isCity);

  private final FieldType type;
  private final String evidence;
  private final double decidingShare;
  private final Predicate<String> check;
  private final Optional<String> country;
  /** The national-ID scheme whose numbers this detector finds, or null. */
  final NationalIdScheme scheme;

  /**
   * Detectors that may decide a column whose header is unknown, but never confirm or refute a known
   * one: a dictionary or vocabulary knows only some names (a right column it lacks words for would
   * look wrong), and a street suffix or a GP's AGB prefix is narrower than the header's own check.
   */
  private static final Set<BuiltInDetector> VALUES_ALONE = EnumSet.of(STREET_BY_SUFFIX,
      RACE_OR_ETHNICITY, RELIGION, SEXUAL_ORIENTATION, GP_AGB, PERSON_NAME, FAMILY_NAME,
      GIVEN_NAME, CITY);

  BuiltInDetector(FieldType type, String evidence, double decidingShare, Predicate<String> check) {
    this(type, evidence, decidingShare, check, null, null);
  }

  BuiltInDetector(FieldType type, String evidence, double decidingShare, Predicate<String> check,
      String country) {
    this(type, evidence, decidingShare, check, country, null);
  }

  BuiltInDetector(NationalIdScheme scheme) {
    this(FieldType.NATIONAL_ID, scheme.evidence(), scheme.decidingShare().orElse(Double.NaN),
        scheme::matches, scheme.country(), scheme);
  }

  BuiltInDetector(FieldType type, String evidence, double decidingShare, Predicate<String> check,
      String country, NationalIdScheme scheme) {
    this.type = type;
    this.evidence = evidence;
    this.decidingShare = decidingShare;
    this.check = check;
    this.country = Optional.ofNullable(country);
    this.scheme = scheme;
  }

  /**
   * A detector confirms a header of its type, none of {@link #VALUES_ALONE}; a scheme's detector
   * confirms a national-ID header that names no scheme, or names its own: under "bsn" the 11-proef
   * alone is the check, whatever else nine digits may be.
   */
  @Override
  public boolean confirms(String normalizedHeader, FieldType headerType) {
    if (VALUES_ALONE.contains(this)) {
      return false;
    }
    if (scheme == null || headerType != FieldType.NATIONAL_ID) {
      return headerType == type;
    }
    Optional<NationalIdScheme> named = NationalIdSchemes.namedBy(normalizedHeader);
    return named.isEmpty() || named.get() == scheme;
  }

  @Override
  public Optional<String> country() {
    return country;
  }

  @Override
  public FieldType type() {
    return type;
  }

  @Override
  public String evidence() {
    return evidence;
  }

  @Override
  public boolean matches(String value) {
    return check.test(value);
  }

  @Override
  public OptionalDouble decidingShare() {
    return Double.isNaN(decidingShare) ? OptionalDouble.empty() : OptionalDouble.of(decidingShare);
  }
}
