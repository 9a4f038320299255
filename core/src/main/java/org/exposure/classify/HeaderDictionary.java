package org.exposure.classify;

import static org.exposure.model.FieldType.*;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposure.model.FieldType;

/**
 * Maps column headers, Dutch and English, to the field type they announce. Headers are compared
 * normalised: lower case, accents removed, and spaces and punctuation ({@code _ - . /}) dropped, so that
 * {@code "Geb. datum"}, {@code "geb_datum"} and {@code "GEBDATUM"} read alike. An exact dictionary match
 * is tried first, then a few distinctive stems ("bsn", "postcode", "email"...) anywhere in the header.
 * Immutable and thread-safe.
 */
public final class HeaderDictionary {
  private static final Map<String, FieldType> EXACT = exact();

  /** Stems tried in order when no exact entry matches; earlier stems win. */
  private static final List<Map.Entry<String, FieldType>> STEMS =
      List.of(
          Map.entry("bsn", NATIONAL_ID),
          Map.entry("burgerservice", NATIONAL_ID),
          Map.entry("iban", BANK_ACCOUNT),
          Map.entry("email", EMAIL),
          Map.entry("telefoon", PHONE),
          Map.entry("phone", PHONE),
          Map.entry("postcode", POSTCODE),
          Map.entry("geboorte", BIRTH_DATE),
          Map.entry("birth", BIRTH_DATE),
          Map.entry("huisarts", PROVIDER),
          Map.entry("agb", PROVIDER),
          Map.entry("uitslag", TEST_RESULT),
          Map.entry("result", TEST_RESULT),
          Map.entry("achternaam", FAMILY_NAME),
          Map.entry("voornaam", GIVEN_NAME),
          Map.entry("opmerking", FREE_TEXT),
          Map.entry("datum", CLINICAL_DATE),
          Map.entry("date", CLINICAL_DATE));

  private HeaderDictionary() {}

  /** The field type a header announces, or empty if the header is not known. */
  public static Optional<FieldType> lookup(String header) {
    String key = normalize(header);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    FieldType exact = EXACT.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, FieldType> stem : STEMS) {
      if (key.contains(stem.getKey())) {
        return Optional.of(stem.getValue());
      }
    }
    return Optional.empty();
  }

  /** The normalised form of a header used for lookup. */
  public static String normalize(String header) {
    return ResultGrader.squash(header);
  }

  private static Map<String, FieldType> exact() {
    ImmutableMap.Builder<String, FieldType> b = ImmutableMap.builder();
    put(b, NATIONAL_ID, "bsn", "burgerservicenummer", "bsnnummer", "sofinummer", "sofinr", "ssn",
        "socialsecuritynumber", "nationalid", "nationalidnumber", "citizenservicenumber", "patientbsn",
        "bsnpatient");
    put(b, PERSON_NAME, "naam", "volledigenaam", "patientnaam", "naampatient", "name", "fullname",
        "patientname", "clientnaam", "naamclient");
    put(b, GIVEN_NAME, "voornaam", "voornamen", "roepnaam", "givenname", "firstname", "forename",
        "givennames");
    put(b, INITIALS, "voorletters", "voorletter", "initialen", "initials", "initial");
    put(b, FAMILY_NAME, "achternaam", "geslachtsnaam", "familienaam", "familyname", "lastname",
        "surname", "tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "prefix",
        "nameprefix", "naampartner", "geslachtsnaampartner", "voorvoegselpartner", "partnernaam",
        "meisjesnaam", "eigennaam", "maidenname");
    put(b, BIRTH_DATE, "geboortedatum", "gebdatum", "gebdat", "gebdt", "gebdd", "geboortedat", "dob",
        "birthdate", "dateofbirth", "birthday", "geborenop");
    put(b, AGE, "leeftijd", "age", "leeftijdjaren", "ageyears");
    put(b, SEX, "geslacht", "geslachtsaanduiding", "sex", "gender", "mv");
    put(b, STREET_ADDRESS, "straat", "straatnaam", "adres", "woonadres", "street", "streetname",
        "address", "addressline", "streetaddress", "straatenhuisnummer", "adresregel", "address1");
    put(b, HOUSE_NUMBER, "huisnummer", "huisnr", "hnr", "huisletter", "huisnummertoevoeging",
        "toevoeging", "housenumber", "housenr", "housenumbersuffix");
    put(b, POSTCODE, "postcode", "pc", "pc6", "pc4", "postalcode", "zip", "zipcode", "postcodecijfers");
    put(b, CITY, "woonplaats", "plaats", "plaatsnaam", "gemeente", "city", "town", "residence",
        "place", "municipality");
    put(b, PHONE, "telefoon", "telefoonnummer", "telnr", "tel", "telefoonnr", "mobiel", "mobielnummer",
        "mobiel06", "phone", "phonenumber", "mobile", "telephone", "cellphone");
    put(b, EMAIL, "email", "emailadres", "mail", "emailaddress", "mailadres");
    put(b, BANK_ACCOUNT, "iban", "rekeningnummer", "bankrekening", "bankrekeningnummer",
        "bankaccount", "accountnumber");
    put(b, RECORD_ID, "monsternummer", "monsternr", "barcode", "labnummer", "labnr", "patientnummer",
        "patientnr", "patientid", "sampleid", "samplenumber", "labnumber", "ordernummer", "ordernr",
        "aanvraagnummer", "mrn", "recordid", "dossiernummer", "clientnummer", "clientid",
        "onderzoeksnummer", "id");
    put(b, PROVIDER, "huisarts", "naamhuisarts", "huisartsnaam", "agb", "agbcode", "agbcodehuisarts",
        "agbhuisarts", "huisartspraktijk", "praktijk", "praktijknaam", "gp", "gpname", "gpagb",
        "gppractice", "practitioner", "provider", "aanvrager", "verwijzer", "uzi", "uzinummer",
        "bignummer", "big");
    put(b, TEST_TYPE, "soortonderzoek", "onderzoek", "testtype", "test", "typeonderzoek", "soorttest",
        "afnamemethode", "screeningtype", "materiaal", "monstertype", "specimentype", "testname",
        "loinc", "loinccode", "bepaling");
    put(b, TEST_RESULT, "uitslag", "testuitslag", "hpv", "hpvuitslag", "hrhpv", "hrhpvuitslag",
        "hpvtype", "hpvgenotype", "genotype", "cytologie", "cytologieuitslag", "pap", "papklasse",
        "kopac", "kopacb", "bethesda", "result", "testresult", "hpvresult", "papclass", "papresult",
        "cytology", "cytologyresult", "advies", "vervolgadvies", "verwijzing", "conclusie",
        "conclusion", "interpretatie", "interpretation");
    put(b, DIAGNOSIS, "diagnose", "diagnosis", "cin", "cingraad", "histologie", "histology",
        "histologieuitslag", "pathologie", "palgadiagnose", "icd10", "diagnosecode");
    put(b, CLINICAL_DATE, "afnamedatum", "datumafname", "datumonderzoek", "onderzoeksdatum", "datum",
        "sampledate", "collectiondate", "testdate", "date", "uitslagdatum", "ontvangstdatum",
        "resultdate", "datumuitslag");
    put(b, FREE_TEXT, "opmerking", "opmerkingen", "toelichting", "notitie", "notities", "notes", "note",
        "remarks", "remark", "comment", "comments", "memo", "vrijetekst", "freetext", "anamnese");
    return b.buildOrThrow();
  }

  private static void put(ImmutableMap.Builder<String, FieldType> b, FieldType type, String... keys) {
    for (String key : keys) {
      b.put(key, type);
    }
  }
}
