package org.exposure.classify;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.EMAIL;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INITIALS;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.exposure.model.FieldType;

/**
 * Reads a header that is not in the dictionary word by word, the way warehouse and application
 * exports write them ({@code PAT_LAST_NM}, {@code Soc Sec No}, {@code RESULT_DTTM}, {@code
 * AttendingProviderName}): the header is cut into words, each abbreviation is read as the word it
 * stands for ({@code nm} name, {@code dt} date, {@code dx} diagnosis), and the words together decide
 * what the column holds. The word a header is <em>about</em> outweighs the words that qualify it: a
 * date of a result is a date, the name of a provider a provider, the sex at birth a sex.
 *
 * <p>English words and the abbreviations of English-speaking systems, with the Dutch, French and
 * German words that snake-case exports put among them ({@code PAT_VOORLETTERS}, {@code AANVR_NAAM});
 * other languages' headers are compounds or phrases the dictionary knows whole. Stateless and
 * thread-safe.
 */
final class HeaderWords {
  /** A word's meaning, once its abbreviation or synonym is read. */
  private enum Word {
    NAME, LAST, FIRST, MIDDLE, INITIAL, SUBJECT, BIRTH, DEATH, DATE, YEAR, ADMIN_EVENT,
    /** An identifier word: "id", "number", "no". */
    ID,
    /** "num": a number, unless a value word beside it makes it numeric ("nval_num"). */
    NUM,
    SSN, MRN, RECORD, EVENT, SPECIMEN, SOURCE, CONCEPT, CHART, PHONE, EMAIL, ZIP, CODE, ADDRESS,
    LINE, CITY, REGION, SEX, AGE, PROVIDER, ORGANISATION, INSURANCE, CLAIM, DIAGNOSIS,
    MEDICATION, PROCEDURE, TEST, RESULT, VALUE, NOTE, UNIT, RANGE, STATUS, TYPE, DESCRIPTION,
    PLACE, ETHNIC, RELIGION, MEMBER,
    /** A measurement whose column holds its value: "BMI", "glycémie", "SpO2". */
    MEASURE,
    /** A condition by name ("diabetes", "COPD"): a diagnosis, unless a test of it ("HIV test"). */
    CONDITION
  }

  /**
   * The types a header may have with one word not understood, because the words understood name
   * what it is about ("anchor_age", "hospital_mrn", "ICD9_DGNS_CD"): an unknown word there qualifies.
   */
  private static final Set<FieldType> DECIDED_DESPITE_A_WORD = EnumSet.of(AGE, PHONE, EMAIL,
      BIRTH_DATE, CLINICAL_DATE, RECORD_ID, PERSON_NAME, GIVEN_NAME, FAMILY_NAME, INITIALS,
      POSTCODE, PROVIDER, NATIONAL_ID, DIAGNOSIS, MEDICATION, PROCEDURE, INSURANCE_ID, FREE_TEXT);

  private static final Pattern ICD_EDITION =
      Pattern.compile("(?i)\\bICD[- ]?(?:9|10|11)(?:[- ]?(?:CM|PCS|GM|WHO))?\\b");

  /** Stems of birth in the words joined to a date word ("client_geboortedatum", "gebdatum"). */
  private static final List<String> BIRTH_STEMS = List.of("birth", "geb", "naissance", "nascita",
      "nacimiento", "nascimento", "fodsel", "fødsel", "syntyma", "urodzen", "dob");

  /** Endings of a word joined to a date word: "admittime", "edregtime", "dischdate". */
  private static final List<String> DATE_ENDINGS = List.of("datetime", "date", "time", "dttm",
      "datum");

  /** Between words: anything but letters and digits, a lower-case letter before a capital, or a
   * letter beside a digit ("ADDRESS_LINE1", "PatientDOB"). */
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+"
      + "|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

  /** Words and abbreviations (folded: lower case, no accents) and what they mean. */
  private static final Map<String, List<Word>> WORDS = words();

  private HeaderWords() {}

