package org.exposure.classify;

import static org.exposure.model.FieldType.*;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

  /** Stems tried in order when no exact entry matches; earlier stems win. */
  private static final List<Map.Entry<String, FieldType>> STEMS =
      List.of(
          Map.entry("bsn", NATIONAL_ID),
          Map.entry("burgerservice", NATIONAL_ID),
          Map.entry("iban", BANK_ACCOUNT),
          Map.entry("email", EMAIL),
          Map.entry("telefoon", PHONE),
          Map.entry("phone", PHONE),
          Map.entry("mobiel", PHONE),
          Map.entry("mobile", PHONE),
          Map.entry("postcode", POSTCODE),
          Map.entry("geboorteplaats", CITY),
          Map.entry("birthplace", CITY),
          Map.entry("geboorte", BIRTH_DATE),
          Map.entry("gebdat", BIRTH_DATE),
          Map.entry("geboren", BIRTH_DATE),
          Map.entry("birth", BIRTH_DATE),
          Map.entry("naissance", BIRTH_DATE),
          Map.entry("leeftijd", AGE),
          Map.entry("geslachtsnaam", FAMILY_NAME),
          Map.entry("geslacht", SEX),
          Map.entry("gender", SEX),
          Map.entry("huisarts", PROVIDER),
          Map.entry("agb", PROVIDER),
          Map.entry("provider", PROVIDER),
          Map.entry("practitioner", PROVIDER),
          Map.entry("physician", PROVIDER),
          Map.entry("woonplaats", CITY),
          Map.entry("straat", STREET_ADDRESS),
          Map.entry("adres", STREET_ADDRESS),
          Map.entry("address", STREET_ADDRESS),
          Map.entry("huisnummer", HOUSE_NUMBER),
          Map.entry("huisnr", HOUSE_NUMBER),
          Map.entry("bevinding", FREE_TEXT),
          Map.entry("uitslag", TEST_RESULT),
          Map.entry("result", TEST_RESULT),
          Map.entry("achternaam", FAMILY_NAME),
          Map.entry("tussenv", FAMILY_NAME),
          Map.entry("voornaam", GIVEN_NAME),
          Map.entry("opmerking", FREE_TEXT),
          Map.entry("notitie", FREE_TEXT),
          Map.entry("datum", CLINICAL_DATE),
          Map.entry("date", CLINICAL_DATE));

  /**
   * What makes a header a record number when nothing more specific matched: a Dutch compound ending in
   * "nummer" or "nr" ("polisnummer", "klantnr"), or a last word "id", "no" or "number" ("order_id",
   * "Accession No"). Such a header is weak: clear values outweigh it.
   */
  private static final List<String> RECORD_ID_COMPOUNDS = List.of("nummer", "nr");
  private static final Set<String> RECORD_ID_WORDS = Set.of("id", "no", "number", "nummer", "nr");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  /**
   * Headers too general to outweigh clear values: "datum" over birth dates, "naam" over surnames,
   * "description" over diagnosis terms.
   */
  private static final Set<String> GENERIC = Set.of("naam", "name", "datum", "date", "description",
      "omschrijving", "code", "value", "waarde", "id", "nummer", "number", "nr", "type", "soort");

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
    return isRecordNumberByForm(header, key) ? Optional.of(RECORD_ID) : Optional.empty();
  }

  private static boolean isRecordNumberByForm(String header, String key) {
    for (String ending : RECORD_ID_COMPOUNDS) {
      if (key.endsWith(ending) && key.length() > ending.length() + 1) {
        return true;
      }
    }
    String[] words = WORD_BREAK.split(header.strip());
    return words.length > 1
        && RECORD_ID_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a CSV file's first row holds data rather than column names: one of its cells is a valid BSN,
   * a date, a postcode, an e-mail address or a phone number, none of which names a column. Such a row is
   * a record (a file exported without its header), and its cells must not be reported as names. A row of
   * names or words alone cannot be told from a header, and is read as one.
   */
  public static boolean holdsData(List<String> row) {
    for (String cell : row) {
      if (Bsn.isValid(cell) || Dates.parse(cell).isPresent()
          || ValuePatterns.postcode(cell).isPresent() || ValuePatterns.isEmail(cell)
          || ValuePatterns.isPhone(cell)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the header is too weak to outweigh clear evidence from the values: a general word ("datum",
   * "naam", "description"), or a record number known only by its form ("vast nummer").
   */
  public static boolean isGeneric(String header) {
    String key = normalize(header);
    return GENERIC.contains(key) || (!EXACT.containsKey(key) && isRecordNumberByForm(header, key)
        && STEMS.stream().noneMatch(stem -> key.contains(stem.getKey())));
  }

  /**
   * The normalised form of a header used for lookup: lower case, without accents, punctuation, spaces,
   * or a qualifier in parentheses ("Naam (volledig)" reads as "naam volledig" would, "geb. datum
   * (jjjjmmdd)" as "gebdatum").
   */
  public static String normalize(String header) {
    String squashed = ResultGrader.squash(header);
    String withoutQualifier = ResultGrader.squash(PARENTHESES.matcher(header).replaceAll(""));
    return EXACT.containsKey(squashed) || withoutQualifier.isEmpty() ? squashed : withoutQualifier;
  }

  private static Map<String, FieldType> exact() {
    ImmutableMap.Builder<String, FieldType> b = ImmutableMap.builder();
    put(b, NATIONAL_ID, "drivers", "driverslicense", "driverslicence", "rijbewijs", "rijbewijsnummer", "passport", "passportnumber", "paspoort", "paspoortnummer", "nhs", "nhsnumber", "nhsno", "nhsnr", "rijksregisternummer", "rijksregisternr", "rrn", "insz", "inszummer", "niss", "numeronational", "numeroderegistrenational", "nationalnumber",
        "bsn", "burgerservicenummer", "bsnnummer", "sofinummer", "sofinr", "ssn",
        "socialsecuritynumber", "nationalid", "nationalidnumber", "citizenservicenumber", "patientbsn",
        "bsnpatient");
    put(b, PERSON_NAME, "beller", "caller", "naamvolledig", "naampatientvolledig",
        "naam", "volledigenaam", "patientnaam", "naampatient", "name", "fullname",
        "patientname", "clientnaam", "naamclient");
    put(b, GIVEN_NAME, "first", "prenom", "firstnames",
        "voornaam", "voornamen", "roepnaam", "givenname", "firstname", "forename",
        "givennames");
    put(b, INITIALS, "voorletters", "voorletter", "initialen", "initials", "initial");
    put(b, FAMILY_NAME, "tv", "tussenv", "last", "maiden", "nom", "nomdefamille", "achternaampartner",
        "achternaam", "geslachtsnaam", "familienaam", "familyname", "lastname",
        "surname", "tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "prefix",
        "nameprefix", "naampartner", "geslachtsnaampartner", "voorvoegselpartner", "partnernaam",
        "meisjesnaam", "eigennaam", "maidenname");
    put(b, BIRTH_DATE, "datedenaissance", "dateofbirthdob", "geboortedatumjjjjmmdd",
        "geboortedatum", "gebdatum", "gebdat", "gebdt", "gebdd", "geboortedat", "dob",
        "birthdate", "dateofbirth", "birthday", "geborenop");
    put(b, AGE, "leeftijdscategorie", "leeftijdbijafname", "agegroup", "ageband", "leeftijdsgroep",
        "leeftijd", "age", "leeftijdjaren", "ageyears");
    put(b, SEX, "geslachtcode", "geslachtcd", "sexe",
        "geslacht", "geslachtsaanduiding", "sex", "gender", "mv");
    put(b, STREET_ADDRESS, "straathuisnr", "straatenhuisnr", "lat", "lon", "latitude", "longitude", "addressline2", "adresregel1", "adresregel2", "rue", "straatnr", "straatennummer", "straathuisnummer", "address2",
        "straat", "straatnaam", "adres", "woonadres", "street", "streetname",
        "address", "addressline", "streetaddress", "straatenhuisnummer", "adresregel", "address1");
    put(b, HOUSE_NUMBER, "toev", "n", "houseno", "huisnummertoev", "numero",
        "huisnummer", "huisnr", "hnr", "huisletter", "huisnummertoevoeging",
        "toevoeging", "housenumber", "housenr", "housenumbersuffix");
    put(b, POSTCODE, "codepostal", "postnummer", "postalcodes",
        "postcode", "pc", "pc6", "pc4", "postalcode", "zip", "zipcode", "postcodecijfers");
    put(b, CITY, "commune", "birthplace", "geboorteplaats", "placeofbirth", "stad", "ville", "localite",
        "woonplaats", "plaats", "plaatsnaam", "gemeente", "city", "town", "residence",
        "place", "municipality");
    put(b, PHONE, "vastnummer", "terugbelnummer", "telefoonvast", "mobielnummer06", "mobileno", "mobilenumber", "gsm", "telephonenumber", "telefoonprive", "telwerk",
        "telefoon", "telefoonnummer", "telnr", "tel", "telefoonnr", "mobiel", "mobielnummer",
        "mobiel06", "phone", "phonenumber", "mobile", "telephone", "cellphone");
    put(b, EMAIL, "email", "emailadres", "mail", "emailaddress", "mailadres");
    put(b, BANK_ACCOUNT, "iban", "rekeningnummer", "bankrekening", "bankrekeningnummer",
        "bankaccount", "accountnumber");
    put(b, RECORD_ID, "klantnr", "klantnummer", "relatienummer", "relatienr", "polisnummer", "polisnr", "palgaid", "tnummer", "orderid", "ordernumber", "ref", "kenmerk", "cytologienummer", "accession", "accessionnr", "accessionnumber", "pseudoniem", "pseudonym", "pseudoid", "ziekenhuisnummer", "monsterid", "patnr", "labid", "specimenid", "encounter", "encounterid", "uuid",
        "monsternummer", "monsternr", "barcode", "labnummer", "labnr", "patientnummer",
        "patientnr", "patientid", "sampleid", "samplenumber", "labnumber", "ordernummer", "ordernr",
        "aanvraagnummer", "mrn", "recordid", "dossiernummer", "clientnummer", "clientid",
        "onderzoeksnummer", "id");
    put(b, PROVIDER, "behandelaar", "voorschrijver", "patholoog", "gynaecoloog", "medecintraitant", "orderingprovider", "npi", "orderingnpi", "hanaam", "haagb", "practice", "gppracticecode", "practicecode", "arts", "zorgverlener", "verwijzendarts", "referringphysician", "physician", "doctor", "huisartscode",
        "huisarts", "naamhuisarts", "huisartsnaam", "agb", "agbcode", "agbcodehuisarts",
        "agbhuisarts", "huisartspraktijk", "praktijk", "praktijknaam", "gp", "gpname", "gpagb",
        "gppractice", "practitioner", "provider", "aanvrager", "verwijzer", "uzi", "uzinummer",
        "bignummer", "big");
    put(b, TEST_TYPE, "soort", "verrichting", "assay", "onderzoekstype", "testcode", "loincdisplay", "description", "omschrijving", "ordercode",
        "soortonderzoek", "onderzoek", "testtype", "test", "typeonderzoek", "soorttest",
        "afnamemethode", "screeningtype", "materiaal", "monstertype", "specimentype", "testname",
        "loinc", "loinccode", "bepaling");
    put(b, TEST_RESULT, "value", "waarde", "vlag", "flag", "abnormalflag", "ctwaarde", "ct", "beoordeelbaarheid", "verwezen", "action", "actie", "papres", "hpvres", "snomedmorfologie", "morfologie", "uitslagcode", "resultcode", "resultaat",
        "uitslag", "testuitslag", "hpv", "hpvuitslag", "hrhpv", "hrhpvuitslag",
        "hpvtype", "hpvgenotype", "genotype", "cytologie", "cytologieuitslag", "pap", "papklasse",
        "kopac", "kopacb", "bethesda", "result", "testresult", "hpvresult", "papclass", "papresult",
        "cytology", "cytologyresult", "advies", "vervolgadvies", "verwijzing",
        "interpretatie", "interpretation");
    put(b, DIAGNOSIS, "episode", "geneesmiddel", "medicatie", "medicijn", "medication", "drug", "middel", "conclusie", "conclusion", "probleem", "problem", "condition",
        "diagnose", "diagnosis", "cin", "cingraad", "histologie", "histology",
        "histologieuitslag", "pathologie", "palgadiagnose", "icd10", "diagnosecode");
    put(b, CLINICAL_DATE, "screeningsjaar", "jaarafname", "sampletaken", "start", "stop", "onset", "begindatum", "einddatum", "startdate", "enddate", "stopdate", "deathdate", "overlijdensdatum", "opnamedatum", "ontslagdatum", "afspraakdatum",
        "afnamedatum", "datumafname", "datumonderzoek", "onderzoeksdatum", "datum",
        "sampledate", "collectiondate", "testdate", "date", "uitslagdatum", "ontvangstdatum",
        "resultdate", "datumuitslag");
    put(b, FREE_TEXT, "journaalregel", "journaal", "verslag", "narrative", "beschrijving",
        "bevindingen", "opmerking", "opmerkingen", "toelichting", "notitie", "notities", "notes", "note",
        "remarks", "remark", "comment", "comments", "memo", "vrijetekst", "freetext", "anamnese");
    // Known, and known to hold nothing personal: administrative dates and flags.
    put(b, OTHER, "ingangsdatum", "aangemaakt", "accountaangemaakt", "laatstelogin", "login",
        "exportts", "export", "exportdatum", "timestamp", "created", "createdat", "updated", "updatedat",
        "gewijzigd", "mutatiedatum", "title", "titel", "aanhef", "salutation", "marital",
        "burgerlijkestaat", "race", "ethnicity", "status", "laboratorium", "lab", "afdeling", "volgnr",
        "volgnummer", "rijnummer", "regelnummer", "index", "seq", "sequence", "lineno", "adressoort",
        "adrestype", "addresstype", "eenheid", "unit", "units", "referentie", "referencerange",
        "referentiewaarde", "fips", "county", "countycode", "state", "statecode", "regio", "region",
        "provincie", "province", "country", "land");
    return b.buildOrThrow();
  }

  private static void put(ImmutableMap.Builder<String, FieldType> b, FieldType type, String... keys) {
    for (String key : keys) {
      b.put(key, type);
    }
  }
}
