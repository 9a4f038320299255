package org.exposure.classify;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.OptionalDouble;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * Decides a column's field type from its header and a sample of its values, with a confidence and the
 * evidence in words.
 *
 * <ul>
 *   <li>A known header decides the type; where a {@link ValueDetector} confirms that type, the share of
 *       sampled values that pass sets the confidence, and a low share is flagged ("verify this
 *       column"). A column headed as a record number whose values nearly all pass a national-ID check
 *       is a national-ID column.
 *   <li>Without a known header, the values alone decide, but only past a detector's deciding share:
 *       about 9% of random nine-digit numbers pass the 11-proef, so a column of order numbers never
 *       becomes {@link FieldType#NATIONAL_ID}. Unnamed dates spread over decades are birth dates;
 *       otherwise clinical dates.
 *   <li>Otherwise the column is free text (sentences) or {@link FieldType#OTHER}.
 * </ul>
 *
 * <p>The detectors are Exposure's own, those registered through {@link ServiceLoader} for
 * {@link ValueDetector}, and any given to {@link #of(LocalDate, Iterable)}.
 *
 * <p>Immutable and thread-safe; total and deterministic: any header and any values give a decision, the
 * same for the same sample in any order. The evidence quotes headers and counts, never a value.
 *
 * <pre>{@code
 * ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));
 * ColumnClassification c = classifier.classify("lab.csv", "bsn", sampleValues);
 * }</pre>
 */
public final class ColumnClassifier {
  private static final double STRONG_SHARE = 0.8;
  private static final double WEAK_SHARE = 0.5;
  private static final double ID_IN_RECORD_ID_SHARE = 0.95;
  /** Unnamed dates spread over at least this many years are birth dates, not visit dates. */
  private static final int BIRTH_DATE_SPREAD_YEARS = 15;
  private static final int RECENT_YEARS = 2;
  private static final double NAME_SHARE = 0.9;
  private static final double KNOWN_NAME_SHARE = 0.25;
  private static final double FREE_TEXT_DISTINCT_SHARE = 0.5;
  private static final List<ValueDetector> REGISTERED = registered();
  /** The types whose values are written by each country's rules. */
  private static final Set<FieldType> COUNTRY_TYPES =
      EnumSet.of(FieldType.NATIONAL_ID, FieldType.POSTCODE, FieldType.PHONE);

  private final LocalDate referenceDate;
  private final List<ValueDetector> detectors;

  private ColumnClassifier(LocalDate referenceDate, List<ValueDetector> detectors) {
    this.referenceDate = referenceDate;
    this.detectors = detectors;
  }

  /**
   * A classifier with Exposure's detectors and the registered ones, judging birth dates against the
   * given date (ages 0 to 120 on that date are plausible).
   */
  public static ColumnClassifier of(LocalDate referenceDate) {
    return of(referenceDate, List.of());
  }

  /** As {@link #of(LocalDate)}, with more detectors, consulted after the others. */
  public static ColumnClassifier of(LocalDate referenceDate, Iterable<? extends ValueDetector> extra) {
    requireNonNull(referenceDate, "referenceDate");
    ImmutableList.Builder<ValueDetector> all = ImmutableList.builder();
    all.add(BuiltInDetector.values());
    all.add(new BirthDateDetector(referenceDate));
    for (NationalIdScheme scheme : NationalIdSchemes.registered()) {
      all.add(new SchemeDetector(scheme));
    }
    all.addAll(REGISTERED);
    all.addAll(extra);
    return new ColumnClassifier(referenceDate, all.build());
  }

  /** The detectors consulted, in order: earlier ones win ties. */
  public List<ValueDetector> detectors() {
    return detectors;
  }

  /**
   * Classifies one column.
   *
   * @param source the source's display name
   * @param header the column's header as written in the source
   * @param sample a sample of the column's values; blank values are ignored
   */
  public ColumnClassification classify(String source, String header, List<String> sample) {
    return decide(source, header, sample).classification();
  }

  /**
   * Classifies one column and names the detector that decided or confirmed it, against which the rest of
   * the stream can be checked.
   *
   * @param source the source's display name
   * @param header the column's header as written in the source
   * @param sample a sample of the column's values; blank values are ignored
   */
  public ColumnDecision decide(String source, String header, List<String> sample) {
    return decide(source, header, sample, false, null);
  }

  /**
   * As {@link #decide(String, String, List)}, in a file of the given country (ISO 3166-1 alpha-2):
   * where two detectors pass as many values, the one of that country's rules wins (five digits are US
   * ZIP codes in a US file).
   */
  public ColumnDecision decide(String source, String header, List<String> sample, String country) {
    return decide(source, header, sample, false, requireNonNull(country, "country"));
  }

  /** As {@link #decide(String, String, List)}; with {@code everyDetector}, without sparing any. */
  ColumnDecision decide(String source, String header, List<String> sample, boolean everyDetector) {
    return decide(source, header, sample, everyDetector, null);
  }

  private ColumnDecision decide(String source, String header, List<String> sample,
      boolean everyDetector, String country) {
    List<String> values = nonBlank(sample);
    Optional<FieldType> byHeader = HeaderDictionary.lookup(header);
    String headerEvidence = "header '" + header + "'";
    if (values.isEmpty()) {
      FieldType type = byHeader.orElse(FieldType.OTHER);
      String why = byHeader.isPresent() ? headerEvidence : "no known header";
      return ColumnDecision.of(
          new ColumnClassification(source, header, type, 0.5, why + "; no values in the sample"));
    }
    if (values.size() >= FEW_VALUES && isOnlyZero(values)) {
      // OMOP's unmapped "*_source_concept_id": a column of zeros tells nothing of anyone.
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
          (byHeader.isPresent() ? headerEvidence + "; " : "no known header; ") + "every one of "
              + values.size() + " sampled values is 0: nothing exposed"));
    }
    int[] passing = count(values, header, everyDetector ? Optional.empty() : byHeader);
    if (byHeader.isEmpty()) {
      return byValues(source, header, values, passing, country);
    }
    FieldType type = byHeader.get();
    if (HeaderDictionary.isGeneric(header)) {
      // "datum" over birth dates, "description" over diagnoses: clear values outweigh such a header.
      Optional<ColumnDecision> byValues = decidingValues(source, header, values, passing, country);
      if (byValues.isPresent() && byValues.get().classification().type() != type) {
        ColumnClassification c = byValues.get().classification();
        return new ColumnDecision(new ColumnClassification(source, header, c.type(), c.confidence(),
            headerEvidence + " is generic; " + c.evidence().substring("no known header; ".length())),
            byValues.get().check());
      }
    }
    if (type.isName() && share(values, NameShapes::isTitle) >= STRONG_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.8,
          headerEvidence + "; " + counted(count(values, NameShapes::isTitle), values)
              + " are titles or salutations (Mr., Mevr.), not names"));
    }
    if (type == FieldType.PERSON_NAME && share(values, NameShapes::isSingleFamilyName) >= NAME_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.FAMILY_NAME, 0.8,
          headerEvidence + "; " + counted(count(values, NameShapes::isSingleFamilyName), values)
              + " are a single family name, not a full name"));
    }
    if (type == FieldType.INSURANCE_ID && share(values, HeaderDictionary::hasDigit) < WEAK_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
          headerEvidence + "; " + counted(values.size() - count(values, HeaderDictionary::hasDigit),
              values) + " have no digit: names of insurers or plans, not member numbers"));
    }
    if (type == FieldType.OTHER && HeaderDictionary.namesInsurer(header)
        && share(values, ColumnClassifier::hasSixDigits) >= STRONG_SHARE) {
      // "Ziekenfonds" of "782/6347252": the member's number with her fund, not the fund's name
      // nor its three-digit code
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.INSURANCE_ID, 0.7,
          headerEvidence + "; " + counted(count(values, ColumnClassifier::hasSixDigits), values)
              + " hold six digits or more: a member's number, not an insurer's name or code"));
    }
    if (type == FieldType.DIAGNOSIS && HeaderDictionary.namesAConclusion(header)
        && share(values, ColumnClassifier::isScreeningResult) >= STRONG_SHARE
        && count(values, ColumnClassifier::isHistology) == 0) {
      // A lab's "Conclusion" over cytology and HPV alone: the results, not a diagnosis
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.TEST_RESULT, 0.8,
          headerEvidence + "; " + counted(count(values, ColumnClassifier::isScreeningResult), values)
              + " are screening results, none a histology or diagnosis code"));
    }
    if (type == FieldType.RECORD_ID && values.size() >= FEW_VALUES
        && !HeaderDictionary.namesPatient(header)) {
      int distinct = new HashSet<>(values).size();
      if (distinct <= FEW_DISTINCT || share(values, ColumnClassifier::isSmallNumber) >= STRONG_SHARE) {
        // "Fill No" 0-5, "Group ID" of a few plans: a count or a category, identifying no one
        return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
            headerEvidence + "; " + distinct + " distinct of " + values.size() + " sampled values,"
                + " small numbers or a few shared by many records: not a record number"));
      }
    }
    if (type == FieldType.TEST_RESULT && share(values, v -> Dates.parse(v).isPresent()) >= STRONG_SHARE
        && count(values, v -> ResultGrader.grade(v) != ResultGrade.NONE) == 0) {
      // "Result Rec'd": dates under a result's header are when the result came
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.CLINICAL_DATE, 0.7,
          headerEvidence + "; " + counted(count(values, v -> Dates.parse(v).isPresent()), values)
              + " are dates: the result's, not a result"));
    }
    if (type == FieldType.OTHER && HeaderDictionary.namesSchedule(header)
        && count(values, ResultGrader::isCarePlan) > 0) {
      // "36", "60", "Refer colposcopy": a referral among the intervals tells of a result
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.PROCEDURE, 0.7,
          headerEvidence + "; " + counted(count(values, ResultGrader::isCarePlan), values)
              + " are plans of care among the intervals"));
    }
    if (type == FieldType.FREE_TEXT && values.size() >= FEW_VALUES
        && share(values, v -> ResultGrader.grade(v) != ResultGrade.NONE) >= STRONG_SHARE) {
      // A GP journal's "memo" of "BVO BMHK: hrHPV positief / Pap 3a2": results, however headed
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.TEST_RESULT, 0.7,
          headerEvidence + "; " + counted(count(values, v -> ResultGrader.grade(v)
              != ResultGrade.NONE), values) + " read as screening results"));
    }
    if (type == FieldType.FREE_TEXT && values.size() >= FEW_VALUES
        && new HashSet<>(values).size() <= FEW_DISTINCT
        && values.stream().allMatch(ColumnClassifier::isShortLabel)) {
      // An audit's "Bevinding" of Akkoord, Teruggevorderd, Nader onderzoek: a pick list, not notes
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
          headerEvidence + "; " + new HashSet<>(values).size() + " distinct short labels among "
              + values.size() + " sampled values: a category, not notes"));
    }
    if (type == FieldType.STREET_ADDRESS
        && share(values, ColumnClassifier::isPostcodeAndPlace) >= STRONG_SHARE) {
      // A postal address's last line ("75011 PARIS", "3511 AB Utrecht"): its postcode says most
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.POSTCODE, 0.8,
          headerEvidence + "; " + counted(count(values, ColumnClassifier::isPostcodeAndPlace), values)
              + " are a postcode and its place, without a street"));
    }
    if (type == FieldType.STREET_ADDRESS && HeaderDictionary.namesLaterAddressLine(header)) {
      // Irish and British address lines after the first: the town ("Ennis"), then the county
      if (share(values, ColumnClassifier::isCounty) >= STRONG_SHARE) {
        return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
            headerEvidence + "; " + counted(count(values, ColumnClassifier::isCounty), values)
                + " are counties, a region rather than a place"));
      }
      if (share(values, ColumnClassifier::isPlaceName) >= STRONG_SHARE) {
        return ColumnDecision.of(new ColumnClassification(source, header, FieldType.CITY, 0.7,
            headerEvidence + "; " + counted(count(values, ColumnClassifier::isPlaceName), values)
                + " are place names without a number or a street word"));
      }
    }
    if (type == FieldType.CLINICAL_DATE
        && share(values, ColumnClassifier::isTimeOfDay) >= STRONG_SHARE) {
      // PCORnet's "SPECIMEN_TIME", an "afnametijd" beside its date: an hour names no day
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.7,
          headerEvidence + "; " + counted(count(values, ColumnClassifier::isTimeOfDay), values)
              + " are times of day without a date"));
    }
    if (type == FieldType.PROCEDURE
        && share(values, Codes::namesMedicine) >= STRONG_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.MEDICATION, 0.8,
          headerEvidence + "; " + counted(count(values, Codes::namesMedicine), values)
              + " name medicines: the treatment given"));
    }
    return byHeader(source, header, type, headerEvidence, values, passing, country);
  }

  /** Fewer sampled values than this say too little for a column to be judged by their sameness. */
  private static final int FEW_VALUES = 20;

  private static boolean isOnlyZero(List<String> values) {
    for (String v : values) {
      if (!v.strip().equals("0")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScreeningResult(String value) {
    return Values.grade(value) != ResultGrade.NONE && !Codes.isIcd10(value);
  }

  /** A value of a tissue's diagnosis: CIN, a dysplasia, an ICD-10 code (a carcinoma, cytology reports too). */
  private static boolean isHistology(String value) {
    return Codes.isIcd10(value) || HISTOLOGY.matcher(value).find();
  }

  /** Words of a smear's or an HPV test's result, which a histology column does not use. */
  private static final Pattern SCREENING_TEST = Pattern.compile("(?i)hpv|\\bpap|\\basc\\b|\\basc-"
      + "|\\b[lh]sil\\b|nilm|dyskaryo|borderline|\\bagc\\b|kopac|[cz]ytolog|frottis|smear|uitstrijk");

  private static final Pattern HISTOLOGY = Pattern.compile(
      "(?i)\\bcin\\s*[0-3i]|dysplas|histolog|\\bvain\\b|\\bcgin\\b");

  private static final Pattern TIME_OF_DAY = Pattern.compile(
      "(?:[01]?\\d|2[0-3])[:.h][0-5]\\d(?:[:.][0-5]\\d(?:\\.\\d{1,6})?)?(?:\\s?[AaPp][Mm])?");

  private static final Pattern POSTCODE_AND_PLACE = Pattern.compile(
      "(?:\\d{4,5}|\\d{4} ?[A-Za-z]{2}|[A-Z]{1,2}-\\d{4,5})\\s+\\p{L}[\\p{L} '.\\-]*");

  /** A postcode and a place name, nothing else: "75011 PARIS", "3511 AB Utrecht", "D-10115 Berlin". */
  private static boolean isPostcodeAndPlace(String value) {
    return POSTCODE_AND_PLACE.matcher(value.strip()).matches();
  }

  /** A time of day alone ("08:30", "14:05:00", "9.15", "3:40 PM"), not a date ("13.01.19"). */
  private static boolean isTimeOfDay(String value) {
    return TIME_OF_DAY.matcher(value.strip()).matches() && Dates.parse(value).isEmpty();
  }

  /** Six digits or more, in any groups: a member's or an account's number. */
  private static boolean hasSixDigits(String value) {
    return value.chars().filter(c -> c >= '0' && c <= '9').count() >= 6;
  }

  /** A number of at most two digits: a sequence, a count, a code of a short list. */
  private static boolean isSmallNumber(String value) {
    String v = value.strip();
    return !v.isEmpty() && v.length() <= 2 && v.chars().allMatch(Character::isDigit);
  }

  private static final Pattern COUNTY = Pattern.compile("(?i)(?:co\\.?|county)\\s+\\p{L}[\\p{L} '\\-]*");
  private static final Pattern PLACE = Pattern.compile(
      "\\p{Lu}[\\p{L}'\\-]*(?:\\s+(?:\\p{Lu}|on|upon|na|an|le|la|de|sur)[\\p{L}'\\-]*){0,2}");
  /** Words of a street's name: an address line with one is a street, not a town. */
  private static final Set<String> STREET_WORDS = Set.of("road", "rd", "street", "st", "avenue",
      "ave", "lane", "drive", "park", "close", "court", "crescent", "way", "place", "square",
      "terrace", "grove", "gardens", "hill", "view", "rise", "walk", "row", "flat", "apartment",
      "apt", "unit", "house", "cottage", "estate", "bothar", "bóthar", "sráid", "ard");

  /**
   * "Co. Cork", "County Kerry", "Nottinghamshire", "Greater Manchester": an Irish or British county,
   * by its word, its ending or its name.
   */
  private static boolean isCounty(String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    return COUNTY.matcher(v).matches() || lower.endsWith("shire") && isPlaceName(v)
        || BRITISH_COUNTIES.contains(lower);
  }

  /** The ceremonial counties of England and Wales, and the former ones, that end in no "-shire". */
  private static final Set<String> BRITISH_COUNTIES = Set.of("avon", "cornwall", "cumbria", "devon",
      "dorset", "durham", "county durham", "east sussex", "west sussex", "essex", "greater london",
      "greater manchester", "kent", "merseyside", "norfolk", "northumberland", "rutland", "somerset",
      "suffolk", "surrey", "tyne and wear", "west midlands", "isle of wight", "middlesex",
      "cleveland", "humberside", "clwyd", "dyfed", "gwent", "gwynedd", "powys", "glamorgan",
      "mid glamorgan", "south glamorgan", "west glamorgan");

  /** One to three capitalised words without a digit or a street's word: "Ennis", "Newcastle upon Tyne". */
  private static boolean isPlaceName(String value) {
    String v = value.strip();
    if (!PLACE.matcher(v).matches()) {
      return false;
    }
    for (String word : v.split("\\s+")) {
      if (STREET_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A measured value and its laboratory unit: "1,18 g/L", "5.4 mmol/l", "12 mU/L". */
  private static final Pattern LAB_VALUE = Pattern.compile("(?i)\\d+(?:[.,]\\d+)?\\s*(?:[mµμunp]?"
      + "(?:g|mol|eq)|[mk]?(?:iu|ui|u|e))\\s*/\\s*[mdµμ]?l\\b");

  private static boolean isResultOrLabValue(String value) {
    return ResultGrader.grade(value) != ResultGrade.NONE || LAB_VALUE.matcher(value).find();
  }

  /** A label of one or two words, without a digit: a choice from a list. */
  private static boolean isShortLabel(String value) {
    String v = value.strip();
    return v.split("\\s+").length <= 2 && v.chars().noneMatch(Character::isDigit);
  }

  /** As few distinct values as this in a sampled column are a category, not a record's number. */
  private static final int FEW_DISTINCT = 5;


  /**
   * How many values pass each detector. Under a known header that is not generic, only the detectors
   * the decision can consult are run (those that may confirm it, and for a record-number header those
   * of national IDs); the others count 0, as values alone decide nothing there. Under no header, or a
   * generic one, every detector is run.
   *
   * @param byHeader the header's type; empty to run every detector
   */
  private int[] count(List<String> values, String header, Optional<FieldType> byHeader) {
    boolean all = byHeader.isEmpty() || HeaderDictionary.isGeneric(header);
    String normalized = HeaderDictionary.normalize(header);
    int[] passing = new int[detectors.size()];
    for (int d = 0; d < passing.length; d++) {
      ValueDetector detector = detectors.get(d);
      if (all || detector.confirms(normalized, byHeader.get())
          || byHeader.get() == FieldType.RECORD_ID && detector.type() == FieldType.NATIONAL_ID) {
        for (String v : values) {
          if (detector.matches(v)) {
            passing[d]++;
          }
        }
      }
    }
    return passing;
  }

  private ColumnDecision byHeader(String source, String header, FieldType type,
      String headerEvidence, List<String> values, int[] passing, String country) {
    if (type == FieldType.RECORD_ID) {
      // Only a check that may decide alone outweighs the header: nine bare digits or ten with a
      // date are what record numbers are too.
      int best = best(FieldType.NATIONAL_ID, passing, country, true);
      if (best >= 0 && passing[best] >= ID_IN_RECORD_ID_SHARE * values.size()) {
        return new ColumnDecision(new ColumnClassification(source, header, FieldType.NATIONAL_ID, 0.8,
            headerEvidence + " suggests a record number, but " + counted(passing[best], values) + " "
                + detectors.get(best).evidence()), Optional.of(detectors.get(best)));
      }
    }
    String normalized = HeaderDictionary.normalize(header);
    if (type == FieldType.NATIONAL_ID && NationalIdSchemes.namesUncheckedDocument(normalized)) {
      // A passport or driver's licence number fails every scheme's check, and is one all the same.
      return ColumnDecision.of(new ColumnClassification(source, header, type, 0.85, headerEvidence));
    }
    int confirming = -1;
    for (int d = 0; d < passing.length; d++) {
      if (detectors.get(d).confirms(normalized, type) && beats(d, confirming, passing, country)) {
        confirming = d;
      }
    }
    // A provider is named as often as coded: a column of GP names under a GP header does not fail an
    // AGB check, it is another form of the same type.
    if (confirming >= 0 && type == FieldType.PROVIDER
        && (double) passing[confirming] / values.size() < WEAK_SHARE) {
      confirming = -1;
    }
    // Another country's rule that most values fail says nothing of a column in a file of this one:
    // nine digits under "national_id" in a US file are not flagged for failing the 11-proef.
    if (confirming >= 0 && country != null
        && detectors.get(confirming).country().filter(c -> !c.equals(country)).isPresent()
        && (double) passing[confirming] / values.size() < WEAK_SHARE) {
      confirming = -1;
    }
    if (confirming < 0) {
      return ColumnDecision.of(new ColumnClassification(source, header, type, 0.85, headerEvidence));
    }
    double share = (double) passing[confirming] / values.size();
    String evidence = headerEvidence + "; " + counted(passing[confirming], values) + " "
        + detectors.get(confirming).evidence();
    double confidence;
    if (share >= STRONG_SHARE) {
      confidence = 0.7 + 0.3 * share;
    } else if (share >= WEAK_SHARE) {
      confidence = 0.5 + 0.3 * share;
    } else {
      confidence = 0.2 + 0.4 * share;
      if (type == FieldType.TEST_TYPE && Values.areNhsTestCodes(values)) {
        // "Test Code" of X0A, 29R, 79S: the NHS's result, infection and action codes, a result
        return ColumnDecision.of(new ColumnClassification(source, header, FieldType.TEST_RESULT, 0.8,
            headerEvidence + " names a test, but " + counted(count(values, Values::isNhsTestCode),
                values) + " are NHS cervical screening test codes (result, infection, action)"));
      }
      if (type == FieldType.TEST_TYPE
          && share(values, v -> isSentence(v) && v.strip().endsWith(".")) >= STRONG_SHARE) {
        // An incident log's "Description": sentences, if canned ones, not a test's long name
        return ColumnDecision.of(new ColumnClassification(source, header, FieldType.FREE_TEXT, 0.6,
            headerEvidence + " names a test, but no value does and values are sentences ("
                + values.size() + " sampled)"));
      }
      evidence += "; warning: most values fail the check, verify this column";
      if (type == FieldType.NATIONAL_ID) {
        // A national number that most values fail is of another scheme (an asylum seeker's
        // V-number under a Dutch header): its values are read as numbers no scheme checks.
        return ColumnDecision.of(new ColumnClassification(source, header, type, confidence,
            evidence));
      }
    }
    return new ColumnDecision(new ColumnClassification(source, header, type, confidence, evidence),
        Optional.of(detectors.get(confirming)));
  }

  private ColumnDecision byValues(
      String source, String header, List<String> values, int[] passing, String country) {
    Optional<ColumnDecision> decided = decidingValues(source, header, values, passing, country);
    if (decided.isPresent()) {
      return decided.get();
    }
    if (share(values, NameShapes::looksLikeFullName) >= NAME_SHARE
        && share(values, NameShapes::startsWithKnownGivenName) >= KNOWN_NAME_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.PERSON_NAME, 0.6,
          "no known header; " + counted(count(values, NameShapes::looksLikeFullName), values)
              + " are shaped as full names, "
              + count(values, NameShapes::startsWithKnownGivenName) + " start with a known given name"));
    }
    if (share(values, ColumnClassifier::isResultOrLabValue) >= STRONG_SHARE) {
      // A lab's report texts: screening results beside other tests' values ("Glycémie : 1,18 g/L")
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.TEST_RESULT, 0.6,
          "no known header; " + counted(count(values, ColumnClassifier::isResultOrLabValue), values)
              + " are screening results or laboratory values with their units"));
    }
    if (share(values, ResultGrader::isCarePlan) >= STRONG_SHARE) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.PROCEDURE, 0.6,
          "no known header; " + counted(count(values, ResultGrader::isCarePlan), values)
              + " are plans of care (a repeat, a referral, a discharge)"));
    }
    if (looksLikeFreeText(values)) {
      return ColumnDecision.of(new ColumnClassification(source, header, FieldType.FREE_TEXT, 0.5,
          "no known header; values are sentences of text (" + values.size() + " sampled)"));
    }
    return ColumnDecision.of(new ColumnClassification(source, header, FieldType.OTHER, 0.6,
        "no known header; no value pattern matched " + String.format(Locale.ROOT, "%,d", values.size())
            + " sampled values"));
  }

  /** Types whose codes come with a description beside them. */
  private static final Set<FieldType> CODED = EnumSet.of(FieldType.DIAGNOSIS, FieldType.PROCEDURE,
      FieldType.MEDICATION, FieldType.TEST_TYPE);

  /**
   * Classifies all columns of a source, then lets neighbours speak where values alone could not: an
   * unnamed column of house numbers beside a street or postcode column holds house numbers.
   *
   * @param source the source's display name
   * @param headers the headers, in column order
   * @param samples each column's sampled values, in the same order
   */
  public List<ColumnDecision> decideAll(
      String source, List<String> headers, List<List<String>> samples) {
    // Columns are decided on their own, so on all cores; the neighbour rule needs them all.
    List<ColumnDecision> decisions = IntStream.range(0, headers.size()).parallel()
        .mapToObj(i -> decide(source, headers.get(i), samples.get(i)))
        .collect(Collectors.toCollection(ArrayList::new));
    Optional<String> country = country(headers, samples, decisions);
    if (country.isPresent()) {
      // Columns whose values more than one country writes alike are named by the file's country.
      for (int i = 0; i < decisions.size(); i++) {
        FieldType type = decisions.get(i).classification().type();
        if (COUNTRY_TYPES.contains(type)
            && decisions.get(i).country().filter(country.get()::equals).isEmpty()) {
          decisions.set(i, decide(source, headers.get(i), samples.get(i), false, country.get()));
        }
      }
    }
    Optional<FieldType> table = TableNames.kindOf(source);
    for (int i = 0; i < decisions.size(); i++) {
      String header = headers.get(i);
      Optional<FieldType> byTable = table.flatMap(kind -> TableNames.typeOf(kind, header));
      if (byTable.isPresent() && byTable.get() != decisions.get(i).classification().type()
          && TableNames.OVERRIDABLE.contains(decisions.get(i).classification().type())) {
        ColumnClassification c = decisions.get(i).classification();
        decisions.set(i, new ColumnDecision(new ColumnClassification(source, c.field(),
            byTable.get(), 0.7, "header '" + c.field() + "' in a table of "
                + TableNames.describe(table.get())), Optional.empty()));
      }
    }
    for (int i = 1; i < decisions.size(); i++) {
      // "Libellé" beside "Code diagnostic": a description is of the kind of the code it explains.
      ColumnClassification c = decisions.get(i).classification();
      ColumnClassification code = decisions.get(i - 1).classification();
      if ((c.type() == FieldType.OTHER || HeaderDictionary.isGeneric(headers.get(i)))
          && c.type() != code.type() && TableNames.isDescription(headers.get(i))
          && CODED.contains(code.type())) {
        decisions.set(i, new ColumnDecision(new ColumnClassification(source, c.field(), code.type(),
            0.6, "header '" + c.field() + "' beside the " + code.type() + " column '" + code.field()
                + "'"), Optional.empty()));
      }
    }
    boolean townColumn = decisions.stream().anyMatch(d -> d.classification().type() == FieldType.CITY
        && HeaderDictionary.lookup(d.classification().field()).orElse(null) == FieldType.CITY);
    for (int i = 0; i < decisions.size() && townColumn; i++) {
      // "Address Line 2" beside a "Town" column names a locality: part of the street address
      ColumnClassification c = decisions.get(i).classification();
      if (c.type() == FieldType.CITY && HeaderDictionary.namesLaterAddressLine(headers.get(i))) {
        decisions.set(i, new ColumnDecision(new ColumnClassification(source, c.field(),
            FieldType.STREET_ADDRESS, 0.7, "header '" + c.field() + "' beside a column of towns:"
                + " a locality, part of the street address"), Optional.empty()));
      }
    }
    for (int i = 0; i < decisions.size(); i++) {
      ColumnClassification c = decisions.get(i).classification();
      if (c.type() != FieldType.OTHER || HeaderDictionary.lookup(headers.get(i)).isPresent()) {
        continue;
      }
      Optional<String> street = neighbour(decisions, i, FieldType.STREET_ADDRESS, FieldType.POSTCODE);
      List<String> values = nonBlank(samples.get(i));
      if (street.isPresent() && !values.isEmpty()
          && share(values, ValuePatterns::isHouseNumber) >= NAME_SHARE) {
        decisions.set(i, new ColumnDecision(new ColumnClassification(source, c.field(),
            FieldType.HOUSE_NUMBER, 0.6, "no known header; "
                + counted(count(values, ValuePatterns::isHouseNumber), values)
                + " are house numbers, beside the address column '" + street.get() + "'"),
            Optional.of(BuiltInDetector.HOUSE_NUMBER)));
      }
    }
    return decisions;
  }

  /**
   * The country of a file's records, from what its columns say (ISO 3166-1 alpha-2), if one country
   * leads: a national-ID, postcode or phone column whose values one country's rules alone pass
   * (an SSN, a ZIP+4, a +44 number) votes for it, a national ID three times, the others twice; a
   * header in a country's language ("zip", "plz", "woonplaats") once, a word of a language several
   * countries write (German in Austria and Switzerland) for the one of them its other columns name. Never assumed: a file whose
   * columns point nowhere, or as much to two countries, has none.
   *
   * @param headers the headers, in column order
   * @param samples each column's sampled values
   * @param decisions each column's decision
   */
  public Optional<String> country(List<String> headers, List<List<String>> samples,
      List<ColumnDecision> decisions) {
    Map<String, Integer> votes = new HashMap<>();
    List<List<String>> languageVotes = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      String header = headers.get(i);
      HeaderDictionary.country(header).ifPresent(c -> {
        List<String> also = HeaderDictionary.alsoWrittenIn(header);
        if (also.isEmpty()) {
          votes.merge(c, 1, Integer::sum);
        } else {
          List<String> speakers = new ArrayList<>(also.size() + 1);
          speakers.add(c);
          speakers.addAll(also);
          languageVotes.add(speakers);
        }
      });
      FieldType type = decisions.get(i).classification().type();
      if (!COUNTRY_TYPES.contains(type)) {
        continue;
      }
      List<String> values = nonBlank(samples.get(i));
      if (values.isEmpty()) {
        continue;
      }
      Map<String, Integer> passing = new HashMap<>();
      for (ValueDetector d : detectors) {
        if (d.type() == type && d.country().isPresent()) {
          int n = count(values, d::matches);
          if (n >= STRONG_SHARE * values.size()) {
            passing.merge(d.country().get(), n, Math::max);
          }
        }
      }
      leader(passing).ifPresent(
          c -> votes.merge(c, type == FieldType.NATIONAL_ID ? 3 : 2, Integer::sum));
    }
    // A word of a language several countries write goes to the one its other columns speak for most,
    // its first country where none does: "PLZ" beside Austrian SVNRs is Austrian, alone German.
    Map<String, Integer> specific = Map.copyOf(votes);
    for (List<String> speakers : languageVotes) {
      String to = speakers.get(0);
      for (String c : speakers) {
        if (specific.getOrDefault(c, 0) > specific.getOrDefault(to, 0)) {
          to = c;
        }
      }
      votes.merge(to, 1, Integer::sum);
    }
    return leader(votes);
  }

  /** The key of the greatest count, if no other key has as great a count. */
  private static Optional<String> leader(Map<String, Integer> counts) {
    String leader = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        leader = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(leader);
  }

  private static Optional<String> neighbour(
      List<ColumnDecision> decisions, int i, FieldType... types) {
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < decisions.size()) {
        ColumnClassification n = decisions.get(j).classification();
        for (FieldType type : types) {
          if (n.type() == type) {
            return Optional.of(n.field());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> nonBlank(List<String> sample) {
    List<String> values = new ArrayList<>(sample.size());
    for (String v : sample) {
      if (!v.isBlank()) {
        values.add(Values.bare(v)); // a spreadsheet's "'0612345678" is that number
      }
    }
    return values;
  }

  /** The type the values alone decide, past a detector's deciding share, if any. */
  private Optional<ColumnDecision> decidingValues(
      String source, String header, List<String> values, int[] passing, String country) {
    int best = -1;
    for (int d = 0; d < passing.length; d++) {
      OptionalDouble share = detectors.get(d).decidingShare();
      if (share.isPresent() && passing[d] >= share.getAsDouble() * values.size()
          && beats(d, best, passing, country)) {
        best = d;
      }
    }
    if (best >= 0 && country != null) {
      // In a file of a known country, its detector of the same type names the values where it passes
      // as many ("+1 555..." is a phone number by E.164, a US one in a US file).
      for (int d = 0; d < passing.length; d++) {
        if (detectors.get(d).type() == detectors.get(best).type()
            && passing[d] == passing[best] && beats(d, best, passing, country)) {
          best = d;
        }
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    ValueDetector detector = detectors.get(best);
    double share = (double) passing[best] / values.size();
    String evidence = "no known header; " + counted(passing[best], values) + " " + detector.evidence();
    FieldType type = detector.type();
    if (type == FieldType.TEST_RESULT && count(values, ColumnClassifier::isHistology) > 0
        && count(values, v -> SCREENING_TEST.matcher(v).find() && !isHistology(v)) == 0) {
      type = FieldType.DIAGNOSIS; // "CIN 2", "geen dysplasie": a tissue's diagnosis, no smear's
      evidence += ", histology (CIN, dysplasia) and no cytology or HPV test";
    }
    if (type == FieldType.CLINICAL_DATE) {
      int spread = birthDateSpread(values);
      if (spread >= BIRTH_DATE_SPREAD_YEARS) {
        type = FieldType.BIRTH_DATE;
        evidence += String.format(Locale.ROOT,
            ", all plausible birth dates, spread over %d years, none recent", spread);
      }
    }
    return Optional.of(new ColumnDecision(
        new ColumnClassification(source, header, type, 0.4 + 0.4 * share, evidence),
        type == detector.type() ? Optional.of(detector) : Optional.empty()));
  }

  /** The detector of the given type that most values pass, of those that may decide alone if so asked; or -1. */
  private int best(FieldType type, int[] passing, String country, boolean deciding) {
    int best = -1;
    for (int d = 0; d < passing.length; d++) {
      ValueDetector detector = detectors.get(d);
      if (detector.type() == type && (!deciding || detector.decidingShare().isPresent())
          && beats(d, best, passing, country)) {
        best = d;
      }
    }
    return best;
  }

  /**
   * Whether detector {@code d} beats the best so far ({@code -1} for none): more values pass it, or as
   * many and it applies the file's country's rules where the best so far does not. Otherwise the
   * earlier detector keeps a tie.
   */
  private boolean beats(int d, int best, int[] passing, String country) {
    if (best < 0 || passing[d] > passing[best]) {
      return true;
    }
    return passing[d] == passing[best] && country != null
        && detectors.get(d).country().filter(country::equals).isPresent()
        && detectors.get(best).country().filter(country::equals).isEmpty();
  }

  /**
   * The years between the earliest and latest date if all are plausible birth dates and none falls in
   * the last two years before the reference date (visits and samples cluster there), else -1.
   */
  private int birthDateSpread(List<String> values) {
    BirthDateDetector births = new BirthDateDetector(referenceDate);
    LocalDate recent = referenceDate.minusYears(RECENT_YEARS);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (String v : values) {
      Optional<LocalDate> date = Dates.parse(v);
      if (date.isEmpty()) {
        continue;
      }
      if (!births.matches(v) || date.get().isAfter(recent)) {
        return -1;
      }
      min = Math.min(min, date.get().getYear());
      max = Math.max(max, date.get().getYear());
    }
    return max >= min ? max - min : -1;
  }

  /** Most values are long, hold several words, and differ: a few repeated labels are not notes. */
  private static boolean looksLikeFreeText(List<String> values) {
    return share(values, ColumnClassifier::isSentence) >= STRONG_SHARE
        && new HashSet<>(values).size() >= FREE_TEXT_DISTINCT_SHARE * values.size();
  }

  /** Thirty characters or more, in three words or more. */
  private static boolean isSentence(String value) {
    int space = value.indexOf(' ');
    return value.length() >= 30 && space > 0 && space != value.lastIndexOf(' ');
  }

  private static int count(List<String> values, Predicate<String> test) {
    int n = 0;
    for (String v : values) {
      if (test.test(v)) {
        n++;
      }
    }
    return n;
  }

  private static double share(List<String> values, Predicate<String> test) {
    return (double) count(values, test) / values.size();
  }

  private static String counted(int passing, List<String> values) {
    return String.format(Locale.ROOT, "%,d of %,d sampled values", passing, values.size());
  }

  private static List<ValueDetector> registered() {
    ImmutableList.Builder<ValueDetector> found = ImmutableList.builder();
    ServiceLoader.load(ValueDetector.class, ColumnClassifier.class.getClassLoader()).forEach(found::add);
    return found.build();
  }
}