  /**
   * The type the header's words announce, or empty when they announce none: when two words or more
   * are not understood, or one is and the words understood do not name what the header is about, or
   * the header is a single word the dictionary has not got (left to the dictionary and the values).
   */
  static Optional<FieldType> read(String header) {
    Words words = Words.of(header);
    if (words.count() == 0 || words.unknown() > 1
        || words.count() == 1 && words.meanings().size() < 2 && !words.has(Word.SSN)
            && !words.has(Word.MRN) && !words.has(Word.DATE)) {
      return Optional.empty();
    }
    FieldType type = decide(words);
    if (type == null || words.unknown() == 1 && !DECIDED_DESPITE_A_WORD.contains(type)) {
      return Optional.empty();
    }
    return Optional.of(type);
  }

  /**
   * Whether the header names the person herself by a number: a patient, person, subject or
   * participant identifier, an MRN ("PAT_MRN_ID", "subject_id", "hospital_mrn", "bene_id"). A visit,
   * order or sample number, or a provider's, is not one.
   */
  static boolean namesPerson(String header) {
    Words w = Words.of(header);
    return w.unknown() <= 1 && w.count() > 0
        && (w.has(Word.MRN) || w.has(Word.SUBJECT) && (w.has(Word.ID) || w.has(Word.NUM)))
        && !w.has(Word.EVENT) && !w.has(Word.PROVIDER)
        && (!w.has(Word.ORGANISATION) || w.has(Word.MRN))
        && !w.has(Word.INSURANCE) && !w.has(Word.MEMBER) && !w.has(Word.CLAIM)
        && !w.has(Word.SPECIMEN)
        && !w.has(Word.NAME) && !w.has(Word.DATE) && !w.has(Word.SSN);
  }

  /** Whether the header names a condition, not a test of it: "has_diabetes", "SP_CNCR". */
  static boolean namesCondition(String header) {
    Words w = Words.of(header);
    return w.unknown() <= 1 && w.has(Word.CONDITION) && !w.has(Word.TEST) && !w.has(Word.DATE);
  }

  /** A header cut into words: what those understood mean, and how many were not understood. */
  private record Words(Set<Word> meanings, int count, int unknown, List<Word> first,
      List<Word> last) {
    boolean has(Word word) {
      return meanings.contains(word);
    }

    static Words of(String header) {
      Set<Word> meanings = EnumSet.noneOf(Word.class);
      int count = 0;
      int unknown = 0;
      List<Word> first = null;
      List<Word> last = List.of();
      // "ICD-10-CM", "ICD-10-GM": a terminology's edition, not a unit ("cm") or a word
      String plain = ICD_EDITION.matcher(header.strip()).replaceAll("ICD");
      for (String part : WORD_BREAK.split(plain)) {
        String word = ResultGrader.squash(part);
        if (word.isEmpty()) {
          continue;
        }
        count++;
        if (word.chars().allMatch(Character::isDigit)) {
          continue; // "ADDRESS_LINE_1", "DX 2": a number orders columns, it names nothing
        }
        List<Word> meaning = WORDS.get(word);
        if (meaning == null && endsWithADate(word)) {
          meaning = isBirth(word) ? List.of(Word.BIRTH, Word.DATE) : List.of(Word.DATE);
        }
        if (first == null) {
          first = meaning == null ? List.of() : meaning;
        }
        if (meaning == null) {
          unknown++;
          last = List.of();
        } else {
          meanings.addAll(meaning);
          last = meaning;
        }
      }
      return new Words(meanings, count, unknown, first == null ? List.of() : first, last);
    }

    /** A word joined to a date that says birth, in any of the languages read: "geboortedatum". */
    private static boolean isBirth(String word) {
      for (String stem : BIRTH_STEMS) {
        if (word.contains(stem)) {
          return true;
        }
      }
      return false;
    }

    private static boolean endsWithADate(String word) {
      for (String ending : DATE_ENDINGS) {
        if (word.endsWith(ending) && word.length() >= ending.length() + 3) {
          return true;
        }
      }
      return false;
    }
  }

