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
import java.util.HashMap;
import java.util.EnumSet;
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
 * <p>English words and the abbreviations of English-speaking systems only: Dutch, French and German
 * headers are compounds or phrases the dictionary knows whole. Stateless and thread-safe.
 */
final class HeaderWords {
  /** A word's meaning, once its abbreviation or synonym is read. */
  private enum Word {
    NAME, LAST, FIRST, MIDDLE, INITIAL, FULL, SUBJECT, BIRTH, DEATH, DATE, YEAR, ADMIN_EVENT,
    ID, SSN, MRN, RECORD, CHART, PHONE, EMAIL, ZIP, CODE, ADDRESS, LINE, CITY, REGION, SEX,
    AGE, PROVIDER, ORGANISATION, INSURANCE, CLAIM, DIAGNOSIS, MEDICATION, PROCEDURE, TEST,
    RESULT, VALUE, NOTE, UNIT, RANGE, STATUS, TYPE, DESCRIPTION, PLACE, ETHNIC, RELIGION
  }

  private static final Pattern WORD_BREAK =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

  /** Words and abbreviations (folded: lower case, no accents) and what they mean. */
  private static final Map<String, List<Word>> WORDS = words();

  private HeaderWords() {}

  /**
   * The type the header's words announce, or empty when they announce none (or a single word the
   * dictionary has not got: one word alone is left to the dictionary and the values).
   */
  static Optional<FieldType> read(String header) {
    Set<Word> w = EnumSet.noneOf(Word.class);
    int known = 0;
    int words = 0;
    for (String part : WORD_BREAK.split(header.strip())) {
      String word = ResultGrader.squash(part);
      if (word.isEmpty()) {
        continue;
      }
      words++;
      List<Word> meaning = WORDS.get(word);
      if (meaning != null) {
        w.addAll(meaning);
        known++;
      } else if (word.chars().allMatch(Character::isDigit)) {
        known++; // "ADDRESS_LINE_1", "DX 2": a number orders columns, it names nothing
      }
    }
    // Every word must be understood: an unknown word may be the one the header is about.
    if (words < 2 && !w.contains(Word.SSN) && !w.contains(Word.MRN) || known < words) {
      return Optional.empty();
    }
    return Optional.ofNullable(decide(w));
  }