  /** The rules, the most specific first: the first that matches decides. */
  private static FieldType decide(Words words) {
    Set<Word> w = EnumSet.copyOf(words.meanings().isEmpty() ? EnumSet.of(Word.DESCRIPTION)
        : words.meanings());
    if (w.contains(Word.CONCEPT)) {
      if (w.contains(Word.TYPE)) {
        return OTHER; // OMOP's "*_type_concept_id": where a row came from, not what it says
      }
      // "gender_concept_id", "value_as_concept_name": a code or name of what the other words say
      w.removeAll(EnumSet.of(Word.NAME, Word.ID, Word.NUM, Word.CODE));
    }
    if (w.contains(Word.SOURCE) && w.contains(Word.VALUE) && w.stream().anyMatch(
        x -> x != Word.SOURCE && x != Word.VALUE && x != Word.DESCRIPTION)) {
      w.remove(Word.VALUE); // "condition_source_value": the source's code of a condition
    }
    if (w.contains(Word.NUM) && (w.contains(Word.VALUE) || w.contains(Word.RESULT))) {
      w.remove(Word.NUM); // "nval_num", "result_num": numeric, not a number that identifies
    }
    if (words.first().contains(Word.AGE) && !w.contains(Word.BIRTH) && !w.contains(Word.RANGE)
        && !w.contains(Word.UNIT)) {
      return AGE; // "Age_ReferralRequest_ReceivedDate", "age at diagnosis": an age, when it was
    }
    if (w.contains(Word.BIRTH)) {
      if (w.contains(Word.SEX)) {
        return SEX; // "sex at birth", "birth sex"
      }
      if (w.contains(Word.PLACE) || w.contains(Word.CITY)) {
        return CITY;
      }
      if (w.contains(Word.REGION)) {
        return OTHER;
      }
      if (w.contains(Word.NAME) || w.contains(Word.LAST)) {
        return FAMILY_NAME; // a birth name is the family name one was born with
      }
      return w.contains(Word.DATE) || w.contains(Word.YEAR) ? BIRTH_DATE : null;
    }
    if (w.contains(Word.DATE)) {
      // When a row was loaded or a coverage began: the system's or the payer's, not a care event.
      return w.contains(Word.ADMIN_EVENT) ? OTHER : CLINICAL_DATE;
    }
    if (w.contains(Word.DEATH)) {
      return w.contains(Word.DIAGNOSIS) ? DIAGNOSIS : null; // a cause of death; a flag is left
    }
    if (w.contains(Word.TYPE) || w.contains(Word.STATUS)) {
      if (w.contains(Word.NAME) || w.contains(Word.ADDRESS) || w.contains(Word.PHONE)
          || w.contains(Word.EMAIL) || w.contains(Word.ZIP) || w.contains(Word.CITY)) {
        return OTHER; // "address type", "phone use", "name status": about the datum, not it
      }
    }
    if ((w.contains(Word.EMAIL) || w.contains(Word.PHONE)) && w.contains(Word.ORGANISATION)) {
      return OTHER; // "clinic phone", "Cell Location": an organisation's, or a place's
    }
    if (w.contains(Word.EMAIL)) {
      return EMAIL;
    }
    if (w.contains(Word.PHONE)) {
      return PHONE;
    }
    if (w.contains(Word.SSN)) {
      return NATIONAL_ID;
    }
    if (w.contains(Word.MRN)) {
      return RECORD_ID; // "hospital_mrn"
    }
    if (identifies(words.last(), w)) {
      return identifier(w); // "provider_id", "measurement_id", "care_site_id", "claim number"
    }
    if (w.contains(Word.ETHNIC)) {
      return RACIAL_OR_ETHNIC_ORIGIN;
    }
    if (w.contains(Word.RELIGION)) {
      return RELIGION_OR_BELIEF;
    }
    if (w.contains(Word.NAME) || w.contains(Word.INITIAL) || namesAPartOfAPersonsName(w)) {
      return name(w);
    }
    if (w.contains(Word.NOTE)) {
      return FREE_TEXT; // "RESULT_COMMENT", "clinical notes": text about something, not its code
    }
    if (w.contains(Word.ORGANISATION) || w.contains(Word.ADMIN_EVENT)) {
      return OTHER; // "LOC_NURSE_UNIT": a provider's place is no one's provider
    }
    if (words.last().contains(Word.DIAGNOSIS)) {
      return DIAGNOSIS; // "Provider's Primary Impression": the impression, not the provider
    }
    if (w.contains(Word.PROVIDER)) {
      return PROVIDER; // "attending NPI"
    }
    if (w.contains(Word.ZIP) && (w.contains(Word.CODE) || !w.contains(Word.ADDRESS))) {
      return POSTCODE; // "postal code", "ZIP_CD"; a "postal address" is an address
    }
    if (w.contains(Word.CITY)) {
      return CITY; // "city of residence"
    }
    if (w.contains(Word.REGION)) {
      return OTHER; // "County of Residence", "address country": coarser than a place
    }
    if (w.contains(Word.ADDRESS) || w.contains(Word.ZIP)) {
      return STREET_ADDRESS;
    }
    if (w.contains(Word.SEX)) {
      return SEX;
    }
    if (w.contains(Word.AGE) && !w.contains(Word.UNIT)) {
      return AGE; // "Age Units" (years, months) is about the age, not it
    }
    if (w.contains(Word.INSURANCE) || w.contains(Word.MEMBER)) {
      return INSURANCE_ID;
    }
    if (w.contains(Word.MRN) || (w.contains(Word.ID) || w.contains(Word.NUM))
        && (w.contains(Word.SUBJECT) || w.contains(Word.RECORD) || w.contains(Word.EVENT)
            || w.contains(Word.CHART))) {
      return RECORD_ID; // "id_patient", "Nr. Fall"
    }
    if (w.contains(Word.SPECIMEN) && (w.contains(Word.TYPE) || w.contains(Word.SOURCE))) {
      return TEST_TYPE; // "specimen source", "sample type": the material tested
    }
    if (w.contains(Word.MEASURE) && !w.contains(Word.RANGE)) {
      return TEST_RESULT; // "GLYC_JEUN_G_L", "bmi_value": the measurement, in whatever unit
    }
    if (w.contains(Word.UNIT) || w.contains(Word.RANGE) || w.contains(Word.STATUS)) {
      return OTHER; // "result units", "reference range", "order status"
    }
    if (w.contains(Word.TEST) && w.contains(Word.PROCEDURE)) {
      return TEST_TYPE; // "LAB_PX": the lab procedure is the test
    }
    if (w.contains(Word.CONDITION)) {
      // "hiv_test", "hiv_result" hold a test's results; "has_diabetes" the condition
      return w.contains(Word.TEST) || w.contains(Word.RESULT) ? TEST_RESULT : DIAGNOSIS;
    }
    if (w.contains(Word.DIAGNOSIS)) {
      return DIAGNOSIS;
    }
    if (w.contains(Word.MEDICATION)) {
      return MEDICATION;
    }
    if (w.contains(Word.PROCEDURE)) {
      return PROCEDURE;
    }
    if (w.contains(Word.RESULT) || w.contains(Word.VALUE) && !w.contains(Word.SUBJECT)) {
      return TEST_RESULT; // "result value", "ORD_VALUE": the result, not which test
    }
    if (w.contains(Word.TEST)) {
      return TEST_TYPE; // "test code", "component name", "LOINC num"
    }
    if (w.contains(Word.SUBJECT) && w.contains(Word.SOURCE)) {
      return RECORD_ID; // OMOP's "person_source_value": the source system's patient number
    }
    return null;
  }

  /**
   * Whether the words name the last, first or middle name of a person without the word "name"
   * ({@code PATIENT_LAST}, {@code member_first}): no other word says what the column is about.
   */
  private static boolean namesAPartOfAPersonsName(Set<Word> w) {
    Set<Word> rest = EnumSet.copyOf(w);
    rest.removeAll(EnumSet.of(Word.SUBJECT, Word.MEMBER, Word.LAST, Word.FIRST, Word.MIDDLE,
        Word.DESCRIPTION));
    return rest.isEmpty() && (w.contains(Word.SUBJECT) || w.contains(Word.MEMBER))
        && (w.contains(Word.LAST) || w.contains(Word.FIRST) || w.contains(Word.MIDDLE));
  }

  /** Whether the header's last word names an identifier, and nothing before it is a code's. */
  private static boolean identifies(List<Word> last, Set<Word> w) {
    return (last.contains(Word.ID) || last.contains(Word.NUM) && w.contains(Word.NUM))
        && !w.contains(Word.CONCEPT);
  }

  /** Whose identifier: a provider's, an insurer's or claim's, an organisation's, or a record's. */
  private static FieldType identifier(Set<Word> w) {
    if (w.contains(Word.PROVIDER)) {
      return PROVIDER;
    }
    if (w.contains(Word.INSURANCE) || w.contains(Word.MEMBER) || w.contains(Word.CLAIM)) {
      return INSURANCE_ID;
    }
    if (w.contains(Word.ORGANISATION) || w.contains(Word.ADMIN_EVENT)) {
      return OTHER; // "care_site_id", "upload_id"
    }
    return RECORD_ID;
  }