  /** The rules, the most specific first: the first that matches decides. */
  private static FieldType decide(Set<Word> w) {
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
    if (w.contains(Word.EMAIL)) {
      return EMAIL;
    }
    if (w.contains(Word.PHONE)) {
      return PHONE;
    }
    if (w.contains(Word.SSN)) {
      return NATIONAL_ID;
    }
    if (w.contains(Word.ETHNIC)) {
      return RACIAL_OR_ETHNIC_ORIGIN;
    }
    if (w.contains(Word.RELIGION)) {
      return RELIGION_OR_BELIEF;
    }
    if (w.contains(Word.NAME) || w.contains(Word.INITIAL)) {
      return name(w);
    }
    if (w.contains(Word.NOTE)) {
      return FREE_TEXT; // "RESULT_COMMENT", "clinical notes": text about something, not its code
    }
    if (w.contains(Word.PROVIDER)) {
      return PROVIDER; // "PCP_ID", "attending NPI"
    }
    if (w.contains(Word.ORGANISATION)) {
      return OTHER;
    }
    if (w.contains(Word.ZIP) && (w.contains(Word.CODE) || !w.contains(Word.ADDRESS))) {
      return POSTCODE; // "postal code", "ZIP_CD"; a "postal address" is an address
    }
    if (w.contains(Word.ADDRESS) || w.contains(Word.ZIP)) {
      return STREET_ADDRESS;
    }
    if (w.contains(Word.CITY)) {
      return CITY;
    }
    if (w.contains(Word.REGION)) {
      return OTHER;
    }
    if (w.contains(Word.SEX)) {
      return SEX;
    }
    if (w.contains(Word.AGE)) {
      return AGE;
    }
    if (w.contains(Word.INSURANCE) || w.contains(Word.CLAIM) && w.contains(Word.ID)) {
      return INSURANCE_ID;
    }
    if (w.contains(Word.MRN) || w.contains(Word.ID)
        && (w.contains(Word.RECORD) || w.contains(Word.CHART) || w.contains(Word.SUBJECT))) {
      return RECORD_ID; // "PAT_MRN_ID", "encounter number", "accession no"
    }
    if (w.contains(Word.UNIT) || w.contains(Word.RANGE) || w.contains(Word.STATUS)) {
      return OTHER; // "result units", "reference range", "order status"
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
    return null;
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
    if (w.contains(Word.LAST)) {
      return FAMILY_NAME;
    }
    if (w.contains(Word.FIRST) || w.contains(Word.MIDDLE)) {
      return GIVEN_NAME;
    }
    if (w.contains(Word.TYPE) || w.contains(Word.CODE) || w.contains(Word.ID)) {
      return null; // "name type", "name code": about a name, not one
    }
    return PERSON_NAME; // "patient name", "full name", "NAME_1"
  }

  private static Map<String, List<Word>> words() {
    Map<String, List<Word>> m = new HashMap<>();
    put(m, Word.NAME, "name", "names", "nm", "nme", "nam");
    put(m, Word.LAST, "last", "family", "sur", "maiden", "surname", "lastname", "lname",
        "familyname");
    put(m, Word.FIRST, "first", "given", "fore", "preferred", "nick", "call", "firstname", "fname",
        "forename", "forenames", "givenname", "nickname");
    put(m, Word.NAME, "surname", "lastname", "lname", "familyname", "firstname", "fname",
        "forename", "forenames", "givenname", "nickname");
    put(m, Word.MIDDLE, "middle", "mid");
    put(m, Word.INITIAL, "initial", "initials", "init", "mi");
    put(m, Word.SUBJECT, "patient", "pat", "pt", "client", "person", "subject", "subj",
        "resident", "individual", "case", "beneficiary", "bene", "participant");
    put(m, Word.BIRTH, "birth", "born", "natal", "dob", "birthdate", "birthday", "bdate");
    put(m, Word.DEATH, "death", "deceased", "died", "dod", "deathdate");
    put(m, Word.DATE, "date", "dt", "dte", "dttm", "dtm", "datetime", "time", "tm", "timestamp",
        "ts", "when", "on", "dob", "birthdate", "birthday", "bdate", "dod", "deathdate");
    put(m, Word.YEAR, "year", "yr", "month", "mon", "day", "yyyy");
    put(m, Word.ADMIN_EVENT, "created", "create", "updated", "update", "modified", "modify",
        "loaded", "load", "extracted", "extract", "inserted", "insert", "audit", "etl", "changed",
        "change", "export", "exported", "coverage", "enrollment", "enrolment", "eligibility",
        "billing", "billed", "paid", "payment");
    put(m, Word.ID, "id", "ids", "identifier", "number", "nbr", "num", "no", "nr", "key", "uuid",
        "guid", "ref", "reference", "cui", "security");
    put(m, Word.SSN, "ssn", "ssno", "socsec", "soc", "security");
    put(m, Word.MRN, "mrn", "emrn", "hospno");
    put(m, Word.RECORD, "record", "rec", "medrec", "account", "acct", "encounter", "enc", "visit",
        "admission", "adm", "episode", "epi", "csn", "har", "fin", "order", "ord", "accession",
        "acc", "specimen", "spec", "sample", "requisition", "req");
    put(m, Word.CHART, "chart", "medical");
    put(m, Word.PHONE, "phone", "phones", "ph", "tel", "tele", "telephone", "telno", "mobile",
        "cell", "cellphone", "fax");
    put(m, Word.EMAIL, "email", "mail", "emailaddress");
    put(m, Word.ZIP, "zip", "zipcode", "postal", "postcode", "post");
    put(m, Word.CODE, "code", "cd", "cde", "cod", "zipcode", "postcode");
    put(m, Word.ADDRESS, "address", "addr", "adr", "addres", "street", "str", "home",
        "residence", "residential");
    put(m, Word.LINE, "line", "ln");
    put(m, Word.CITY, "city", "town", "municipality", "village");
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
        "midwife", "nurse");
    put(m, Word.ORGANISATION, "facility", "fac", "hospital", "hosp", "clinic", "laboratory",
        "organization", "organisation", "org", "site", "location", "loc", "dept", "department",
        "ward", "practice", "pharmacy", "vendor", "company", "employer", "payer", "insurer",
        "carrier", "plan");
    put(m, Word.INSURANCE, "insurance", "ins", "member", "mbr", "subscriber", "policy", "pol",
        "insured", "medicaid", "medicare", "hicn", "mbi");
    put(m, Word.CLAIM, "claim", "clm");
    put(m, Word.DIAGNOSIS, "diagnosis", "diagnoses", "dx", "dxs", "diag", "icd", "condition",
        "conditions", "problem", "problems", "disorder", "disease", "reason", "complaint",
        "indication", "morphology", "histology", "pathology", "cause", "allergy", "allergies",
        "allergen");
    put(m, Word.MEDICATION, "medication", "medications", "med", "meds", "medicine", "drug",
        "drugs", "rx", "ndc", "rxnorm", "atc", "vaccine", "vaccines", "vax", "cvx", "immunization",
        "immunisation", "prescription");
    put(m, Word.PROCEDURE, "procedure", "procedures", "proc", "px", "cpt", "hcpcs", "opcs",
        "surgery", "operation", "intervention", "treatment");
    put(m, Word.TEST, "test", "tests", "tst", "component", "analyte", "loinc", "assay", "panel",
        "exam", "investigation", "observation", "obs", "measurement", "lab");
    put(m, Word.RESULT, "result", "results", "rslt", "res", "outcome", "finding", "findings",
        "interpretation", "interp", "flag", "abnormal", "abn", "qual", "qualitative",
        "quantitative", "numeric", "nval", "tval");
    put(m, Word.VALUE, "value", "val");
    put(m, Word.NOTE, "note", "notes", "comment", "comments", "cmt", "remark", "remarks",
        "narrative", "memo", "freetext");
    put(m, Word.UNIT, "unit", "units", "uom");
    put(m, Word.RANGE, "range", "normal", "low", "high", "min", "max");
    put(m, Word.STATUS, "status", "stat", "indicator", "ind", "category", "cat", "class",
        "language", "lang", "marital");
    put(m, Word.TYPE, "type", "typ", "kind", "use", "system", "sys");
    // Words that qualify without changing what a column holds.
    put(m, Word.DESCRIPTION, "description", "desc", "descr", "text", "txt", "label", "display",
        "title", "concept", "source", "src", "of", "at", "the", "for", "and", "in", "by", "to",
        "a", "primary", "principal", "secondary", "sec", "admitting", "final", "current", "main",
        "other", "raw", "orig", "original", "std", "standard", "full", "legal", "social",
        "clinical", "collected", "collection", "drawn", "received", "reported", "resulted",
        "performed", "service", "admit", "discharge", "start", "end", "stop", "effective", "onset",
        "issued", "signed", "verified", "authored", "observed", "ordered", "scheduled",
        "appointment", "emergency", "contact", "mother", "father", "spouse", "partner", "guardian");
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