  /** A name: whose, and which part of it. */
  private static FieldType name(Set<Word> w) {
    if (w.contains(Word.PROVIDER)) {
      return PROVIDER;
    }
    if (w.contains(Word.ORGANISATION) || w.contains(Word.INSURANCE)) {
      return OTHER;
    }
    if (w.contains(Word.CITY)) {
      return CITY;
    }
    if (w.contains(Word.TEST)) {
      return TEST_TYPE;
    }
    if (w.contains(Word.DIAGNOSIS)) {
      return DIAGNOSIS;
    }
    if (w.contains(Word.MEDICATION)) {
      return MEDICATION;
    }
    if (w.contains(Word.PROCEDURE)) {
      return PROCEDURE;
    }
    if (w.contains(Word.INITIAL)) {
      return INITIALS;
    }
    if (w.contains(Word.LAST) && w.contains(Word.FIRST)) {
      return PERSON_NAME; // "Surname/Forename", "last, first name": both in one cell
    }
    if (w.contains(Word.LAST)) {
      return FAMILY_NAME;
    }
    if (w.contains(Word.FIRST) || w.contains(Word.MIDDLE)) {
      return GIVEN_NAME;
    }
    if (w.contains(Word.TYPE) || w.contains(Word.CODE) || w.contains(Word.ID)) {
      return null; // "name code": about a name, not one
    }
    return PERSON_NAME; // "patient name", "full name", "NAME_1"
  }

  private static Map<String, List<Word>> words() {
    Map<String, List<Word>> m = new HashMap<>();
    put(m, Word.NAME, "name", "names", "nm", "nme", "nam", "naam", "achternaam", "voornaam",
        "roepnaam", "nom", "prenom", "nachname", "vorname");
    put(m, Word.LAST, "achternaam", "nachname", "geslachtsnaam");
    put(m, Word.FIRST, "voornaam", "roepnaam", "prenom", "vorname");
    put(m, Word.LAST, "last", "family", "sur", "maiden", "surname", "lastname", "lname",
        "familyname");
    put(m, Word.FIRST, "first", "given", "fore", "preferred", "nick", "call", "firstname", "fname",
        "forename", "forenames", "givenname", "nickname");
    put(m, Word.NAME, "surname", "lastname", "lname", "familyname", "firstname", "fname",
        "forename", "forenames", "givenname", "nickname");
    put(m, Word.MIDDLE, "middle", "mid");
    put(m, Word.INITIAL, "initial", "initials", "init", "mi", "voorletters", "voorletter",
        "initialen", "vrl");
    put(m, Word.SUBJECT, "patient", "pat", "pt", "client", "person", "subject", "subj",
        "resident", "individual", "beneficiary", "bene", "participant", "employee", "werknemer",
        "worker", "personnel", "medewerker", "mitarbeiter", "donor", "nutzer", "user", "prisoner",
        "inmate", "gedetineerde", "patients");
    put(m, Word.BIRTH, "birth", "born", "natal", "dob", "birthdate", "birthday", "bdate");
    put(m, Word.DEATH, "death", "deceased", "died", "dod", "deathdate");
    put(m, Word.DATE, "date", "dt", "dte", "dttm", "dtm", "datetime", "time", "tm", "timestamp",
        "ts", "when", "on", "dob", "birthdate", "birthday", "bdate", "dod", "deathdate", "datum",
        "dtc", "dos", "am");
    put(m, Word.YEAR, "year", "yr", "month", "mon", "day", "yyyy");
    put(m, Word.ADMIN_EVENT, "created", "create", "updated", "update", "modified", "modify",
        "loaded", "load", "extracted", "extract", "inserted", "insert", "audit", "etl", "changed",
        "change", "export", "exported", "coverage", "enrollment", "enrolment", "eligibility",
        "billing", "billed", "paid", "payment", "import", "imported", "upload", "uploaded",
        "registered", "registration", "sent", "versandt", "verzonden", "mailed", "printed",
        "download", "mutatie", "gewijzigd", "aangemaakt", "wijziging", "login", "logon", "logged",
        "determination", "decision", "decided", "read", "opened", "viewed");
    put(m, Word.ID, "id", "ids", "identifier", "number", "nbr", "no", "nr", "key", "uuid",
        "guid", "ref", "reference", "security", "ident", "nummer", "referentienummer",
        "referenznummer", "kenmerk", "numero");
    put(m, Word.NUM, "num");
    put(m, Word.SSN, "ssn", "ssno", "socsec", "soc", "security");
    put(m, Word.MRN, "mrn", "emrn", "hospno");
    put(m, Word.RECORD, "record", "rec", "medrec", "account", "acct");
    put(m, Word.EVENT, "encounter", "enc", "visit", "admission", "adm", "hadm", "episode", "epi",
        "csn", "har", "fin", "order", "ord", "accession", "acc", "requisition", "req",
        "occurrence", "exposure", "stay", "case");
    put(m, Word.SPECIMEN, "specimen", "spec", "sample", "monster");
    put(m, Word.SOURCE, "source", "src", "material", "matrix");
    // A concept of a terminology: its id or number is a code ("rxnorm_cui", "loinc_num").
    put(m, Word.CONCEPT, "concept", "cui", "loinc", "rxnorm", "snomed", "sct", "icd", "cpt",
        "hcpcs", "ndc", "atc", "cvx", "opcs");
    put(m, Word.CHART, "chart", "medical");
    put(m, Word.PHONE, "phone", "phones", "ph", "tel", "tele", "telephone", "telno", "mobile",
        "cell", "cellphone", "fax");
    put(m, Word.EMAIL, "email", "mail", "emailaddress");
    put(m, Word.ZIP, "zip", "zipcode", "postal", "postcode", "post", "pc", "plz");
    put(m, Word.CODE, "code", "cd", "cde", "cod", "zipcode", "postcode", "pc", "plz");
    put(m, Word.ADDRESS, "address", "addr", "adr", "addres", "street", "str", "home",
        "residence", "residential");
    put(m, Word.LINE, "line", "ln");
    put(m, Word.CITY, "city", "town", "municipality", "village", "woonplaats", "plaats", "ort",
        "ville", "gemeente");
    put(m, Word.REGION, "state", "province", "county", "region", "country", "district",
        "territory", "fips", "ctry");
    put(m, Word.PLACE, "place");
    put(m, Word.SEX, "sex", "gender", "gndr");
    put(m, Word.AGE, "age", "ages", "yrs", "years");
    put(m, Word.ETHNIC, "race", "races", "ethnicity", "ethnic", "hispanic", "ancestry");
    put(m, Word.RELIGION, "religion", "religious", "faith", "denomination");
    put(m, Word.PROVIDER, "provider", "prov", "physician", "phys", "doctor", "doc", "dr", "gp",
        "pcp", "clinician", "practitioner", "prac", "attending", "attn", "referring", "ordering",
        "prescriber", "prescribing", "surgeon", "npi", "performer", "author", "consultant",
        "midwife", "nurse", "physn", "phy", "rendering", "servicing", "taker", "collector",
        "huisarts", "aanvrager", "aanvr", "arts", "behandelaar", "therapist", "colposcopist",
        "psychiatrist", "psychologist", "counsellor", "gynaecologist", "gynecologist", "practice",
        "praxis", "praktijk", "arzt", "arztin", "verordnend", "verordnende", "verordnender",
        "requester", "requestor", "seen", "crew", "paramedic", "emt", "notarzt", "reviewer",
        "correspondant", "destinataire", "prescripteur", "einsender",
        "zorgverlener", "verpleegkundige", "verloskundige", "medecin", "praticien", "specialist");
    put(m, Word.ORGANISATION, "facility", "fac", "hospital", "hosp", "clinic", "laboratory",
        "organization", "organisation", "org", "site", "location", "loc", "dept", "department",
        "ward", "pharmacy", "vendor", "company", "employer", "payer", "insurer",
        "carrier", "plan", "unit");
    put(m, Word.INSURANCE, "insurance", "policy", "pol", "medicaid", "medicare", "hicn", "mbi",
        "card");
    // The insured person: her number is an insurance number, her name a name.
    put(m, Word.MEMBER, "member", "mbr", "subscriber", "insured", "enrollee", "cardholder");
    put(m, Word.LAST, "voorvoegsel", "voorvoegsels", "tussenvoegsel", "tussenvoegsels");
    put(m, Word.NAME, "voorvoegsel", "voorvoegsels", "tussenvoegsel", "tussenvoegsels");
    put(m, Word.CLAIM, "claim", "clm", "auth", "authorization", "authorisation", "preauth",
        "priorauth", "declaratie", "prestatierecord", "declaration", "abrechnung");
    put(m, Word.DIAGNOSIS, "diagnosis", "diagnoses", "dx", "dxs", "diag", "dgns", "dgn", "icd",
        "pdx", "condition",
        "conditions", "problem", "problems", "probleem", "problemen", "disorder", "disease", "reason", "complaint",
        "misuse", "substance", "addiction", "impression", "impressions", "symptom", "symptoms",
        "figo", "tnm", "stage", "staging", "stadium",
        "indication", "indicatie", "reden", "morphology", "histology", "pathology", "cause",
        "allergy", "allergies", "dsm",
        "allergen");
    // Conditions a register's flag columns name ("has_diabetes", "SP_COPD", "Astma (ja/nee)").
    put(m, Word.CONDITION, "diabetes", "dm", "copd", "chf", "asthma", "astma", "hypertension",
        "htn", "depression",
        "dementia", "alzheimer", "alzheimers", "cancer", "stroke", "cva", "ckd", "esrd", "hiv",
        "osteoporosis", "arthritis", "ra", "oa", "obesity", "ihd", "comorbidity", "comorbidities",
        // CMS's chronic-condition flags (DE-SynPUF "SP_ALZHDMTA", "SP_CHRNKIDN", "SP_STRKETIA").
        "alzhdmta", "chrnkidn", "cncr", "depressn", "ischmcht", "osteoprs", "strketia", "raoa");
    put(m, Word.MEDICATION, "medication", "medications", "med", "meds", "medicine", "drug",
        "drugs", "rx", "ndc", "rxnorm", "atc", "vaccine", "vaccines", "vax", "cvx", "immunization",
        "immunisation", "prescription", "contraceptive", "contraception", "anticonceptie",
        "contraceptie");
    put(m, Word.PROCEDURE, "procedure", "procedures", "proc", "px", "cpt", "hcpcs", "opcs",
        "surgery", "operation", "intervention", "treatment", "therapy", "therapie", "therapies",
        "prestatie", "prestaties", "verrichting", "verrichtingen", "acte", "leistung");
    put(m, Word.TEST, "testnaam", "bepaling", "test", "tests", "tst", "component", "analyte",
        "loinc",
        "assay", "panel",
        "exam", "investigation", "observation", "obs", "measurement", "lab",
        // Questionnaires whose scores are results: depression, anxiety, trauma, work and social.
        "phq", "gad", "epds", "pcl", "wsas", "questionnaire");
    put(m, Word.RESULT, "result", "results", "rslt", "res", "outcome", "finding", "findings",
        "interpretation", "interp", "flag", "abnormal", "abn", "qual", "qualitative",
        "quantitative", "numeric", "nval", "tval", "valueflag", "normalcy", "uitslag", "score",
        "scores");
    put(m, Word.VALUE, "value", "val");
    put(m, Word.NOTE, "note", "notes", "comment", "comments", "cmt", "remark", "remarks",
        "narrative", "memo", "freetext", "blob", "summary", "answers", "notiz", "notitie");
    put(m, Word.UNIT, "unit", "units", "uom");
    put(m, Word.RANGE, "range", "normal", "low", "high", "min", "max");
    put(m, Word.STATUS, "status", "stat", "category", "cat", "class", "language", "lang",
        "marital");
    put(m, Word.TYPE, "type", "typ", "kind", "use", "system", "sys");
    // Words that qualify without changing what a column holds.
    put(m, Word.DESCRIPTION, "description", "desc", "descr", "text", "txt", "label", "display",
        "title", "indicator", "ind", "char", "prf", "party", "responsible", "resp", "guarantor",
        "disp", "resulting", "performing",
        "laatste", "as", "care", "of", "at", "the", "for", "and", "in", "by", "to",
        // Dutch, German and French articles and pronouns: "Referentienummer dit prestatierecord"
        "dit", "deze", "van", "het", "des", "du", "der", "die", "das", "dem", "les", "een",
        "pointer", "recd",
        "a", "primary", "principal", "secondary", "sec", "admitting", "final", "current", "main",
        "other", "raw", "orig", "original", "std", "standard", "full", "legal", "social",
        "clinical", "collected", "collection", "drawn", "received", "reported", "resulted",
        "performed", "service", "admit", "discharge", "start", "end", "stop", "effective", "onset",
        "issued", "signed", "verified", "authored", "observed", "ordered", "scheduled",
        "appointment", "emergency", "contact", "mother", "father", "spouse", "partner", "guardian",
        "method", "referral", "request", "requested", "aktuell", "baseline", "actuel", "huidig",
        "huidige", "letzter", "letzte", "beginn", "ende", "delivery", "shipping", "mailing",
        "jeun", "fasting", "nuchter", "letter", "brief", "s");
    put(m, Word.MEASURE, "bmi", "imc", "glyc", "glycemie", "glucose", "gluc", "hba1c", "chol",
        "cholesterol", "ldl", "hdl", "trig", "creatinine", "creat", "egfr", "sbp", "dbp", "spo2",
        "pulse", "weight", "height", "gewicht", "lengte", "poids", "taille", "temp", "gcs");
    put(m, Word.UNIT, "g", "l", "mg", "dl", "mmol", "kg", "cm");
    // Database column names, read on the eighteenth blind part: abbreviations of the words above
    // (Dutch, German, Irish and French lab and claims systems), a table's prefix ("uit_") a qualifier.
    put(m, Word.FIRST, "vnaam", "vnm");
    put(m, Word.NAME, "vnaam", "vnm", "sname", "anaam");
    put(m, Word.LAST, "sname", "anaam");
    put(m, Word.INITIAL, "vrlt", "vl");
    put(m, Word.CITY, "gem", "gemeente");
    put(m, Word.SSN, "ppsn", "bsn", "insz", "niss", "nir", "rrn");
    put(m, Word.ZIP, "eircode");
    put(m, Word.CODE, "eircode");
    put(m, Word.TEST, "bep", "cyt");
    put(m, Word.RESULT, "kopac", "kopacb");
    put(m, Word.DESCRIPTION, "oms", "bez", "bezeichnung", "uit", "vrz");
    put(m, Word.ADMIN_EVENT, "upd", "geaendert", "geandert", "verw", "verwerking");
    put(m, Word.RELIGION, "konfession", "konf", "levensbeschouwing");
    put(m, Word.STATUS, "sicherheit", "zekerheid", "certainty", "kz", "kennzeichen", "yn");
    put(m, Word.PROVIDER, "rpps", "adeli", "presc", "prescriber", "agb", "lanr");
    put(m, Word.SPECIMEN, "accession", "aanvr", "aanvraag");
    put(m, Word.CLAIM, "dcl", "decl", "declaratie");
    put(m, Word.MEMBER, "lidnr", "lidnummer");
    put(m, Word.SEX, "gesl", "geslacht");
    put(m, Word.PROCEDURE, "prest", "prestatie", "act");
    return ImmutableMap.copyOf(m);
  }

  /** Adds a meaning to each word: a word may have two ("dob" is a birth and a date). */
  private static void put(Map<String, List<Word>> m, Word meaning, String... words) {
    for (String word : words) {
      m.merge(word, List.of(meaning), (a, b) -> ImmutableList.<Word>builder().addAll(a).addAll(b)
          .build());
    }
  }
}
